package dk.sagsvagt.deadlines;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import dk.sagsvagt.shared.WorkingDayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What an event does to the open deadlines of other rules, beyond meeting its own (issue 19): a rule may be due
 * earlier when an event happens (Barnets lov § 95, stk. 2's "the earliest of"), or no longer needed (a preliminary
 * assessment once the assessment is finished, § 20, stk. 3). Both are data in the catalogue
 * ({@code also_due_at_event}, {@code ended_by_event}); each change is kept in the deadline's history. Runs inside the
 * transaction that records the event.
 */
@Component
class RuleEffects {

	private final JdbcClient jdbc;

	RuleEffects(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void apply(long caseId, String event, Instant at, String actor) {
		dueEarlierByEvent(caseId, event, at, actor);
		endedByEvent(caseId, event, at, actor);
	}

	/**
	 * The open deadlines whose rule is also due when {@code event} happens make it due on that day if that is earlier
	 * (Barnets lov § 95, stk. 2: the first follow-up at the earliest of the end of an assessment run alongside the
	 * measure and three months after the measure started). Each moved deadline keeps the move in its history.
	 */
	private void dueEarlierByEvent(long caseId, String event, Instant at, String actor) {
		LocalDate day = at.atZone(WorkingDayCalendar.COPENHAGEN).toLocalDate();
		Timestamp end = Timestamp.from(day.plusDays(1).atStartOfDay(WorkingDayCalendar.COPENHAGEN).toInstant());
		jdbc.sql("""
				WITH moved AS (
				    SELECT d.id, d.due_at AS old_due_at, r.law FROM deadlines.deadline d
				    JOIN deadlines.rule r ON r.code = d.rule_code AND r.variant = d.variant AND r.effective_from = d.rule_effective_from
				    WHERE d.case_id = ? AND d.status = 'OPEN' AND r.also_due_at_event = ? AND d.started_at <= ? AND d.due_at > ?
				), updated AS (
				    UPDATE deadlines.deadline d SET due_at = ?, due_date = ? FROM moved WHERE d.id = moved.id RETURNING d.id
				)
				INSERT INTO deadlines.deadline_change (deadline_id, kind, changed_at, reason, changed_by, old_due_at, new_due_at)
				SELECT moved.id, 'EARLIER_BY_EVENT', ?, moved.law || ': det tidligste af de to tidspunkter – '
				       || ? || ' den ' || ?, ?, moved.old_due_at, ?
				FROM moved JOIN updated ON updated.id = moved.id""")
			.params(caseId, event, Timestamp.from(at), end, end, day, Timestamp.from(at), DeadlineEvents.name(event).toLowerCase(
					java.util.Locale.forLanguageTag("da")), dk.sagsvagt.shared.DanishDates.longDate(day), actor, end)
			.update();
	}

	/**
	 * The open deadlines whose rule is no longer needed once {@code event} happens (a preliminary assessment when the
	 * assessment itself is finished) end with the rule's reason. One that had already run out keeps its breach
	 * ({@code breached_at}): it was missed, and the ending says so.
	 */
	private void endedByEvent(long caseId, String event, Instant at, String actor) {
		Timestamp when = Timestamp.from(at);
		jdbc.sql("""
				WITH ended AS (
				    UPDATE deadlines.deadline d SET status = 'ENDED', met_at = ?, suspended_since = NULL,
				           breached_at = CASE WHEN d.due_at <= ? THEN coalesce(d.breached_at, d.due_at) ELSE d.breached_at END
				    FROM deadlines.rule r
				    WHERE r.code = d.rule_code AND r.variant = d.variant AND r.effective_from = d.rule_effective_from
				      AND d.case_id = ? AND d.status = 'OPEN' AND r.ended_by_event = ? AND NOT d.citizen_side
				    RETURNING d.id, d.due_at, d.due_at <= ? AS missed, r.ended_by_reason
				)
				INSERT INTO deadlines.deadline_change (deadline_id, kind, changed_at, reason, changed_by, old_due_at, new_due_at)
				SELECT id, 'ENDED', ?, CASE WHEN missed THEN ended_by_reason || ' Fristen var overskredet.' ELSE ended_by_reason END,
				       ?, due_at, due_at FROM ended""")
			.params(when, when, caseId, event, when, when, actor)
			.update();
	}
}
