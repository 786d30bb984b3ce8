package dk.sagsvagt.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dk.sagsvagt.access.CaseFilter;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Staff;
import dk.sagsvagt.shared.ConflictException;
import dk.sagsvagt.shared.InvalidInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who handles a case, and when that changed: moving a case to a colleague (with the handover note on the timeline),
 * the open cases a caseworker holds, and how often cases change hands.
 */
@Service
public class CaseworkerChanges {

	/**
	 * An open case a caseworker holds; {@code readable} says whether the filter given lets the reader see it, and
	 * {@code citizenIds} are its parties.
	 */
	public record HeldCase(long id, String caseNumber, String caseType, String title, long unitId, Instant openedAt, boolean readable,
			List<Long> citizenIds) {
	}

	/** Per unit: cases with at least {@code minChanges} changes of caseworker in the period, of the cases changed at all. */
	public record RepeatedChanges(long unitId, long casesChanged, long casesChangedRepeatedly) {
	}

	private final JdbcClient jdbc;

	private final Cases cases;

	private final Organisation organisation;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CaseworkerChanges(JdbcClient jdbc, Cases cases, Organisation organisation, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.organisation = organisation;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Gives an open case to another caseworker of its unit. For the module that has checked the user's right to hand
	 * the case over; the change, the note and the timeline entry are written in the caller's transaction.
	 */
	@Transactional
	/** The handover that gave the case to its caseworker, with the note left for them (issue 18), by name. */
	public record HandoverNote(Instant changedAt, String fromName, String byName, String note) {
	}

	/** The latest handover of the case to its present caseworker, when it came with a note. */
	public java.util.Optional<HandoverNote> noteForCaseworker(CaseFile caseFile) {
		if (caseFile.caseworkerId() == null) {
			return java.util.Optional.empty();
		}
		return jdbc.sql("""
				SELECT changed_at, from_staff, changed_by, note, to_staff FROM cases.caseworker_change
				WHERE case_id = ? ORDER BY changed_at DESC, id DESC LIMIT 1""")
			.param(caseFile.id())
			.query((rs, n) -> rs.getLong(5) == caseFile.caseworkerId() && rs.getString(4) != null
					? new HandoverNote(rs.getTimestamp(1).toInstant(), rs.getObject(2) == null ? null : organisation.staff(rs.getLong(2)).fullName(),
							organisation.displayName(rs.getString(3)), rs.getString(4))
					: null)
			.optional();
	}

	public void reassign(CaseFile caseFile, long toStaffId, String note, String actor) {
		Staff to = organisation.staff(toStaffId);
		if (!to.active() || to.role().isExternal() || to.unitId() == null || to.unitId() != caseFile.unitId()) {
			throw new InvalidInputException("to", "Sag " + caseFile.caseNumber() + " kan kun overdrages til en aktiv kollega i sagens enhed.");
		}
		if (Long.valueOf(toStaffId).equals(caseFile.caseworkerId())) {
			throw new InvalidInputException("to", "Sag " + caseFile.caseNumber() + " har allerede " + to.fullName() + " som sagsbehandler.");
		}
		Instant now = Instant.now(clock);
		// only the caseworker the caller saw is replaced; a concurrent handover of the same case loses
		int updated = jdbc.sql("UPDATE cases.case_file SET caseworker_id = ? WHERE id = ? AND status = 'OPEN' AND caseworker_id IS NOT DISTINCT FROM ?")
			.params(toStaffId, caseFile.id(), caseFile.caseworkerId())
			.update();
		if (updated == 0) {
			throw new ConflictException("Sag " + caseFile.caseNumber() + " er lukket eller allerede overdraget.");
		}
		String text = note == null || note.isBlank() ? null : note.strip();
		jdbc.sql("""
				INSERT INTO cases.caseworker_change (case_id, unit_id, from_staff, to_staff, changed_at, changed_by, note)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(caseFile.id(), caseFile.unitId(), caseFile.caseworkerId(), toStaffId, Timestamp.from(now), actor, text)
			.update();
		String from = caseFile.caseworkerId() == null ? "ingen" : organisation.staff(caseFile.caseworkerId()).fullName();
		cases.recordEvent(caseFile.id(), now, "HANDOVER", "Overdraget fra " + from + " til " + to.fullName()
				+ (text == null ? "" : ". Overdragelsesnotat: " + text), actor);
		events.publishEvent(new CaseworkerChanged(caseFile.id(), caseFile.caseNumber(), caseFile.unitId(), caseFile.caseworkerId(), toStaffId, now));
	}

	/**
	 * The open cases the caseworker holds, oldest first, each marked readable or not by the reader's filter in the
	 * same query (the access policy's {@link CaseFilter}, special protection included).
	 */
	public List<HeldCase> heldBy(long staffId, CaseFilter reader) {
		List<Object> params = new ArrayList<>(Arrays.asList(reader.parameters()));
		params.add(staffId);
		return jdbc.sql("SELECT f.id, f.case_number, f.case_type, f.title, f.unit_id, f.opened_at, (" + CaseFilter.SQL + ") AS readable, "
				+ "ARRAY(SELECT p.citizen_id FROM cases.case_party p WHERE p.case_id = f.id ORDER BY p.citizen_id) AS citizens "
				+ "FROM cases.case_file f WHERE f.caseworker_id = ? AND f.status = 'OPEN' ORDER BY f.opened_at, f.id")
			.params(params)
			.query((rs, n) -> new HeldCase(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
					rs.getTimestamp(6).toInstant(), rs.getBoolean(7), List.of((Long[]) rs.getArray(8).getArray())))
			.list();
	}

	/** Open cases per caseworker, for showing colleagues' loads. */
	public Map<Long, Long> openCaseCounts(Collection<Long> staffIds) {
		if (staffIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("SELECT caseworker_id, count(*) FROM cases.case_file WHERE caseworker_id = ANY(?) AND status = 'OPEN' GROUP BY 1")
			.param(staffIds.toArray(Long[]::new))
			.query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Per unit, cases whose caseworker changed at least twice within the period ending now. */
	public List<RepeatedChanges> repeated(java.time.Duration period, int minChanges) {
		return jdbc.sql("""
				SELECT unit_id, count(*) AS changed, count(*) FILTER (WHERE changes >= ?) AS repeated FROM (
				    SELECT case_id, min(unit_id) AS unit_id, count(*) AS changes FROM cases.caseworker_change
				    WHERE changed_at >= ? GROUP BY case_id) c
				GROUP BY unit_id ORDER BY unit_id""")
			.params(minChanges, Timestamp.from(Instant.now(clock).minus(period)))
			.query((rs, n) -> new RepeatedChanges(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.list();
	}
}
