package dk.sagsvagt.oversight.internal;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseLists;
import dk.sagsvagt.oversight.Disclosure;
import dk.sagsvagt.shared.WorkingDayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The disclosure log, and how requests were answered per body and year. */
@Service
public class Disclosures {

	private final JdbcClient jdbc;

	private final AccessPolicy access;

	private final CaseLists lists;

	Disclosures(JdbcClient jdbc, AccessPolicy access, CaseLists lists) {
		this.jdbc = jdbc;
		this.access = access;
		this.lists = lists;
	}

	/** Documents given out, optionally to one body and within dates; external reviewers see their own body's only. */
	public List<Disclosure> list(String body, LocalDate from, LocalDate to, CurrentUser user) {
		String only = body;
		if (user.role().isExternal()) {
			access.require(user, Action.VIEW_DOCUMENT, "udleveringslog");
			only = user.role().name();
		}
		else {
			access.require(user, Action.ANSWER_OVERSIGHT, "udleveringslog");
		}
		List<Disclosure> all = jdbc.sql("""
				SELECT document_number, version, body, request_id, disclosed_at, approved_by, reason, sending_case_number
				FROM oversight.disclosure
				WHERE (CAST(? AS text) IS NULL OR body = ?) AND (CAST(? AS timestamptz) IS NULL OR disclosed_at >= ?)
				  AND (CAST(? AS timestamptz) IS NULL OR disclosed_at < ?)
				ORDER BY disclosed_at, id""")
			.params(only, only, start(from), start(from), start(to == null ? null : to.plusDays(1)), start(to == null ? null : to.plusDays(1)))
			.query((rs, n) -> new Disclosure(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getObject(4, Long.class),
					rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7), rs.getString(8)))
			.list();
		// a specially protected case's documents are listed only to those named on the protection
		java.util.Set<String> hidden = lists.hiddenCaseNumbers(user);
		List<Disclosure> shown = all.stream().filter(d -> !hidden.contains(caseOf(d.documentNumber()))).toList();
		access.logList(user, lists.citizensOf(shown.stream().map(d -> caseOf(d.documentNumber())).distinct().toList()), "udleveringslog");
		return shown;
	}

	private static String caseOf(String documentNumber) {
		return documentNumber.substring(0, documentNumber.lastIndexOf('-'));
	}

	private static Timestamp start(LocalDate date) {
		return date == null ? null : Timestamp.from(date.atStartOfDay(WorkingDayCalendar.COPENHAGEN).toInstant());
	}

	/**
	 * Per body and year: requests, reminders, first requests that needed another round, and days to a complete
	 * answer. Aggregates without personal data, for all the administration's staff.
	 */
	public record RequestStatisticsLine(String body, int year, long requests, long reminders, long neededSecondRound, Double averageDaysToAnswer) {
	}

	public List<RequestStatisticsLine> statistics(CurrentUser user) {
		if (user.role().isExternal()) {
			access.require(user, Action.REQUEST, "statistik over anmodninger er for forvaltningen");
		}
		return jdbc.sql("""
				WITH RECURSIVE chain AS (
				    SELECT id, id AS root FROM oversight.request WHERE reminder_of IS NULL
				    UNION ALL
				    SELECT r.id, c.root FROM oversight.request r JOIN chain c ON r.reminder_of = c.id
				), roots AS (
				    SELECT o.id, o.body, extract(year FROM o.received_on)::int AS year, count(c.id) - 1 AS followers,
				           CASE WHEN bool_and(x.status = 'ANSWERED')
				                THEN max(x.answered_at AT TIME ZONE 'Europe/Copenhagen')::date - o.received_on END AS days
				    FROM oversight.request o JOIN chain c ON c.root = o.id JOIN oversight.request x ON x.id = c.id
				    WHERE o.reminder_of IS NULL GROUP BY o.id
				)
				SELECT r.body, r.year,
				       (SELECT count(*) FROM oversight.request q WHERE q.body = r.body
				           AND extract(year FROM q.received_on)::int = r.year) AS requests,
				       (SELECT count(*) FROM oversight.request q WHERE q.body = r.body AND q.reminder_of IS NOT NULL
				           AND extract(year FROM q.received_on)::int = r.year) AS reminders,
				       count(*) FILTER (WHERE r.followers > 0) AS second_round,
				       avg(r.days)::float8 AS days
				FROM roots r GROUP BY r.body, r.year ORDER BY 2 DESC, 1""")
			.query((rs, n) -> new RequestStatisticsLine(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
					rs.getObject(6, Double.class)))
			.list();
	}
}
