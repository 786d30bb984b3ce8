package dk.sagsvagt.deadlines;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.shared.ConflictException;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.NotFoundException;
import dk.sagsvagt.shared.WorkingDayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Suspending a deadline while the administration waits for the citizen, resuming it (the wait is added to the due
 * moment), and extending it where the rule allows, with reasons and who approved. Each change is kept in the
 * deadline's history.
 */
@Service
public class DeadlineChanges {

	private record Row(long id, long caseId, String caseNumber, String name, String status, Instant dueAt, Instant suspendedSince,
			boolean suspendable, boolean extendable, String law, boolean citizenSide) {
	}

	/** Why a deadline was ended, by whom (user name) and when. */
	public record Ending(long deadlineId, Instant at, String by, String reason) {
	}

	private final JdbcClient jdbc;

	private final Cases cases;

	private final TransactionTemplate transaction;

	private final Clock clock;

	DeadlineChanges(JdbcClient jdbc, Cases cases, TransactionTemplate transaction, Clock clock) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.transaction = transaction;
		this.clock = clock;
	}

	public void suspend(long deadlineId, String reason, CurrentUser user) {
		Row row = open(deadlineId, user);
		requireReason(reason);
		if (!row.suspendable()) {
			throw new ConflictException("Fristen efter " + row.law() + " kan ikke standses.");
		}
		if (row.suspendedSince() != null) {
			throw new ConflictException("Fristen er allerede standset.");
		}
		Instant now = Instant.now(clock);
		transaction.executeWithoutResult(s -> {
			jdbc.sql("UPDATE deadlines.deadline SET suspended_since = ? WHERE id = ?").params(Timestamp.from(now), deadlineId).update();
			history(deadlineId, "SUSPENDED", now, reason, user, null, row.dueAt(), row.dueAt());
		});
	}

	public void resume(long deadlineId, String reason, CurrentUser user) {
		Row row = open(deadlineId, user);
		requireReason(reason);
		if (row.suspendedSince() == null) {
			throw new ConflictException("Fristen er ikke standset.");
		}
		Instant now = Instant.now(clock);
		Instant newDue = afterWait(row.dueAt(), row.suspendedSince(), now);
		transaction.executeWithoutResult(s -> {
			updateDue(deadlineId, newDue);
			jdbc.sql("UPDATE deadlines.deadline SET suspended_since = NULL WHERE id = ?").param(deadlineId).update();
			history(deadlineId, "RESUMED", now, reason, user, null, row.dueAt(), newDue);
		});
	}

	public void extend(long deadlineId, LocalDate newDueDate, String reason, String approvedBy, CurrentUser user) {
		Row row = open(deadlineId, user);
		requireReason(reason);
		if (!row.extendable()) {
			throw new ConflictException("Fristen efter " + row.law() + " kan ikke forlænges.");
		}
		if (approvedBy == null || approvedBy.isBlank()) {
			throw new InvalidInputException("approvedBy", "Angiv hvem der har godkendt forlængelsen.");
		}
		if (newDueDate == null) {
			throw new InvalidInputException("newDueDate", "Angiv den nye frist.");
		}
		Instant newDue = newDueDate.plusDays(1).atStartOfDay(WorkingDayCalendar.COPENHAGEN).toInstant();
		if (!newDue.isAfter(row.dueAt())) {
			throw new InvalidInputException("newDueDate", "Den nye frist skal ligge efter den nuværende.");
		}
		transaction.executeWithoutResult(s -> {
			updateDue(deadlineId, newDue);
			history(deadlineId, "EXTENDED", Instant.now(clock), reason, user, approvedBy.strip(), row.dueAt(), newDue);
		});
	}

	/**
	 * Ends a deadline that no longer applies ("Bortfaldet": the notification was withdrawn, the case went to another
	 * municipality), with the reason, kept in its history and on the timeline; it leaves the worklists and is not
	 * counted as met or missed. The citizen's own deadline cannot be ended: it runs out by itself.
	 */
	public void end(long deadlineId, String reason, CurrentUser user) {
		Row row = open(deadlineId, user);
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "Skriv hvorfor fristen bortfalder.");
		}
		String text = reason.strip();
		if (text.length() > 500) {
			throw new InvalidInputException("reason", "Begrundelsen må højst have 500 tegn.");
		}
		if (row.citizenSide()) {
			throw new ConflictException("Borgerens egen frist (" + row.name() + ") løber ud af sig selv og kan ikke afsluttes.");
		}
		Instant now = Instant.now(clock);
		transaction.executeWithoutResult(s -> {
			int ended = jdbc.sql("UPDATE deadlines.deadline SET status = 'ENDED', met_at = ?, suspended_since = NULL WHERE id = ? AND status = 'OPEN'")
				.params(Timestamp.from(now), deadlineId)
				.update();
			if (ended == 0) {
				throw new ConflictException("Fristen er ikke længere åben.");
			}
			history(deadlineId, "ENDED", now, text, user, null, row.dueAt(), row.dueAt());
			cases.recordEvent(row.caseId(), now, "DEADLINE_ENDED", "Fristen '" + row.name() + "' bortfaldet: " + text, user.username());
		});
	}

	/**
	 * Ends, as of the moment each closed, the deadlines still open on cases moved from an older system closed (demo
	 * data, migrations): a closed case holds no open deadline of the municipality (migration V48 refuses closing one),
	 * and the older system did not record them met, so they are not counted as met. No access check.
	 */
	public void endOnHistoricClose(java.util.Map<Long, Instant> closedAt, String reason, String actor) {
		if (closedAt.isEmpty()) {
			return;
		}
		transaction.executeWithoutResult(s -> jdbc.sql("""
				SELECT id, case_id, due_at FROM deadlines.deadline WHERE case_id = ANY(?) AND status = 'OPEN' AND NOT citizen_side""")
			.param(closedAt.keySet().toArray(Long[]::new))
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant() })
			.list()
			.forEach(o -> {
				Instant at = closedAt.get((Long) o[1]);
				jdbc.sql("UPDATE deadlines.deadline SET status = 'ENDED', met_at = ?, suspended_since = NULL WHERE id = ?")
					.params(Timestamp.from(at), o[0])
					.update();
				jdbc.sql("""
						INSERT INTO deadlines.deadline_change (deadline_id, kind, changed_at, reason, changed_by, old_due_at, new_due_at)
						VALUES (?, 'ENDED', ?, ?, ?, ?, ?)""")
					.params(o[0], Timestamp.from(at), reason, actor, Timestamp.from((Instant) o[2]), Timestamp.from((Instant) o[2]))
					.update();
			}));
	}

	/** The endings of the case's deadlines, by deadline; the case must already be opened through the access policy. */
	public java.util.Map<Long, Ending> endings(long caseId) {
		return jdbc.sql("""
				SELECT c.deadline_id, c.changed_at, c.changed_by, c.reason FROM deadlines.deadline_change c
				JOIN deadlines.deadline d ON d.id = c.deadline_id WHERE d.case_id = ? AND c.kind = 'ENDED'""")
			.param(caseId)
			.query((rs, n) -> new Ending(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4)))
			.list()
			.stream()
			.collect(java.util.stream.Collectors.toMap(Ending::deadlineId, e -> e, (a, b) -> b));
	}

	/**
	 * The due moment moved by the wait: whole calendar days (Copenhagen) for a deadline that ends at midnight, so a
	 * day-based deadline stays on a day boundary; the exact wait for one counted in hours.
	 */
	static Instant afterWait(Instant due, Instant suspendedSince, Instant resumed) {
		ZonedDateTime end = due.atZone(WorkingDayCalendar.COPENHAGEN);
		if (end.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)) {
			long days = java.time.temporal.ChronoUnit.DAYS.between(
					suspendedSince.atZone(WorkingDayCalendar.COPENHAGEN).toLocalDate(),
					resumed.atZone(WorkingDayCalendar.COPENHAGEN).toLocalDate());
			return end.plusDays(days).toInstant();
		}
		return due.plus(Duration.between(suspendedSince, resumed));
	}

	private void updateDue(long deadlineId, Instant newDue) {
		ZonedDateTime end = newDue.atZone(WorkingDayCalendar.COPENHAGEN);
		LocalDate dueDate = end.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? end.toLocalDate().minusDays(1) : end.toLocalDate();
		jdbc.sql("UPDATE deadlines.deadline SET due_at = ?, due_date = ? WHERE id = ?")
			.params(Timestamp.from(newDue), dueDate, deadlineId)
			.update();
	}

	private void history(long deadlineId, String kind, Instant at, String reason, CurrentUser user, String approvedBy,
			Instant oldDue, Instant newDue) {
		if (!kind.equals("RESUMED")) {
			keepBreach(jdbc, deadlineId, oldDue, at);
		}
		jdbc.sql("""
				INSERT INTO deadlines.deadline_change (deadline_id, kind, changed_at, reason, changed_by, approved_by, old_due_at, new_due_at)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(deadlineId, kind, Timestamp.from(at), reason.strip(), user.username(), approvedBy, Timestamp.from(oldDue),
					Timestamp.from(newDue))
			.update();
	}

	/**
	 * A deadline that had run out when it was suspended, extended, ended or given a delay letter keeps the moment it
	 * was missed, so the change cannot hide the breach: met later it counts as late (issue 19). Not for the citizen's
	 * own deadline, nor for a resumption (the clock stood still while it was suspended).
	 */
	static void keepBreach(JdbcClient jdbc, long deadlineId, Instant dueBefore, Instant at) {
		if (dueBefore.isAfter(at)) {
			return;
		}
		jdbc.sql("UPDATE deadlines.deadline SET breached_at = coalesce(breached_at, ?) WHERE id = ? AND NOT citizen_side")
			.params(Timestamp.from(dueBefore), deadlineId)
			.update();
	}

	private static void requireReason(String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "Angiv en begrundelse.");
		}
	}

	/** The open deadline, if the user may work on its case. */
	private Row open(long deadlineId, CurrentUser user) {
		Row row = jdbc.sql("""
				SELECT d.id, d.case_id, d.case_number, r.name, d.status, d.due_at, d.suspended_since, r.suspendable, r.extendable, r.law,
				       d.citizen_side
				FROM deadlines.deadline d
				JOIN deadlines.rule r ON r.code = d.rule_code AND r.variant = d.variant AND r.effective_from = d.rule_effective_from
				WHERE d.id = ?""")
			.param(deadlineId)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("case_id"), rs.getString("case_number"), rs.getString("name"),
					rs.getString("status"),
					rs.getTimestamp("due_at").toInstant(),
					rs.getTimestamp("suspended_since") == null ? null : rs.getTimestamp("suspended_since").toInstant(),
					rs.getBoolean("suspendable"), rs.getBoolean("extendable"), rs.getString("law"), rs.getBoolean("citizen_side")))
			.optional()
			.orElseThrow(() -> new NotFoundException("Fristen findes ikke."));
		cases.open(row.caseNumber(), user, Action.EDIT_CASE);
		if (!row.status().equals("OPEN")) {
			throw new ConflictException(row.status().equals("ENDED") ? "Fristen er bortfaldet." : "Fristen er allerede overholdt.");
		}
		return row;
	}
}
