package dk.sagsvagt.deadlines;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.CaseFilter;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.access.Scope;
import dk.sagsvagt.cases.CaseLists;
import dk.sagsvagt.cases.CaseSummaries;
import dk.sagsvagt.cases.CaseSummaries.CaseSummary;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.shared.PageOf;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The worklists as pages: "Mine frister" (the deadlines of the user's cases) and the unit's (for its leader, at one
 * of the leader's levels), a page of {@value #PAGE_SIZE} filtered and sorted in the database, with how many there
 * are and how many are overdue, counted by the same condition a dashboard's figure is ({@link #count}). Each line
 * shows the case, its citizen and its caseworker; the page's cases are written to the access log as a list.
 */
@Service
public class Worklists {

	public static final int PAGE_SIZE = 100;

	/** Which deadlines a worklist shows. */
	public enum State {
		/** Every open deadline, overdue or not (the default). */
		ALL_OPEN("d.status = 'OPEN'"),
		/** Open, running and not yet overdue. */
		OPEN("d.status = 'OPEN' AND d.suspended_since IS NULL AND d.due_at > ?"),
		/** Open, running and past its end (a suspended deadline's clock stands still). */
		OVERDUE("d.status = 'OPEN' AND d.suspended_since IS NULL AND d.due_at <= ?"),
		/** Stopped while the administration waits ("Stillet i bero"). */
		SUSPENDED("d.status = 'OPEN' AND d.suspended_since IS NOT NULL"),
		/** Met, in time or late. */
		MET("d.status <> 'OPEN'");

		final String sql;

		State(String sql) {
			this.sql = sql;
		}

		/** The state a link asks for ({@code open}, {@code overdue}, {@code met}); anything else is every open one. */
		public static State of(String value) {
			for (State s : values()) {
				if (s.param().equalsIgnoreCase(value == null ? "" : value.strip())) {
					return s;
				}
			}
			return ALL_OPEN;
		}

		public String param() {
			return this == ALL_OPEN ? "" : name().toLowerCase(Locale.ROOT);
		}
	}

	/**
	 * What a worklist is narrowed to and sorted by: a state, a caseworker and a rule (null for any), a level of the
	 * leader's (null for the unit's, a team leader's team) and {@code due}, {@code due-desc}, {@code case} or {@code rule}.
	 */
	public record Filter(State state, Long caseworkerId, String ruleCode, String sort, Scope level) {

		public Filter {
			state = state == null ? State.ALL_OPEN : state;
			ruleCode = ruleCode == null || !ruleCode.strip().matches("[A-Z_]{1,60}") ? null : ruleCode.strip();
			sort = sort == null || !List.of("due", "due-desc", "case", "rule").contains(sort) ? "due" : sort;
		}

		public static Filter openBy(String sort) {
			return new Filter(State.ALL_OPEN, null, null, sort, null);
		}
	}

	/** One line of a worklist: the deadline, its case and the caseworker. */
	public record Row(CaseDeadline deadline, String caseTitle, String citizenName, String caseworkerName) {

		/** "05-12-2026", or for an hour rule "05-12-2026 kl. 15:00". */
		public String dueShown() {
			return deadline.due();
		}

		/** Whole days past its day (1 the day after), at least 1 once overdue; 0 while not overdue. */
		public long overdueDays(Instant now) {
			if (!deadline.isOverdue(now)) {
				return 0;
			}
			long days = java.time.temporal.ChronoUnit.DAYS.between(deadline.dueDate(),
					now.atZone(dk.sagsvagt.shared.WorkingDayCalendar.COPENHAGEN).toLocalDate());
			return Math.max(1, days);
		}

		/** For an hour rule overdue less than a day: the hours begun since its end (at least 1); otherwise 0. */
		public long overdueHours(Instant now) {
			if (!deadline.hourRule() || !deadline.isOverdue(now)) {
				return 0;
			}
			long minutes = java.time.Duration.between(deadline.dueAt(), now).toMinutes();
			return minutes >= 24 * 60 ? 0 : Math.max(1, (minutes + 59) / 60);
		}
	}

	/** One page of a worklist (only cases the user may see) and how many of all its deadlines are overdue. */
	public record Worklist(PageOf<Row> page, long overdue, Filter filter) {
	}

	/** How many deadlines a worklist holds and how many of them are overdue. */
	public record Count(long total, long overdue) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final CaseLists lists;

	private final CaseSummaries summaries;

	private final AccessPolicy access;

	private final Organisation organisation;

	Worklists(JdbcClient jdbc, CaseLists lists, CaseSummaries summaries, AccessPolicy access, Organisation organisation, Clock clock) {
		this.jdbc = jdbc;
		this.lists = lists;
		this.summaries = summaries;
		this.access = access;
		this.organisation = organisation;
		this.clock = clock;
	}

	public Worklist mine(CurrentUser user, Filter filter, int page) {
		return page(mineOwner(user), user, "mine frister", filter, page);
	}

	public Worklist unit(CurrentUser user, Filter filter, int page) {
		return page(unitOwner(user, filter), user, "enhedens frister", filter, page);
	}

	/** What {@link #mine} or {@link #unit} counts (a dashboard's figure for the list it links to). */
	public Count count(CurrentUser user, Filter filter, boolean mine) {
		return count(mine ? mineOwner(user) : unitOwner(user, filter), user, filter, Timestamp.from(Instant.now(clock)));
	}

	/** The level a unit worklist is drawn at: the one asked for, else the unit (a team leader's team). */
	public Scope levelOf(CurrentUser user, Filter filter) {
		List<Scope> levels = access.levels(user);
		if (filter.level() != null && levels.contains(filter.level())) {
			return filter.level();
		}
		return levels.contains(Scope.UNIT) || levels.isEmpty() ? Scope.UNIT : levels.get(0);
	}

	private record Owner(String sql, Object[] params) {
	}

	private static Owner mineOwner(CurrentUser user) {
		return new Owner("d.caseworker_id = ?", new Object[] { user.staffId() });
	}

	private Owner unitOwner(CurrentUser user, Filter filter) {
		Scope level = levelOf(user, filter);
		if (level == Scope.UNIT && !access.levels(user).contains(Scope.UNIT)) {
			return new Owner("d.unit_id = ?", new Object[] { user.unitId() });
		}
		CaseFilter at = access.at(user, level);
		return new Owner("(CAST(? AS boolean) OR d.unit_id = ANY(?) OR d.caseworker_id = ANY(?))",
				new Object[] { at.everything(), at.unitIds(), at.caseworkerIds() });
	}

	private Where where(Owner owner, Filter filter, Timestamp now) {
		List<Object> params = new ArrayList<>(List.of(owner.params()));
		String sql = owner.sql() + " AND NOT d.citizen_side AND " + filter.state().sql
				+ " AND (CAST(? AS bigint) IS NULL OR d.caseworker_id = ?) AND (CAST(? AS text) IS NULL OR d.rule_code = ?)";
		if (filter.state() == State.OPEN || filter.state() == State.OVERDUE) {
			params.add(now);
		}
		params.addAll(java.util.Arrays.asList(filter.caseworkerId(), filter.caseworkerId(), filter.ruleCode(), filter.ruleCode()));
		return new Where(sql, params);
	}

	private record Where(String sql, List<Object> params) {
	}

	private Worklist page(Owner owner, CurrentUser user, String what, Filter filter, int page) {
		String order = switch (filter.sort()) {
			case "case" -> "d.case_number, d.due_at, d.id";
			case "rule" -> "r.name, d.due_at, d.id";
			case "due-desc" -> "d.due_at DESC, d.id DESC";
			default -> "d.due_at, d.id";
		};
		Timestamp now = Timestamp.from(Instant.now(clock));
		Count count = count(owner, user, filter, now);
		int shown = PageOf.within(page, PAGE_SIZE, count.total());
		Where where = where(owner, filter, now);
		List<Object> params = new ArrayList<>(where.params());
		params.add(PAGE_SIZE);
		params.add((long) shown * PAGE_SIZE);
		List<CaseDeadline> lines = jdbc.sql("SELECT " + CaseDeadlines.COLUMNS + "WHERE " + where.sql() + " ORDER BY " + order
				+ " LIMIT ? OFFSET ?")
			.params(params)
			.query(CaseDeadlines::deadline)
			.list();
		// refuses a user who may list no cases at all; logs the page's cases with their citizens
		Map<Long, CaseSummary> cases = summaries.visible(lines.stream().map(CaseDeadline::caseId).toList(), user, what);
		Map<Long, String> names = new java.util.HashMap<>();
		List<Row> rows = lines.stream().filter(l -> cases.containsKey(l.caseId())).map(l -> {
			CaseSummary c = cases.get(l.caseId());
			Long worker = c.caseworkerId();
			String name = worker == null ? "" : names.computeIfAbsent(worker, id -> organisation.staff(id).fullName());
			return new Row(l, c.title(), c.citizenName(), name);
		}).toList();
		return new Worklist(new PageOf<>(rows, shown, PAGE_SIZE, count.total()), count.overdue(), filter);
	}

	/**
	 * Counted from the deadline table alone: joining every case to the access filter took seconds for a large unit
	 * (bench/results); the few cases special protection hides from the user are counted by id and subtracted.
	 */
	private Count count(Owner owner, CurrentUser user, Filter filter, Timestamp now) {
		Where where = where(owner, filter, now);
		Count all = count(where.sql(), where.params(), now);
		Long[] hidden = lists.hiddenByProtection(user);
		if (hidden.length == 0) {
			return all;
		}
		List<Object> params = new ArrayList<>(where.params());
		params.add(hidden);
		Count hiddenCount = count(where.sql() + " AND d.case_id = ANY(?)", params, now);
		return new Count(all.total() - hiddenCount.total(), all.overdue() - hiddenCount.overdue());
	}

	private Count count(String where, List<Object> params, Timestamp now) {
		List<Object> all = new ArrayList<>();
		all.add(now);
		all.addAll(params);
		return jdbc.sql("SELECT count(*), count(*) FILTER (WHERE " + State.OVERDUE.sql + ") FROM deadlines.deadline d WHERE " + where)
			.params(all)
			.query((rs, n) -> new Count(rs.getLong(1), rs.getLong(2)))
			.single();
	}
}
