package dk.sagsvagt.cases;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.sagsvagt.shared.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers many cases at once as they stood in the past, with the same invariants as {@link Cases#register}:
 * numbers from the per-year sequence, a primary party, status history and timeline. For demo data and for
 * migrations from older systems; set-based SQL so thousands of cases take seconds.
 */
@Service
public class CaseImport {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	CaseImport(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** A case as registered: its id and number. */
	public record Registered(long id, String caseNumber) {
	}

	/** One timeline entry of a case. */
	public record HistoricEvent(long caseId, Instant occurredAt, String kind, String summary, String actor) {
	}

	/** Registers the cases in the given order; case numbers follow that order within each year. */
	@Transactional
	public List<Registered> registerAll(List<HistoricCase> cases) {
		if (cases.isEmpty()) {
			return List.of();
		}
		Map<String, CaseType> types = jdbc.sql("SELECT code, name, kle, area FROM cases.case_type")
			.query((rs, n) -> new CaseType(rs.getString("code"), rs.getString("name"), rs.getString("kle"), rs.getString("area")))
			.list()
			.stream()
			.collect(Collectors.toMap(CaseType::code, Function.identity()));
		List<Registered> registered = new ArrayList<>(cases.size());
		List<HistoricEvent> events = new ArrayList<>();
		for (HistoricCase c : cases) {
			CaseType type = types.get(c.caseType());
			if (type == null) {
				throw new InvalidInputException("caseType", "Sagstypen '" + c.caseType() + "' findes ikke i kataloget.");
			}
			int year = c.openedAt().atZone(Cases.COPENHAGEN).getYear();
			String number = jdbc.sql("SELECT cases.next_case_number(?)").param(year).query(String.class).single();
			boolean closed = c.closedAt() != null;
			long id = jdbc.sql("""
					INSERT INTO cases.case_file (case_number, case_type, kle, title, primary_citizen_id, unit_id,
					                             caseworker_id, status, opened_at, closed_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
				.params(number, type.code(), type.kle(), c.title(), c.primaryCitizenId(), c.unitId(), c.caseworkerId(),
						closed ? "CLOSED" : "OPEN", Timestamp.from(c.openedAt()), closed ? Timestamp.from(c.closedAt()) : null)
				.query(Long.class)
				.single();
			registered.add(new Registered(id, number));
			events.add(new HistoricEvent(id, c.openedAt(), "CASE_OPENED", "Sag oprettet: " + type.name() + " – " + c.title(), c.actor()));
			if (closed) {
				events.add(new HistoricEvent(id, c.closedAt(), "CASE_CLOSED", "Sag lukket", c.actor()));
			}
		}
		template.batchUpdate("INSERT INTO cases.case_party (case_id, citizen_id, role, added_at) VALUES (?, ?, ?, ?)",
				parties(cases, registered));
		template.batchUpdate("INSERT INTO cases.case_status_change (case_id, status, changed_at, changed_by) VALUES (?, ?, ?, ?)",
				statusChanges(cases, registered));
		recordEvents(events);
		return registered;
	}

	/** Adds timeline entries in one batch. */
	@Transactional
	public void recordEvents(List<HistoricEvent> events) {
		template.batchUpdate("INSERT INTO cases.case_event (case_id, occurred_at, kind, summary, actor) VALUES (?, ?, ?, ?, ?)",
				events.stream()
					.map(e -> new Object[] { e.caseId(), Timestamp.from(e.occurredAt()), e.kind(), e.summary(), e.actor() })
					.toList());
	}

	private static List<Object[]> parties(List<HistoricCase> cases, List<Registered> registered) {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < cases.size(); i++) {
			HistoricCase c = cases.get(i);
			long id = registered.get(i).id();
			Timestamp at = Timestamp.from(c.openedAt());
			rows.add(new Object[] { id, c.primaryCitizenId(), PartyRole.PRIMARY.name(), at });
			for (HistoricCase.OtherParty other : c.others()) {
				rows.add(new Object[] { id, other.citizenId(), other.role().name(), at });
			}
		}
		return rows;
	}

	private static List<Object[]> statusChanges(List<HistoricCase> cases, List<Registered> registered) {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; i < cases.size(); i++) {
			HistoricCase c = cases.get(i);
			long id = registered.get(i).id();
			rows.add(new Object[] { id, CaseStatus.OPEN.name(), Timestamp.from(c.openedAt()), c.actor() });
			if (c.closedAt() != null) {
				rows.add(new Object[] { id, CaseStatus.CLOSED.name(), Timestamp.from(c.closedAt()), c.actor() });
			}
		}
		return rows;
	}
}
