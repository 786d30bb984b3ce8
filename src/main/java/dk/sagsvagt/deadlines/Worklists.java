package dk.sagsvagt.deadlines;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseLists;
import dk.sagsvagt.shared.PageOf;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The worklists as pages: "Mine frister" (the open deadlines of the user's cases) and the unit's (for its leader), a
 * page of {@value #PAGE_SIZE} sorted in the database by due date, case number or rule, with how many there are and
 * how many are overdue. The cases of a page are written to the access log as a list, like every list of cases.
 */
@Service
public class Worklists {

	public static final int PAGE_SIZE = 100;

	/** One page of a worklist (only cases the user may see) and the counts of the owner's open deadlines over all pages. */
	public record Worklist(PageOf<CaseDeadline> page, long overdue) {
	}

	private final JdbcClient jdbc;

	private final CaseDeadlines deadlines;

	private final Clock clock;

	private final CaseLists lists;

	Worklists(JdbcClient jdbc, CaseDeadlines deadlines, CaseLists lists, Clock clock) {
		this.jdbc = jdbc;
		this.lists = lists;
		this.deadlines = deadlines;
		this.clock = clock;
	}

	public Worklist mine(CurrentUser user, String sort, int page) {
		return page("d.caseworker_id = ?", user.staffId(), user, "mine frister", sort, page);
	}

	public Worklist unit(CurrentUser user, String sort, int page) {
		return page("d.unit_id = ?", user.unitId(), user, "enhedens frister", sort, page);
	}

	private Worklist page(String owner, Object ownerId, CurrentUser user, String what, String sort, int page) {
		String order = switch (sort) {
			case "case" -> "d.case_number, d.due_at, d.id";
			case "rule" -> "r.name, d.due_at, d.id";
			default -> "d.due_at, d.id";
		};
		String open = owner + " AND d.status = 'OPEN' AND NOT d.citizen_side";
		// counted from the open-deadline index alone: joining every case to the access filter took seconds for a large
		// unit (bench/results); the few cases special protection hides from the user are counted by id and subtracted,
		// and the rows are filtered below
		Timestamp now = Timestamp.from(Instant.now(clock));
		long[] counts = count(open, ownerId, now, null);
		Long[] hidden = lists.hiddenByProtection(user);
		if (hidden.length > 0) {
			long[] hiddenCounts = count(open + " AND d.case_id = ANY(?)", ownerId, now, hidden);
			counts = new long[] { counts[0] - hiddenCounts[0], counts[1] - hiddenCounts[1] };
		}
		int from = Math.max(0, page);
		List<CaseDeadline> rows = jdbc.sql("SELECT " + CaseDeadlines.COLUMNS + "WHERE " + open + " ORDER BY " + order + " LIMIT ? OFFSET ?")
			.params(ownerId, PAGE_SIZE, (long) from * PAGE_SIZE)
			.query(CaseDeadlines::deadline)
			.list();
		// refuses a user who may list no cases at all
		return new Worklist(new PageOf<>(deadlines.visible(rows, user, what), from, PAGE_SIZE, counts[0]), counts[1]);
	}

	private long[] count(String where, Object ownerId, Timestamp now, Long[] caseIds) {
		Object[] params = caseIds == null ? new Object[] { now, ownerId } : new Object[] { now, ownerId, caseIds };
		return jdbc.sql("SELECT count(*), count(*) FILTER (WHERE d.due_at <= ?) FROM deadlines.deadline d WHERE " + where)
			.params(params)
			.query((rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.single();
	}
}
