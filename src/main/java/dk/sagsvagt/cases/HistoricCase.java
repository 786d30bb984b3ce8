package dk.sagsvagt.cases;

import java.time.Instant;
import java.util.List;

/**
 * A case as it stood in an earlier system (or in generated demo data): opened, and perhaps closed, in the past.
 * {@code caseType} must be in the catalogue; parties other than the primary citizen are listed in {@code others}.
 */
public record HistoricCase(String caseType, String title, long primaryCitizenId, long unitId, Long caseworkerId,
		Instant openedAt, Instant closedAt, List<OtherParty> others, String actor) {

	public record OtherParty(long citizenId, PartyRole role) {
	}
}
