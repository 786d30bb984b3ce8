package dk.sagsvagt.deadlines.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.deadlines.DeadlineEvents;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Everything that happened to one deadline, oldest first (issue 19): its start, each suspension, resumption,
 * extension, delay letter, earlier due by an event and ending, and its meeting, each with when, who and why, and the
 * due moment before and after. A breach kept by {@code breached_at} shows as its own line.
 */
@Service
public class DeadlineHistory {

	/**
	 * One line. {@code kind} is STARTED, SUSPENDED, RESUMED, EXTENDED, DELAY_LETTER, EARLIER_BY_EVENT, ENDED, BREACHED,
	 * MET or MET_LATE; {@code label} says it in Danish; {@code by} is the user name, {@code byName} the person's name.
	 */
	public record Entry(String kind, String label, Instant at, String by, String byName, String reason, String approvedBy,
			Instant dueBefore, Instant dueAfter) {

		Entry named(Map<String, String> names) {
			return by == null ? this : new Entry(kind, label, at, by, names.getOrDefault(by, Organisation.FORMER_STAFF), reason,
					approvedBy, dueBefore, dueAfter);
		}
	}

	private static final Map<String, String> LABELS = Map.of("STARTED", "Startet", "SUSPENDED", "Stillet i bero", "RESUMED",
			"Genoptaget", "EXTENDED", "Forlænget", "DELAY_LETTER", "Brev om forlænget sagsbehandlingstid", "EARLIER_BY_EVENT",
			"Fremrykket", "ENDED", "Bortfaldet", "BREACHED", "Overskredet", "MET", "Overholdt", "MET_LATE", "Overholdt for sent");

	private final JdbcClient jdbc;

	private final Organisation organisation;

	DeadlineHistory(JdbcClient jdbc, Organisation organisation) {
		this.jdbc = jdbc;
		this.organisation = organisation;
	}

	/** The history of a deadline of the case; the case must already be opened through the access policy. */
	public List<Entry> of(CaseFile caseFile, long deadlineId) {
		record Head(Instant startedAt, String startedBy, String trigger, Instant firstDue, String status, Instant metAt, String metBy,
				String metEvent, Instant breachedAt, Instant registeredAt, String lateReason) {
		}
		Head head = jdbc.sql("""
				SELECT d.started_at, e.recorded_by, e.event, d.status, d.met_at, m.recorded_by AS met_by, m.event AS met_event,
				       d.breached_at, e.recorded_at, e.late_reason,
				       coalesce((SELECT c.old_due_at FROM deadlines.deadline_change c WHERE c.deadline_id = d.id ORDER BY c.id LIMIT 1),
				                d.due_at) AS first_due
				FROM deadlines.deadline d
				JOIN deadlines.case_event e ON e.id = d.trigger_event_id
				LEFT JOIN deadlines.case_event m ON m.id = d.met_by_event_id
				WHERE d.id = ? AND d.case_id = ?""")
			.params(deadlineId, caseFile.id())
			.query((rs, n) -> new Head(instant(rs.getTimestamp("started_at")), rs.getString("recorded_by"), rs.getString("event"),
					instant(rs.getTimestamp("first_due")), rs.getString("status"), instant(rs.getTimestamp("met_at")),
					rs.getString("met_by"), rs.getString("met_event"), instant(rs.getTimestamp("breached_at")),
					instant(rs.getTimestamp("recorded_at")), rs.getString("late_reason")))
			.optional()
			.orElseThrow(() -> new NotFoundException("Fristen findes ikke i sag " + caseFile.caseNumber() + "."));
		List<Entry> entries = new ArrayList<>();
		entries.add(new Entry("STARTED", LABELS.get("STARTED"), head.startedAt(), head.startedBy(), null, DeadlineEvents.name(head.trigger())
				+ (head.lateReason() == null ? "" : " – registreret for sent den " + dk.sagsvagt.shared.DanishDateTimes.format(head.registeredAt())
						+ ": " + head.lateReason()), null, null, head.firstDue()));
		jdbc.sql("""
				SELECT kind, changed_at, changed_by, reason, approved_by, old_due_at, new_due_at FROM deadlines.deadline_change
				WHERE deadline_id = ? ORDER BY id""")
			.param(deadlineId)
			.query((rs, n) -> new Entry(rs.getString("kind"), LABELS.get(rs.getString("kind")), instant(rs.getTimestamp("changed_at")),
					rs.getString("changed_by"), null, rs.getString("reason"), rs.getString("approved_by"),
					instant(rs.getTimestamp("old_due_at")), instant(rs.getTimestamp("new_due_at"))))
			.list()
			.forEach(entries::add);
		if (head.breachedAt() != null) {
			entries.add(new Entry("BREACHED", LABELS.get("BREACHED"), head.breachedAt(), null, null,
					"Fristen udløb uden at være overholdt; det står fast, selv om fristen senere er ændret.", null, head.breachedAt(), null));
		}
		if (head.status().startsWith("MET")) {
			entries.add(new Entry(head.status(), LABELS.get(head.status()), head.metAt(), head.metBy(), null,
					head.metEvent() == null ? null : DeadlineEvents.name(head.metEvent()), null, null, null));
		}
		Map<String, String> names = organisation.displayNames(entries.stream().map(Entry::by).toList());
		return entries.stream()
			.map(e -> e.named(names))
			.sorted(Comparator.comparing(Entry::at))
			.toList();
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}
}
