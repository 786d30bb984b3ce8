package dk.sagsvagt.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A decision as it was sent in an earlier system (or in generated demo data), with its letter already journaled.
 * The gates are evaluated as of the day it was sent, and kept as they were, unmet ones included, so supervision
 * sees the facts. {@code caseArea} is CHILDREN or ADULTS; {@code childBirthDate} is the primary party's.
 */
public record HistoricDecision(long caseId, String caseNumber, String caseType, String caseArea, long unitId,
		Long caseworkerId, LocalDate childBirthDate, DecisionDraft content, Map<String, String> exemptions, Instant sentAt,
		DeliveryChannel channel, String letterDocumentNumber, String actor) {

	public HistoricDecision {
		exemptions = Map.copyOf(exemptions);
	}
}
