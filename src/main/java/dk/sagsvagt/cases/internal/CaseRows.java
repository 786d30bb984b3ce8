package dk.sagsvagt.cases.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.CaseStatus;
import dk.sagsvagt.cases.PartyRole;

/** SQL of the case register, shared by its services. */
public final class CaseRows {

	public static final String SELECT_CASE = """
			SELECT f.id, f.case_number, f.case_type, t.name AS case_type_name, f.kle, f.title, f.primary_citizen_id,
			       f.unit_id, f.caseworker_id, f.status, f.opened_at, f.closed_at
			FROM cases.case_file f JOIN cases.case_type t ON t.code = f.case_type
			""";

	/** The order a case shows its parties in: the primary party first, then as they were added. */
	public static final String PARTY_ORDER = "ORDER BY role = 'PRIMARY' DESC, added_at, citizen_id, role";

	/**
	 * The case with this number, with its party rows as "citizen id:role" in {@link #PARTY_ORDER}, read in one query
	 * (the case page is the most read page of all).
	 */
	public static final String CASE_WITH_PARTIES_BY_NUMBER = "SELECT c.*, ARRAY(SELECT citizen_id || ':' || role FROM cases.case_party "
			+ "WHERE case_id = c.id " + PARTY_ORDER + ") AS parties FROM (" + SELECT_CASE + "WHERE f.case_number = ?) c";

	/** A party row: who, in which role. */
	public record PartyRow(long citizenId, PartyRole role) {
	}

	private CaseRows() {
	}

	public static PartyRow partyRow(ResultSet rs, int row) throws SQLException {
		return new PartyRow(rs.getLong("citizen_id"), PartyRole.valueOf(rs.getString("role")));
	}

	/** The party rows of {@link #CASE_WITH_PARTIES_BY_NUMBER}. */
	public static List<PartyRow> partyRows(ResultSet rs) throws SQLException {
		List<PartyRow> rows = new ArrayList<>();
		for (String r : (String[]) rs.getArray("parties").getArray()) {
			int colon = r.indexOf(':');
			rows.add(new PartyRow(Long.parseLong(r.substring(0, colon)), PartyRole.valueOf(r.substring(colon + 1))));
		}
		return rows;
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
