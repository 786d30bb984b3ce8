package dk.sagsvagt.oversight;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.decisions.DecisionCatalogue;
import dk.sagsvagt.decisions.LegalBasis;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Unit;
import dk.sagsvagt.shared.BarChart;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Ankestyrelsen's outcomes as a quality measure: the reversal rate (changed, remitted or annulled of all decided) of
 * complaints per unit, legal basis and year, and the outcomes of referrals per unit and year. Aggregates without
 * personal data, for the administration's staff.
 */
@Service
public class AppealStatistics {

	private final JdbcClient jdbc;

	private final Organisation organisation;

	private final AccessPolicy access;

	private final DecisionCatalogue catalogue;

	AppealStatistics(JdbcClient jdbc, Organisation organisation, AccessPolicy access, DecisionCatalogue catalogue) {
		this.catalogue = catalogue;
		this.jdbc = jdbc;
		this.organisation = organisation;
		this.access = access;
	}

	public record AppealStatisticsLine(String unit, String legalBasis, String legalBasisParagraph, int year, long decided, long reversed) {

		/** What a chart bar is called: unit, paragraph where there is one, and year. */
		public String label() {
			return unit + (legalBasisParagraph == null ? "" : " · " + legalBasisParagraph) + " · " + year;
		}

		public Double reversalRate() {
			return decided == 0 ? null : (double) reversed / decided;
		}
	}

	/** The reversal rates as a chart of the same lines. */
	public static BarChart chart(String title, List<AppealStatisticsLine> lines) {
		return BarChart.shares(title, lines.stream().map(AppealStatisticsLine::label).toList(), lines.stream().map(AppealStatisticsLine::reversalRate).toList());
	}

	/** Open complaints in the units, and open requests from oversight bodies (administration-wide), for dashboards. */
	public record Open(long complaints, long requests) {
	}

	/** Open complaints in the units, except those on {@code hiddenCaseIds} (cases the reader may not see), and open requests. */
	public Open open(java.util.Collection<Long> unitIds, Long[] hiddenCaseIds) {
		long complaints = jdbc.sql("""
				SELECT count(*) FROM oversight.complaint
				WHERE unit_id = ANY(?) AND status IN ('RECEIVED', 'UPHELD', 'FORWARDED') AND NOT case_id = ANY(?)""")
			.params(unitIds.toArray(Long[]::new), hiddenCaseIds).query(Long.class).single();
		long requests = jdbc.sql("SELECT count(*) FROM oversight.request WHERE status = 'OPEN'").query(Long.class).single();
		return new Open(complaints, requests);
	}

	public List<AppealStatisticsLine> complaints(CurrentUser user) {
		return lines(user, "oversight.complaint", "legal_basis", "board_outcome", "board_decided_on");
	}

	public List<AppealStatisticsLine> referrals(CurrentUser user) {
		return lines(user, "oversight.referral", "NULL", "outcome", "decided_on");
	}

	private List<AppealStatisticsLine> lines(CurrentUser user, String table, String basis, String outcome, String date) {
		if (user.role().isExternal()) {
			access.require(user, Action.REQUEST, "statistik over Ankestyrelsens afgørelser er for forvaltningen");
		}
		Map<Long, String> units = organisation.units().stream().collect(Collectors.toMap(Unit::id, Unit::name));
		Map<String, String> paragraphs = catalogue.legalBases().stream()
			.collect(Collectors.toMap(LegalBasis::code, LegalBasis::paragraph, (older, newer) -> newer));
		return jdbc.sql("SELECT unit_id, " + basis + " AS basis, extract(year FROM " + date + ")::int AS year, count(*) AS decided, "
				+ "count(*) FILTER (WHERE " + outcome + " IN ('CHANGED', 'REMITTED', 'ANNULLED')) AS reversed FROM " + table
				+ " WHERE " + outcome + " IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 3 DESC, 1, 2")
			.query((rs, n) -> new AppealStatisticsLine(units.getOrDefault(rs.getLong(1), "?"), rs.getString(2),
					rs.getString(2) == null ? null : paragraphs.getOrDefault(rs.getString(2), rs.getString(2)), rs.getInt(3), rs.getLong(4),
					rs.getLong(5)))
			.list();
	}
}
