package dk.sagsvagt.deadlines;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Unit;
import dk.sagsvagt.shared.Csv;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How the administration keeps its deadlines, per unit, case type and month (the month the deadline started, in
 * Copenhagen): deadlines closed, share met on time, processing time (median and 90th percentile, in days from a
 * deadline's start until it was met, over the rules that count days, weeks or months), open overdue deadlines and
 * delay letters. Aggregates only, no personal data.
 */
@Service
public class DeadlineStatistics {

	/** One line of the statistics. Shares and times are null where nothing was measured. */
	public record Line(String unit, String caseType, String month, long closed, Double metOnTimeShare,
			Double processingDaysMedian, Double processingDaysP90, long openOverdue, long delayLetters, long registeredLate) {
	}

	private static final List<String> HEADER = List.of("Enhed", "Sagstype", "Måned", "Afsluttede frister", "Andel overholdt",
			"Sagsbehandlingstid median (dage)", "Sagsbehandlingstid 90 % (dage)", "Åbne overskredne", "Breve om forlænget tid",
			"Registreret for sent");

	private final JdbcClient jdbc;

	private final Organisation organisation;

	private final Clock clock;

	private final dk.sagsvagt.cases.Cases cases;

	DeadlineStatistics(JdbcClient jdbc, Organisation organisation, Clock clock, dk.sagsvagt.cases.Cases cases) {
		this.cases = cases;
		this.jdbc = jdbc;
		this.organisation = organisation;
		this.clock = clock;
	}

	/**
	 * The deadlines with whether their rule counts hours: the time a deadline took, from its start to when it was met,
	 * is measured in days for the rules that count days, weeks or months (a 24-hour assessment is no processing time).
	 */
	private static final String DEADLINES = """
			(SELECT d.*, r.unit = 'HOURS' AS hour_rule, e.late_reason IS NOT NULL AS registered_late FROM deadlines.deadline d
			 JOIN deadlines.rule r ON r.code = d.rule_code AND r.variant = d.variant AND r.effective_from = d.rule_effective_from
			 JOIN deadlines.case_event e ON e.id = d.trigger_event_id) d
			""";

	/** What is measured per group; one parameter: the time after which an open deadline is overdue. */
	private static final String MEASURES = """
			count(*) FILTER (WHERE status IN ('MET', 'MET_LATE')) AS closed,
			avg(CASE WHEN status = 'MET' THEN 1.0 WHEN status = 'MET_LATE' THEN 0.0 END)::float8 AS on_time,
			percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM met_at - started_at) / 86400)
			    FILTER (WHERE met_at IS NOT NULL AND NOT hour_rule AND status IN ('MET', 'MET_LATE'))::float8 AS median_days,
			percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM met_at - started_at) / 86400)
			    FILTER (WHERE met_at IS NOT NULL AND NOT hour_rule AND status IN ('MET', 'MET_LATE'))::float8 AS p90_days,
			count(*) FILTER (WHERE status = 'OPEN' AND suspended_since IS NULL AND due_at <= ?) AS open_overdue,
			count(*) FILTER (WHERE delay_letter_at IS NOT NULL) AS letters,
			count(*) FILTER (WHERE registered_late) AS registered_late
			""";

	public List<Line> lines() {
		Map<Long, String> units = organisation.units().stream().collect(Collectors.toMap(Unit::id, Unit::name));
		// people read the case type's and the month's Danish names, never a code or an ISO month
		Map<String, String> types = cases.caseTypes().stream()
			.collect(Collectors.toMap(dk.sagsvagt.cases.CaseType::code, dk.sagsvagt.cases.CaseType::name, (a, b) -> a));
		Instant now = Instant.now(clock);
		return jdbc.sql("""
				SELECT unit_id, coalesce(case_type, '') AS case_type,
				       to_char(started_at AT TIME ZONE 'Europe/Copenhagen', 'YYYY-MM') AS month,
				""" + MEASURES + "FROM " + DEADLINES + """
				WHERE NOT citizen_side
				GROUP BY 1, 2, 3
				ORDER BY 3 DESC, 1, 2""")
			.param(java.sql.Timestamp.from(now))
			.query((rs, n) -> new Line(units.getOrDefault(rs.getLong("unit_id"), "?"),
					types.getOrDefault(rs.getString("case_type"), rs.getString("case_type")),
					dk.sagsvagt.shared.DanishDates.month(rs.getString("month")), rs.getLong("closed"), rs.getObject("on_time", Double.class),
					rs.getObject("median_days", Double.class), rs.getObject("p90_days", Double.class),
					rs.getLong("open_overdue"), rs.getLong("letters"), rs.getLong("registered_late")))
			.list();
	}

	/** One month of the units' deadlines (by due date): closed, on time, processing time, open overdue, delay letters. */
	public record Month(String month, long closed, Double onTimeShare, Double processingDaysMedian, Double processingDaysP90,
			long openOverdue, long delayLetters) {
	}

	/**
	 * The months of a level's deadlines by their due date, oldest first: the current month and the 11 before it, no
	 * month still to come. The level is everything, its units or its caseworkers (a team); deadlines on
	 * {@code hiddenCaseIds} (cases the reader may not see) are left out.
	 */
	public List<Month> monthly(boolean everything, java.util.Collection<Long> unitIds, java.util.Collection<Long> caseworkerIds,
			Long[] hiddenCaseIds) {
		Instant now = Instant.now(clock);
		java.time.LocalDate thisMonth = java.time.LocalDate.now(clock.withZone(dk.sagsvagt.shared.WorkingDayCalendar.COPENHAGEN)).withDayOfMonth(1);
		return jdbc.sql("""
				SELECT to_char(due_date, 'YYYY-MM') AS month,
				""" + MEASURES + "FROM " + DEADLINES + """
				WHERE NOT citizen_side AND (CAST(? AS boolean) OR unit_id = ANY(?) OR caseworker_id = ANY(?))
				  AND due_date >= ? AND due_date < ?
				  AND NOT case_id = ANY(?)
				GROUP BY 1 ORDER BY 1""")
			.params(java.sql.Timestamp.from(now), everything, unitIds.toArray(Long[]::new), caseworkerIds.toArray(Long[]::new),
					thisMonth.minusMonths(11), thisMonth.plusMonths(1), hiddenCaseIds)
			.query((rs, n) -> new Month(rs.getString("month"), rs.getLong("closed"), rs.getObject("on_time", Double.class),
					rs.getObject("median_days", Double.class), rs.getObject("p90_days", Double.class), rs.getLong("open_overdue"),
					rs.getLong("letters")))
			.list();
	}

	/** One half-year of one rule: deadlines closed and the share met on time. */
	public record Period(String period, long closed, Double onTimeShare) {
	}

	/** The share of a rule's deadlines met on time per half-year of their due date (evidence for an action plan). */
	public List<Period> onTimeByHalfYear(String ruleCode) {
		return jdbc.sql("""
				SELECT extract(year FROM due_date)::int || '-' || CASE WHEN extract(month FROM due_date) <= 6 THEN '1' ELSE '2' END AS period,
				       count(*) AS closed, avg(CASE WHEN status = 'MET' THEN 1.0 ELSE 0.0 END)::float8 AS on_time
				FROM deadlines.deadline WHERE rule_code = ? AND status IN ('MET', 'MET_LATE') AND NOT citizen_side
				GROUP BY 1 ORDER BY 1""")
			.param(ruleCode)
			.query((rs, n) -> new Period(rs.getString(1), rs.getLong(2), rs.getObject(3, Double.class)))
			.list();
	}

	/** The lines as CSV (semicolon-separated, as Danish spreadsheets expect, UTF-8 with BOM; no cell runs as a formula). */
	public byte[] csv(List<Line> lines) {
		StringBuilder out = new StringBuilder("\uFEFF").append(String.join(";", HEADER)).append("\r\n");
		for (Line l : lines) {
			out.append(Csv.line(cells(l, v -> v == null ? "" : String.format(java.util.Locale.forLanguageTag("da"), "%.2f", v))))
				.append("\r\n");
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The lines as an XLSX workbook that Excel and LibreOffice open. */
	public byte[] xlsx(List<Line> lines) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("Fristoverholdelse");
			Row header = sheet.createRow(0);
			for (int i = 0; i < HEADER.size(); i++) {
				header.createCell(i).setCellValue(HEADER.get(i));
			}
			int r = 1;
			for (Line l : lines) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(l.unit());
				row.createCell(1).setCellValue(l.caseType());
				row.createCell(2).setCellValue(l.month());
				row.createCell(3).setCellValue(l.closed());
				number(row, 4, l.metOnTimeShare());
				number(row, 5, l.processingDaysMedian());
				number(row, 6, l.processingDaysP90());
				row.createCell(7).setCellValue(l.openOverdue());
				row.createCell(8).setCellValue(l.delayLetters());
				row.createCell(9).setCellValue(l.registeredLate());
			}
			for (int i = 0; i < HEADER.size(); i++) {
				sheet.autoSizeColumn(i);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void number(Row row, int column, Double value) {
		if (value != null) {
			row.createCell(column).setCellValue(value);
		}
	}

	private static List<String> cells(Line l, Function<Double, String> number) {
		return List.of(l.unit(), l.caseType(), l.month(), Long.toString(l.closed()), number.apply(l.metOnTimeShare()),
				number.apply(l.processingDaysMedian()), number.apply(l.processingDaysP90()), Long.toString(l.openOverdue()),
				Long.toString(l.delayLetters()), Long.toString(l.registeredLate()));
	}
}
