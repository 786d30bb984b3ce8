package dk.sagsvagt.cases;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A line of a case list, with the primary citizen's name and masked CPR number, the caseworker's full name and the
 * soonest open deadline (null when none: its day, its end, its rule's name, and whether the rule counts hours).
 */
public record CaseListItem(String caseNumber, String title, String caseTypeName, CaseStatus status, Instant openedAt,
		String citizenName, String citizenMaskedCpr, Long caseworkerId, String caseworkerName, LocalDate nextDeadlineDate,
		Instant nextDeadlineAt, String nextDeadlineRule, boolean nextDeadlineInHours) {

	/** The soonest open deadline as the list shows it ("05-12-2026", for an hour rule "05-12-2026 kl. 15:00"). */
	public String nextDeadlineShown() {
		return dk.sagsvagt.shared.DanishDateTimes.due(nextDeadlineDate, nextDeadlineAt, nextDeadlineInHours);
	}
}
