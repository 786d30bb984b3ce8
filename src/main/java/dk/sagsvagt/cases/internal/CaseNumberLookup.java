package dk.sagsvagt.cases.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import dk.sagsvagt.access.CaseNumbers;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The case register's answer to {@link CaseNumbers}: one query for all the ids. */
@Component
class CaseNumberLookup implements CaseNumbers {

	private final JdbcClient jdbc;

	CaseNumberLookup(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<Long, String> of(Collection<Long> caseIds) {
		Map<Long, String> numbers = new HashMap<>();
		if (caseIds.isEmpty()) {
			return numbers;
		}
		jdbc.sql("SELECT id, case_number FROM cases.case_file WHERE id = ANY(?)")
			.param(caseIds.toArray(Long[]::new))
			.query(rs -> {
				numbers.put(rs.getLong(1), rs.getString(2));
			});
		return numbers;
	}
}
