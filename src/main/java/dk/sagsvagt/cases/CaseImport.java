package dk.sagsvagt.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.WorkingDayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers cases as they stood in the past, with the same invariants as {@link Cases#register}: numbers from the
 * per-year sequence or kept from the earlier system, a primary party, status history and timeline. For the migration
 * from an earlier case system (which the demo data goes through too); set-based SQL so thousands of cases take seconds.
 */
@Service
public class CaseImport {

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final Clock clock;

	CaseImport(JdbcClient jdbc, JdbcTemplate template, Clock clock) {
		this.jdbc = jdbc;
		this.template = template;
		this.clock = clock;
	}

	/** A case as registered: its id and number. */
	public record Registered(long id, String caseNumber) {
	}

	/** One timeline entry of a case. */
	public record HistoricEvent(long caseId, Instant occurredAt, String kind, String summary, String actor) {
	}

	/**
	 * Registers the cases in the given order; cases without a number of their own are numbered in that order within
	 * each year. Each is checked as {@link Cases#register} checks a new case (its type in the catalogue, a title of at
	 * most 300 characters), its dates in order and not in the future, and its own number well-formed and free; a
	 * refusal names the field.
	 */
	@Transactional
	public List<Registered> registerAll(List<HistoricCase> cases) {
		if (cases.isEmpty()) {
			return List.of();
		}
		Map<String, CaseType> types = jdbc.sql("SELECT code, name, kle, area FROM cases.case_type")
			.query((rs, n) -> new CaseType(rs.getString("code"), rs.getString("name"), rs.getString("kle"), CaseArea.valueOf(rs.getString("area"))))
			.list()
			.stream()
			.collect(Collectors.toMap(CaseType::code, Function.identity()));
		Map<String, String> facets = jdbc.sql("SELECT code, kle_facet FROM cases.case_type WHERE kle_facet IS NOT NULL")
			.query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		Instant now = Instant.now(clock);
		List<Registered> registered = new ArrayList<>(cases.size());
		List<HistoricEvent> events = new ArrayList<>();
		for (HistoricCase c : cases) {
			CaseType type = types.get(c.caseType());
			if (type == null) {
				throw new InvalidInputException("caseType", "Sagstypen '" + c.caseType() + "' findes ikke i kataloget.");
			}
			String title = Cases.checkedTitle(c.title());
			checkDates(c, now);
			String number = c.caseNumber() == null ? jdbc.sql("SELECT cases.next_case_number(?)").param(year(c)).query(String.class).single()
					: claimed(c);
			String kle = c.kle() == null ? type.kle() : checkedKle(c.kle());
			String facet = c.kle() == null ? facets.get(type.code()) : checkedFacet(c.kleFacet());
			boolean closed = c.closedAt() != null;
			long id = jdbc.sql("""
					INSERT INTO cases.case_file (case_number, case_type, kle, kle_facet, title, primary_citizen_id, unit_id,
					                             caseworker_id, status, opened_at, closed_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
				.params(number, type.code(), kle, facet, title, c.primaryCitizenId(), c.unitId(), c.caseworkerId(),
						closed ? "CLOSED" : "OPEN", Timestamp.from(c.openedAt()), closed ? Timestamp.from(c.closedAt()) : null)
				.query(Long.class)
				.single();
			registered.add(new Registered(id, number));
			events.add(new HistoricEvent(id, c.openedAt(), "CASE_OPENED", "Sag oprettet: " + type.name() + " – " + title, c.actor()));
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

	/** Which of the numbers are taken already, by a case registered here or taken over before. */
	public Set<String> existing(Collection<String> caseNumbers) {
		if (caseNumbers.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.sql("SELECT case_number FROM cases.case_file WHERE case_number = ANY (?)")
			.param(caseNumbers.toArray(String[]::new))
			.query(String.class)
			.list());
	}

	private static int year(HistoricCase c) {
		return c.openedAt().atZone(WorkingDayCalendar.COPENHAGEN).getYear();
	}

	private static void checkDates(HistoricCase c, Instant now) {
		if (c.openedAt() == null) {
			throw new InvalidInputException("openedAt", "Sagens oprettelsestidspunkt skal udfyldes.");
		}
		if (c.openedAt().isAfter(now)) {
			throw new InvalidInputException("openedAt", "En sag fra et tidligere system kan ikke være oprettet i fremtiden.");
		}
		if (year(c) < 1990) {
			throw new InvalidInputException("openedAt", "Sagen kan tidligst være oprettet i 1990.");
		}
		if (c.closedAt() != null && (c.closedAt().isBefore(c.openedAt()) || c.closedAt().isAfter(now))) {
			throw new InvalidInputException("closedAt", "Sagen skal være lukket efter, at den blev oprettet, og ikke i fremtiden.");
		}
	}

	/** The earlier system's number, kept: well-formed, free, and claimed so the year's sequence moves past it. */
	private String claimed(HistoricCase c) {
		String number = c.caseNumber().strip();
		if (!number.matches("(19|20)[0-9]{2}-[0-9]{7}") || number.endsWith("-0000000")) {
			throw new InvalidInputException("caseNumber", "Sagsnummeret '" + number + "' har ikke formen 2017-0400505.");
		}
		if (!existing(List.of(number)).isEmpty()) {
			throw new InvalidInputException("caseNumber", "Sagsnummeret " + number + " er allerede brugt.");
		}
		jdbc.sql("SELECT cases.claim_case_number(?)").param(number).query((rs, n) -> 0).list();
		return number;
	}

	private static String checkedKle(String kle) {
		if (!kle.strip().matches("[0-9]{2}\\.[0-9]{2}\\.[0-9]{2}")) {
			throw new InvalidInputException("kle", "KLE-nummeret '" + kle + "' har ikke formen 34.10.10.");
		}
		return kle.strip();
	}

	private static String checkedFacet(String facet) {
		if (facet == null || facet.isBlank()) {
			return null;
		}
		String code = facet.strip().toUpperCase(java.util.Locale.forLanguageTag("da"));
		if (!code.matches("[APSØGKI][0-9]{2}")) {
			throw new InvalidInputException("kleFacet", "Handlingsfacetten '" + facet + "' har ikke formen G01.");
		}
		return code;
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
