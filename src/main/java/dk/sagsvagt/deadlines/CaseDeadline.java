package dk.sagsvagt.deadlines;

import java.time.Instant;
import java.time.LocalDate;

import dk.sagsvagt.shared.DanishDateTimes;

/**
 * A deadline on a case. {@code dueAt} is its exclusive end; {@code dueDate} the day shown to people. {@code hourRule}:
 * counted in clock hours (the 24-hour assessment), so its hour is shown wherever its day is.
 */
public record CaseDeadline(long id, long caseId, String caseNumber, String ruleCode, String variant, String name, String law,
		Instant startedAt, LocalDate dueDate, Instant dueAt, String status, Instant metAt, Instant delayLetterAt,
		boolean citizenSide, boolean hourRule) {

	/** "04-12-2026 kl. 15:00" for an hour rule, "04-12-2026" for a day rule. */
	public String due() {
		return DanishDateTimes.due(dueDate, dueAt, hourRule);
	}

	public boolean isEnded() {
		return status.equals("ENDED");
	}

	public boolean isOpen() {
		return status.equals("OPEN");
	}

	/** Whether the municipality has missed it; a citizen's deadline (to complain) only runs out. */
	public boolean isOverdue(Instant now) {
		return isOpen() && !citizenSide && !now.isBefore(dueAt);
	}

	/** A published processing-time limit exceeded without telling the citizen (retssikkerhedsloven § 3, stk. 2). */
	public boolean isBreach(Instant now) {
		return ruleCode.equals("PROCESSING_TIME") && isOverdue(now) && delayLetterAt == null;
	}
}
