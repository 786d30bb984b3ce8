package dk.sagsvagt.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.CaseStatus;

/** SQL of the case register, shared by its services. */
public final class CaseRows {

	public static final String SELECT_CASE = """
			SELECT f.id, f.case_number, f.case_type, t.name AS case_type_name, f.kle, f.title, f.primary_citizen_id,
			       f.unit_id, f.caseworker_id, f.status, f.opened_at, f.closed_at
			FROM cases.case_file f JOIN cases.case_type t ON t.code = f.case_type
			""";

	private CaseRows() {
	}

	public static CaseFile caseFile(ResultSet rs, int row) throws SQLException {
		Long caseworker = rs.getObject("caseworker_id", Long.class);
		return new CaseFile(rs.getLong("id"), rs.getString("case_number"), rs.getString("case_type"),
				rs.getString("case_type_name"), rs.getString("kle"), rs.getString("title"),
				rs.getObject("primary_citizen_id", Long.class), rs.getLong("unit_id"), caseworker,
				CaseStatus.valueOf(rs.getString("status")), instant(rs.getTimestamp("opened_at")),
				instant(rs.getTimestamp("closed_at")));
	}

	public static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
