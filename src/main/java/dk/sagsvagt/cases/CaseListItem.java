package dk.sagsvagt.cases;

import java.time.Instant;

/** A line of a case list, with the primary citizen's name and masked CPR number. */
public record CaseListItem(String caseNumber, String title, String caseTypeName, CaseStatus status, Instant openedAt,
		String citizenName, String citizenMaskedCpr, Long caseworkerId) {
}
