package dk.sagsvagt.cases;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CaseFilter;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.internal.CaseRows;
import dk.sagsvagt.citizens.Citizen;
import dk.sagsvagt.citizens.Citizens;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.PageOf;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Lists and searches over the case register, filtered to what the access policy lets the user see. */
@Service
public class CaseLists {

	private final JdbcClient jdbc;

	private final Citizens citizens;

	private final AccessPolicy access;

	private final Organisation organisation;

	@org.springframework.beans.factory.annotation.Autowired
	CaseLists(JdbcClient jdbc, Citizens citizens, AccessPolicy access, Organisation organisation) {
		this(jdbc, citizens, access, organisation, RARE);
	}

	/** With another threshold for a common word, for a test on a small database. */
	CaseLists(JdbcClient jdbc, Citizens citizens, AccessPolicy access, Organisation organisation, int rare) {
		this.jdbc = jdbc;
		this.organisation = organisation;
		this.citizens = citizens;
		this.access = access;
		this.rare = rare;
	}

	/**
	 * A page of the cases the user may see, narrowed and sorted as the query says, with the caseworker's name and the
	 * soonest open deadline. A page past the last is the last page; the total counts exactly what {@link #count} counts.
	 */
	public PageOf<CaseListItem> list(CaseQuery query, int page, int size, CurrentUser user) {
		if (size < 1 || size > 200) {
			throw new InvalidInputException("size", "Sidestørrelsen skal være mellem 1 og 200.");
		}
		Where where = where(query, user);
		long total = jdbc.sql("SELECT count(*) FROM cases.case_file f " + where.sql())
			.params(where.params())
			.query(Long.class)
			.single();
		int shown = PageOf.within(page, size, total);
		String order = switch (query.sort()) {
			case NUMBER -> "f.case_number, f.id";
			case DEADLINE -> "n.due_at NULLS LAST, f.opened_at DESC, f.id DESC";
			case OPENED -> "f.opened_at DESC, f.id DESC";
		};
		record Row(CaseFile file, java.time.LocalDate dueDate, java.time.Instant dueAt, String rule, boolean hours) {
		}
		// the soonest open deadline comes from the function the deadlines module publishes for this list
		List<Row> rows = jdbc.sql("SELECT n.due_date, n.due_at AS next_due_at, n.rule_name, n.hour_rule, "
				+ CaseRows.SELECT_CASE.substring("SELECT ".length()) + "LEFT JOIN LATERAL deadlines.soonest_open(f.id) n ON true "
				+ where.sql() + "ORDER BY " + order + " LIMIT ? OFFSET ?")
			.params(where.params())
			.param(size)
			.param((long) shown * size)
			.query((rs, n) -> {
				java.sql.Timestamp dueAt = rs.getTimestamp("next_due_at");
				return new Row(CaseRows.caseFile(rs, n), rs.getObject("due_date", java.time.LocalDate.class),
						dueAt == null ? null : dueAt.toInstant(), rs.getString("rule_name"), rs.getBoolean("hour_rule"));
			})
			.list();
		List<CaseFile> files = rows.stream().map(Row::file).toList();
		List<Long> citizenIds = files.stream().map(CaseFile::primaryCitizenId).filter(java.util.Objects::nonNull).distinct().toList();
		Map<Long, Citizen> byId = citizens.get(citizenIds)
			.stream()
			.collect(Collectors.toMap(Citizen::id, Function.identity()));
		Map<Long, String> names = caseworkerNames(files.stream().map(CaseFile::caseworkerId).toList());
		List<CaseListItem> items = rows.stream().map(r -> {
			CaseFile f = r.file();
			Citizen citizen = f.primaryCitizenId() == null ? null : byId.get(f.primaryCitizenId());
			return new CaseListItem(f.caseNumber(), f.title(), f.caseTypeName(), f.status(), f.openedAt(),
					citizen == null ? "" : citizen.name(), citizen == null ? "" : citizen.maskedCpr(), f.caseworkerId(),
					f.caseworkerId() == null ? "" : names.get(f.caseworkerId()), r.dueDate(), r.dueAt(), r.rule(), r.hours());
		}).toList();
		access.logList(user, citizenIds,
				"side " + (shown + 1) + " af sagsliste");
		return new PageOf<>(items, shown, size, total);
	}

	/**
	 * How many cases {@link #list} lists for the query (a dashboard's figure that links to the list): an aggregate,
	 * nothing about a citizen is shown, so nothing is logged.
	 */
	public long count(CaseQuery query, CurrentUser user) {
		Where where = where(query, user);
		return jdbc.sql("SELECT count(*) FROM cases.case_file f " + where.sql()).params(where.params()).query(Long.class).single();
	}

	private record Where(String sql, Object[] params) {
	}

	private Where where(CaseQuery query, CurrentUser user) {
		if (!access.mayEver(user, Action.LIST_CASES)) {
			access.require(user, Action.LIST_CASES, "sagsliste");
		}
		CaseFilter filter = access.filter(user, Action.LIST_CASES);
		CaseFilter level = query.level() == null ? null : access.at(user, query.level());
		String sql = "WHERE " + CaseFilter.SQL + """

				  AND (CAST(? AS bigint) IS NULL OR f.unit_id = ?)
				  AND (CAST(? AS text) IS NULL OR f.status = ?)
				  AND (CAST(? AS bigint) IS NULL OR f.caseworker_id = ?)
				  AND (CAST(? AS text) IS NULL OR f.case_type = ?)
				  AND (CAST(? AS boolean) OR f.unit_id = ANY(?) OR f.caseworker_id = ANY(?))
				""";
		String status = query.status() == null ? null : query.status().name();
		Object[] params = Stream.concat(Arrays.stream(filter.parameters()),
				Stream.of(query.unitId(), query.unitId(), status, status, query.caseworkerId(), query.caseworkerId(),
						query.caseType(), query.caseType(), level == null || level.everything(),
						level == null ? new Long[0] : level.unitIds(), level == null ? new Long[0] : level.caseworkerIds()))
			.toArray();
		return new Where(sql, params);
	}

	private Map<Long, String> caseworkerNames(Collection<Long> staffIds) {
		Map<Long, String> names = new java.util.HashMap<>();
		staffIds.stream().filter(java.util.Objects::nonNull).distinct().forEach(id -> names.put(id, organisation.staff(id).fullName()));
		return names;
	}

	/** A case in a supervision population: its number, type and unit, nothing about the citizen. */
	public record PopulationCase(long id, String caseNumber, String caseType, long unitId) {
	}

	/**
	 * Every case of the types in the units, opened within the dates (either may be null), whatever its status, for
	 * drawing a supervision sample. Case numbers and types are no personal data, so nothing is logged.
	 */
	public List<PopulationCase> population(Collection<Long> unitIds, Collection<String> caseTypes, java.time.LocalDate openedFrom,
			java.time.LocalDate openedTo) {
		return jdbc.sql("""
				SELECT id, case_number, case_type, unit_id FROM cases.case_file
				WHERE unit_id = ANY(?) AND case_type = ANY(?)
				  AND (CAST(? AS date) IS NULL OR opened_at >= CAST(CAST(? AS date) AS timestamp) AT TIME ZONE 'Europe/Copenhagen')
				  AND (CAST(? AS date) IS NULL OR opened_at < CAST(CAST(? AS date) + 1 AS timestamp) AT TIME ZONE 'Europe/Copenhagen')
				ORDER BY case_number""")
			.params(unitIds.toArray(Long[]::new), caseTypes.toArray(String[]::new), openedFrom, openedFrom, openedTo, openedTo)
			.query((rs, n) -> new PopulationCase(rs.getLong(1), rs.getString(2).strip(), rs.getString(3), rs.getLong(4)))
			.list();
	}

	/**
	 * Those of the cases the user may see, for another module's list of things on cases (e.g. deadlines); the list
	 * is written to the access log with the cases' citizens.
	 */
	public java.util.Set<Long> visibleAmong(Collection<Long> caseIds, CurrentUser user, String what) {
		if (!access.mayEver(user, Action.LIST_CASES)) {
			access.require(user, Action.LIST_CASES, what);
		}
		CaseFilter filter = access.filter(user, Action.LIST_CASES);
		record Visible(long id, Long citizen) {
		}
		List<Visible> visible = jdbc.sql("SELECT f.id, f.primary_citizen_id FROM cases.case_file f WHERE f.id = ANY(?) AND " + CaseFilter.SQL)
			.params(Stream.concat(Stream.of((Object) caseIds.toArray(Long[]::new)), Arrays.stream(filter.parameters())).toArray())
			.query((rs, n) -> new Visible(rs.getLong(1), rs.getObject(2, Long.class)))
			.list();
		access.logList(user, visible.stream().map(Visible::citizen).filter(java.util.Objects::nonNull).distinct().toList(), what);
		return visible.stream().map(Visible::id).collect(Collectors.toSet());
	}

	/** Those of the cases that have one of the citizens as a party (for leaving specially protected ones out). */
	public java.util.Set<Long> withPartyAmong(Collection<Long> caseIds, Collection<Long> citizenIds) {
		if (caseIds.isEmpty() || citizenIds.isEmpty()) {
			return java.util.Set.of();
		}
		return java.util.Set.copyOf(jdbc.sql("SELECT DISTINCT case_id FROM cases.case_party WHERE case_id = ANY(?) AND citizen_id = ANY(?)")
			.params(caseIds.toArray(Long[]::new), citizenIds.toArray(Long[]::new))
			.query(Long.class)
			.list());
	}

	/**
	 * How many cases are open in the units (an aggregate for dashboards; no personal data), less those special
	 * protection hides from the user: counted from the unit index, the few hidden ones subtracted.
	 */
	public long openIn(Collection<Long> unitIds, CurrentUser user) {
		Long[] units = unitIds.toArray(Long[]::new);
		return jdbc.sql("""
				SELECT (SELECT count(*) FROM cases.case_file WHERE status = 'OPEN' AND unit_id = ANY(?))
				     - (SELECT count(*) FROM cases.case_file WHERE id = ANY(?) AND status = 'OPEN' AND unit_id = ANY(?))""")
			.params(units, hiddenByProtection(user), units)
			.query(Long.class)
			.single();
	}

	/** The numbers of the cases special protection hides from the user (see {@link #hiddenByProtection}). */
	public java.util.Set<String> hiddenCaseNumbers(CurrentUser user) {
		Long[] hidden = hiddenByProtection(user);
		return hidden.length == 0 ? java.util.Set.of()
				: java.util.Set.copyOf(jdbc.sql("SELECT case_number FROM cases.case_file WHERE id = ANY(?)").param(hidden).query(String.class).list());
	}

	/**
	 * The cases special protection hides from the user: protected cases and cases with a protected party, where the
	 * user is not named. Few, so a module can subtract them from a count it makes from its own index.
	 */
	public Long[] hiddenByProtection(CurrentUser user) {
		CaseFilter filter = access.protectionOf(user);
		if (filter.blockedCaseIds().length == 0 && filter.blockedCitizenIds().length == 0) {
			return new Long[0];
		}
		return jdbc.sql("SELECT unnest(CAST(? AS bigint[])) UNION SELECT case_id FROM cases.case_party WHERE citizen_id = ANY(?)")
			.params(filter.blockedCaseIds(), filter.blockedCitizenIds())
			.query(Long.class)
			.list()
			.toArray(Long[]::new);
	}

	/**
	 * Every party of the cases, for the access log of an answer that shows them (a search hit's title or snippet may
	 * name any party, not only the primary citizen).
	 */
	public List<Long> citizensOf(Collection<String> caseNumbers) {
		return jdbc.sql("SELECT DISTINCT p.citizen_id FROM cases.case_file f JOIN cases.case_party p ON p.case_id = f.id WHERE f.case_number = ANY(?)")
			.param(caseNumbers.toArray(String[]::new))
			.query(Long.class)
			.list();
	}

	/** How many of the newest cases a title search for a common word looks through first. */
	static final int RECENT_WINDOW = 20_000;

	/** A word in more titles than this is common: its newest matches are found from the newest cases. */
	static final int RARE = 5_000;

	/** {@link #RARE}, or lower in a test, to take the common word's way on a small database. */
	private final int rare;

	/**
	 * Cases the user may see whose title matches a {@code websearch_to_tsquery('danish', …)} query, newest first.
	 * A rare word (at most {@value #RARE} titles, counted in the full-text index) is looked up among all its matches,
	 * which are few to sort. A common word fills the page from the newest {@value #RECENT_WINDOW} cases, and only if
	 * those hold too few the user may see, from all its matches. A user who sees few cases is searched from those
	 * cases. Which way is fast depends on the word, so the planner is not left to guess it: looking through the newest
	 * cases for a word in no title cost 30–70 ms of the database per search on the load data (bench/results).
	 * {@code filter} is the user's {@code access.filter(user, Action.SEARCH)}, which the search has already made.
	 */
	public List<CaseTitleHit> searchTitles(String query, int limit, CaseFilter filter) {
		if (filter.narrow()) {
			return titles("", "cases.case_file f", query, limit, filter);
		}
		String allMatches = "WITH matches AS MATERIALIZED (SELECT * FROM cases.case_file m WHERE m.title_search @@ websearch_to_tsquery('danish', ?)) ";
		int matches = jdbc.sql("SELECT count(*) FROM (SELECT 1 FROM cases.case_file WHERE title_search @@ websearch_to_tsquery('danish', ?) LIMIT ?) m")
			.params(query, rare + 1)
			.query(Integer.class)
			.single();
		if (matches > rare) {
			List<CaseTitleHit> recent = titles("", "(SELECT * FROM cases.case_file ORDER BY opened_at DESC LIMIT " + RECENT_WINDOW + ") f",
					query, limit, filter);
			if (recent.size() == limit) {
				return recent;
			}
		}
		return matches == 0 ? List.of() : titles(allMatches, "matches f", query, limit, filter, query);
	}

	private List<CaseTitleHit> titles(String with, String from, String query, int limit, CaseFilter filter, Object... withParameters) {
		return jdbc.sql(with + """
				SELECT f.case_number,
				       ts_headline('danish', f.title, q, 'StartSel=' || chr(1) || ', StopSel=' || chr(2) || ', HighlightAll=true') AS headline,
				       ts_rank(f.title_search, q) AS rank, f.status, f.primary_citizen_id, f.caseworker_id
				FROM %s, websearch_to_tsquery('danish', ?) q
				WHERE f.title_search @@ q AND %s
				ORDER BY f.opened_at DESC LIMIT ?""".formatted(from, CaseFilter.SQL))
			.params(Stream.of(Arrays.stream(withParameters), Stream.of(query), Arrays.stream(filter.parameters()), Stream.of(limit))
				.flatMap(p -> p).toArray())
			.query((rs, n) -> new CaseTitleHit(rs.getString("case_number"), rs.getString("headline"), rs.getDouble("rank"),
					CaseStatus.valueOf(rs.getString("status")), rs.getObject("primary_citizen_id", Long.class),
					rs.getObject("caseworker_id", Long.class)))
			.list();
	}
}
