package dk.sagsvagt.cases;

import java.time.Instant;
import java.util.List;

/**
 * A case as it stood in an earlier system (or in generated demo data): opened, and perhaps closed, in the past.
 * {@code caseType} must be in the catalogue; parties other than the primary citizen are listed in {@code others}.
 * {@code caseNumber} is the number the earlier system gave it (kept, and claimed from the year's sequence), or null
 * for the next one; {@code kle} and {@code kleFacet} are the KLE number and facet it was filed under, which it keeps
 * even where the plan has since retired them, or null for its type's.
 */
public record HistoricCase(String caseNumber, String caseType, String kle, String kleFacet, String title, long primaryCitizenId,
		long unitId, Long caseworkerId, Instant openedAt, Instant closedAt, List<OtherParty> others, String actor) {

	public HistoricCase {
		others = List.copyOf(others);
	}

	/** A case numbered from the year's sequence, under its type's KLE number. */
	public HistoricCase(String caseType, String title, long primaryCitizenId, long unitId, Long caseworkerId, Instant openedAt,
			Instant closedAt, List<OtherParty> others, String actor) {
		this(null, caseType, null, null, title, primaryCitizenId, unitId, caseworkerId, openedAt, closedAt, others, actor);
	}

	public record OtherParty(long citizenId, PartyRole role) {
	}
}
