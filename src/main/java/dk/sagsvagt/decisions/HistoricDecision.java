package dk.sagsvagt.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import dk.sagsvagt.cases.CaseArea;

/**
 * A decision as it was sent in an earlier system (or in generated demo data), with its letter already journaled.
 * The gates are evaluated as of the day it was sent, and kept as they were, unmet ones included, so supervision
 * sees the facts. {@code caseArea} is CHILDREN or ADULTS; {@code childBirthDate} is the primary party's.
 * {@code receivedOn} is the day the earlier system knew the citizen received it (a receipt), or null for the day the
 * channel's rule assumes.
 */
public record HistoricDecision(long caseId, String caseNumber, String caseType, CaseArea caseArea, long unitId,
		Long caseworkerId, LocalDate childBirthDate, DecisionDraft content, Map<String, String> exemptions, Instant sentAt,
		DeliveryChannel channel, LocalDate receivedOn, String letterDocumentNumber, String actor) {

	public HistoricDecision {
		exemptions = Map.copyOf(exemptions);
	}

	/** Received on the day the channel's rule assumes. */
	public HistoricDecision(long caseId, String caseNumber, String caseType, CaseArea caseArea, long unitId, Long caseworkerId,
			LocalDate childBirthDate, DecisionDraft content, Map<String, String> exemptions, Instant sentAt, DeliveryChannel channel,
			String letterDocumentNumber, String actor) {
		this(caseId, caseNumber, caseType, caseArea, unitId, caseworkerId, childBirthDate, content, exemptions, sentAt, channel, null,
				letterDocumentNumber, actor);
	}
}
