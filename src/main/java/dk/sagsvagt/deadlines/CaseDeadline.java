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
		boolean citizenSide, boolean hourRule, Instant suspendedSince, String suspensionReason, Instant breachedAt) {

	/**
	 * The status of an open deadline stopped while the administration waits ("Stillet i bero"): its clock stands
	 * still, so it is not overdue while suspended; a breach from before the suspension stays in {@code breachedAt}.
	 */
	public static final String SUSPENDED = "SUSPENDED";

	/** "04-12-2026 kl. 15:00" for an hour rule, "04-12-2026" for a day rule. */
	public String due() {
		return DanishDateTimes.due(dueDate, dueAt, hourRule);
	}

	public boolean isEnded() {
		return status.equals("ENDED");
	}

	/** Open, suspended or not: not yet met or ended. */
	public boolean isOpen() {
		return status.equals("OPEN") || status.equals(SUSPENDED);
	}

	public boolean isSuspended() {
		return status.equals(SUSPENDED);
	}

	/** "3. december 2026": the day it was stopped, for a person; empty when running. */
	public String suspendedOn() {
		return dk.sagsvagt.shared.DanishDates.longDate(suspendedSince);
	}

	/** "12. november 2026": the day it was first missed, kept whatever the due moment became; empty when never. */
	public String breachedOn() {
		return dk.sagsvagt.shared.DanishDates.longDate(breachedAt);
	}

	/** Whether the municipality has missed it; a citizen's deadline (to complain) only runs out. */
	public boolean isOverdue(Instant now) {
		return status.equals("OPEN") && !citizenSide && !now.isBefore(dueAt);
	}

	/** A published processing-time limit exceeded without telling the citizen (retssikkerhedsloven § 3, stk. 2). */
	public boolean isBreach(Instant now) {
		return ruleCode.equals("PROCESSING_TIME") && isOverdue(now) && delayLetterAt == null;
	}
}
