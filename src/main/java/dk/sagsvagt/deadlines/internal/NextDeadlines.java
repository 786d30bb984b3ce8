package dk.sagsvagt.deadlines.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import dk.sagsvagt.shared.WorkingDayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The soonest open deadline of each case (the municipality's own; a citizen's time to complain is not one). */
@Component
public class NextDeadlines {

	/**
	 * A case's next deadline: the day shown, and for a rule counted in hours its hour ({@code null} otherwise), in
	 * Copenhagen.
	 */
	public record Next(long caseId, LocalDate dueDate, LocalTime dueTime, String rule) {
	}

	private final JdbcClient jdbc;

	NextDeadlines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** By case id; the cases must already be visible to the user. */
	public Map<Long, Next> of(Collection<Long> caseIds) {
		if (caseIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("""
				SELECT DISTINCT ON (d.case_id) d.case_id, d.due_date, d.due_at, r.unit, r.name
				FROM deadlines.deadline d
				JOIN deadlines.rule r ON r.code = d.rule_code AND r.variant = d.variant AND r.effective_from = d.rule_effective_from
				WHERE d.case_id = ANY(?) AND d.status = 'OPEN' AND NOT d.citizen_side
				ORDER BY d.case_id, d.due_at, d.id""")
			.param(caseIds.toArray(Long[]::new))
			.query((rs, n) -> new Next(rs.getLong("case_id"), rs.getObject("due_date", LocalDate.class),
					"HOURS".equals(rs.getString("unit"))
							? rs.getTimestamp("due_at").toInstant().atZone(WorkingDayCalendar.COPENHAGEN).toLocalTime()
							: null,
					rs.getString("name")))
			.list()
			.stream()
			.collect(Collectors.toMap(Next::caseId, x -> x));
	}
}
