package dk.sagsvagt.access.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the access module itself records: assignments, disclosures and special protection. */
@Component
public class Grants {

	private final JdbcClient jdbc;

	Grants(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Whether the user holds a current grant of the case; with {@code work}, only one for the user's own work (a
	 * supervision grant is for reading).
	 */
	public boolean isAssigned(String username, long caseId, boolean work) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM access.case_assignment
				               WHERE username = ? AND case_id = ? AND ended_at IS NULL AND (kind = 'WORK' OR NOT ?))""")
			.params(username, caseId, work)
			.query(Boolean.class)
			.single();
	}

	public Long[] assignedCases(String username) {
		return jdbc.sql("SELECT DISTINCT case_id FROM access.case_assignment WHERE username = ? AND ended_at IS NULL")
			.param(username)
			.query(Long.class)
			.list()
			.toArray(Long[]::new);
	}

	public boolean isDisclosed(String body, String documentNumber) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM access.document_disclosure WHERE body = ? AND document_number = ?)")
			.params(body, documentNumber)
			.query(Boolean.class)
			.single();
	}

	/** Whether the case or one of the citizens is protected and the user is not named for every such protection. */
	public boolean isBlocked(String username, long caseId, List<Long> citizenIds) {
		return jdbc.sql("""
				SELECT EXISTS (
				    SELECT 1 FROM access.protection p
				    WHERE (p.case_id = ? OR p.citizen_id = ANY(?))
				      AND NOT EXISTS (SELECT 1 FROM access.protection_reader r WHERE r.protection_id = p.id AND r.username = ?))""")
			.params(caseId, citizenIds.toArray(Long[]::new), username)
			.query(Boolean.class)
			.single();
	}

	public Long[] blockedCases(String username) {
		return blocked("case_id", username);
	}

	public Long[] blockedCitizens(String username) {
		return blocked("citizen_id", username);
	}

	private Long[] blocked(String column, String username) {
		return jdbc.sql("SELECT p." + column + " FROM access.protection p WHERE p." + column + " IS NOT NULL AND NOT EXISTS "
				+ "(SELECT 1 FROM access.protection_reader r WHERE r.protection_id = p.id AND r.username = ?)")
			.param(username)
			.query(Long.class)
			.list()
			.toArray(Long[]::new);
	}
}
