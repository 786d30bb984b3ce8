package dk.sagsvagt.deadlines;

import java.time.Instant;
import java.time.LocalDate;

/** A deadline on a case. {@code dueAt} is its exclusive end; {@code dueDate} the day shown to people. */
public record CaseDeadline(long id, long caseId, String caseNumber, String ruleCode, String variant, String name, String law,
		Instant startedAt, LocalDate dueDate, Instant dueAt, String status, Instant metAt, Instant delayLetterAt,
		boolean citizenSide) {

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
