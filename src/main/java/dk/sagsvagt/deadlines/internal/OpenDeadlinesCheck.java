package dk.sagsvagt.deadlines.internal;

import java.util.List;

import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.ClosingCheck;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A case is not closed while one of the municipality's deadlines on it is open: each must be met or ended with a
 * reason first, or the 24-hour assessment would stay "Åben" on a closed case and on the worklist. The citizen's own
 * deadline (the complaint period, retssikkerhedsloven § 67) does not hold the case open. Migration V48 backs this.
 */
@Component
class OpenDeadlinesCheck implements ClosingCheck {

	private final JdbcClient jdbc;

	OpenDeadlinesCheck(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<String> openItems(CaseFile caseFile) {
		return jdbc.sql("""
				SELECT r.name FROM deadlines.deadline d
				JOIN deadlines.rule r ON r.code = d.rule_code AND r.variant = d.variant AND r.effective_from = d.rule_effective_from
				WHERE d.case_id = ? AND d.status = 'OPEN' AND NOT d.citizen_side ORDER BY d.due_at, d.id""")
			.param(caseFile.id())
			.query(String.class)
			.list()
			.stream()
			.map(name -> "fristen '" + name + "' er åben")
			.toList();
	}
}
