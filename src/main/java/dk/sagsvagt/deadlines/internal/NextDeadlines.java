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
		// the same soonest open deadline the case lists show (deadlines.soonest_open, V46)
		return jdbc.sql("""
				SELECT c.id AS case_id, s.due_date, s.due_at, s.hour_rule, s.rule_name AS name
				FROM unnest(?::bigint[]) AS c(id) CROSS JOIN LATERAL deadlines.soonest_open(c.id) s""")
			.param(caseIds.toArray(Long[]::new))
			.query((rs, n) -> new Next(rs.getLong("case_id"), rs.getObject("due_date", LocalDate.class),
					rs.getBoolean("hour_rule")
							? rs.getTimestamp("due_at").toInstant().atZone(WorkingDayCalendar.COPENHAGEN).toLocalTime()
							: null,
					rs.getString("name")))
			.list()
			.stream()
			.collect(Collectors.toMap(Next::caseId, x -> x));
	}
}
