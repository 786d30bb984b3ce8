package dk.sagsvagt.deadlines;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dk.sagsvagt.cases.CaseworkerChanged;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Unit;
import dk.sagsvagt.shared.WorkingDayCalendar;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who a deadline is on the worklist of. A case's deadlines follow its caseworker when the case is handed over (in the
 * same transaction); a deadline owned by someone else than the caseworker (an oversight body's answer date, a
 * supervision follow-up) is moved on its own. Also the measure of deadlines missed within 30 days after a handover.
 */
@Service
public class DeadlineOwners {

	/** Per unit and month of the due date: deadlines due within 30 days after a handover of their case, and the others. */
	public record AfterHandover(String unit, String month, long afterHandover, long missedAfterHandover, long others, long missedOthers) {

		public Double missedShareAfterHandover() {
			return afterHandover == 0 ? null : (double) missedAfterHandover / afterHandover;
		}

		public Double missedShareOthers() {
			return others == 0 ? null : (double) missedOthers / others;
		}
	}

	private final JdbcClient jdbc;

	private final Organisation organisation;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	DeadlineOwners(JdbcClient jdbc, Organisation organisation, ApplicationEventPublisher events, Clock clock) {
		this.events = events;
		this.jdbc = jdbc;
		this.organisation = organisation;
		this.clock = clock;
	}

	/**
	 * The case's open deadlines that were the old caseworker's go to the new one, and the handover is marked.
	 * Synchronous, in the transaction that changes the caseworker, not through the event publication registry: the
	 * case and its deadlines change owner as one change, so no worklist ever shows a deadline with the old owner of a
	 * case the new one already has, and a failure here undoes the handover.
	 */
	@EventListener
	void caseworkerChanged(CaseworkerChanged e) {
		jdbc.sql("UPDATE deadlines.deadline SET caseworker_id = ? WHERE case_id = ? AND status = 'OPEN' AND caseworker_id IS NOT DISTINCT FROM ?")
			.params(e.toStaffId(), e.caseId(), e.fromStaffId())
			.update();
		jdbc.sql("INSERT INTO deadlines.handover_mark (case_id, changed_at) VALUES (?, ?) ON CONFLICT DO NOTHING")
			.params(e.caseId(), Timestamp.from(e.changedAt()))
			.update();
	}

	/** The open deadlines on a person's worklist (the citizen's own complaint period is nobody's). */
	public List<CaseDeadline> heldBy(long staffId) {
		return jdbc.sql("SELECT " + CaseDeadlines.COLUMNS + "WHERE d.caseworker_id = ? AND d.status = 'OPEN' AND NOT d.citizen_side ORDER BY d.due_at")
			.param(staffId)
			.query(CaseDeadlines::deadline)
			.list();
	}

	/** Open deadlines per person, for showing colleagues' loads. */
	public Map<Long, Long> openCounts(Collection<Long> staffIds) {
		if (staffIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("SELECT caseworker_id, count(*) FROM deadlines.deadline WHERE caseworker_id = ANY(?) AND status = 'OPEN' AND NOT citizen_side GROUP BY 1")
			.param(staffIds.toArray(Long[]::new))
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * Moves the open deadlines of one rule on a case from one person's worklist to another's; for the module that owns
	 * what they are about (a request's responsible, a flag's owner). Returns how many moved.
	 */
	public int transfer(long caseId, String ruleCode, long fromStaffId, long toStaffId, String actor) {
		List<Long> moved = jdbc.sql("""
				UPDATE deadlines.deadline SET caseworker_id = ? WHERE case_id = ? AND rule_code = ? AND status = 'OPEN' AND caseworker_id = ?
				RETURNING id""")
			.params(toStaffId, caseId, ruleCode, fromStaffId)
			.query(Long.class)
			.list();
		recordOwnerChanges(moved, fromStaffId, toStaffId, actor);
		return moved.size();
	}

	/** Moves every open deadline still on one person's worklist to another's (the last step of a handover). */
	public int transferRemaining(long fromStaffId, long toStaffId, String actor) {
		List<Long> moved = jdbc.sql("""
				UPDATE deadlines.deadline SET caseworker_id = ? WHERE caseworker_id = ? AND status = 'OPEN' AND NOT citizen_side RETURNING id""")
			.params(toStaffId, fromStaffId)
			.query(Long.class)
			.list();
		recordOwnerChanges(moved, fromStaffId, toStaffId, actor);
		return moved.size();
	}

	private void recordOwnerChanges(List<Long> moved, long fromStaffId, long toStaffId, String actor) {
		Timestamp now = Timestamp.from(Instant.now(clock));
		for (long id : moved) {
			jdbc.sql("INSERT INTO deadlines.owner_change (deadline_id, from_staff, to_staff, changed_at, changed_by) VALUES (?, ?, ?, ?, ?)")
				.params(id, fromStaffId, toStaffId, now, actor)
				.update();
			events.publishEvent(new DeadlineOwnerChanged(id, fromStaffId, toStaffId));
		}
	}

	/**
	 * Missed deadlines (met late, or open past their date) among those due within 30 days after a handover of their
	 * case, and among the others, per unit and month of the due date.
	 */
	public List<AfterHandover> missedAfterHandover() {
		Map<Long, String> units = organisation.units().stream().collect(Collectors.toMap(Unit::id, Unit::name));
		return jdbc.sql("""
				SELECT unit_id, to_char(due_date, 'YYYY-MM') AS month,
				       count(*) FILTER (WHERE after) AS after_total,
				       count(*) FILTER (WHERE after AND missed) AS after_missed,
				       count(*) FILTER (WHERE NOT after) AS other_total,
				       count(*) FILTER (WHERE NOT after AND missed) AS other_missed
				FROM (
				    SELECT d.unit_id, d.due_date,
				           (d.status = 'MET_LATE' OR (d.status = 'OPEN' AND d.due_at < ?)) AS missed,
				           EXISTS (SELECT 1 FROM deadlines.handover_mark h WHERE h.case_id = d.case_id
				                   AND h.changed_at <= d.due_at AND h.changed_at > d.due_at - interval '30 days') AS after
				    FROM deadlines.deadline d
				    WHERE NOT d.citizen_side AND d.due_date <= ? AND d.due_date > ? - interval '13 months'
				) x
				GROUP BY 1, 2 ORDER BY 2 DESC, 1""")
			.params(Timestamp.from(Instant.now(clock)), today(), today())
			.query((rs, n) -> new AfterHandover(units.getOrDefault(rs.getLong(1), "?"), rs.getString(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5), rs.getLong(6)))
			.list();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(WorkingDayCalendar.COPENHAGEN));
	}
}
