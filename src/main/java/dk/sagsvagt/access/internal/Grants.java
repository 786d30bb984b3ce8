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
				               WHERE username = ? AND case_id = ? AND ended_at IS NULL AND (kind = 'WORK' OR NOT ?)
				                 AND kind <> 'UNIT_LETTER')""")
			.params(username, caseId, work)
			.query(Boolean.class)
			.single();
	}

	/** The cases the user holds a current grant of; with {@code work}, only those of the user's own work. */
	public Long[] assignedCases(String username, boolean work) {
		return jdbc.sql("SELECT DISTINCT case_id FROM access.case_assignment WHERE username = ? AND ended_at IS NULL AND (kind = 'WORK' OR NOT ?) AND kind <> 'UNIT_LETTER'")
			.params(username, work)
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

	/** Whether the case or one of the citizens is specially protected at all. */
	public boolean isProtected(long caseId, List<Long> citizenIds) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM access.protection p WHERE p.case_id = ? OR p.citizen_id = ANY(?))")
			.params(caseId, citizenIds.toArray(Long[]::new))
			.query(Boolean.class)
			.single();
	}

	/** Whether a protected case has been granted explicitly to an oversight body. */
	public boolean isGrantedToBody(String body, long caseId) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM access.body_grant WHERE body = ? AND case_id = ?)")
			.params(body, caseId)
			.query(Boolean.class)
			.single();
	}

	/** The cases and citizens whose data a bundle holds. */
	public record Bundled(List<Long> caseIds, List<Long> citizenIds) {

		public static final Bundled NONE = new Bundled(List.of(), List.of());
	}

	/** What a bundle holds; {@link Bundled#NONE} for any other document. */
	public Bundled bundled(String documentNumber) {
		return jdbc.sql("SELECT case_ids, citizen_ids FROM access.bundle_content WHERE document_number = ?")
			.param(documentNumber)
			.query((rs, n) -> new Bundled(List.of((Long[]) rs.getArray(1).getArray()), List.of((Long[]) rs.getArray(2).getArray())))
			.optional()
			.orElse(Bundled.NONE);
	}

	/** The facts of each case a bundle holds, as they were when it was bundled (unit and caseworker; no citizens). */
	public List<dk.sagsvagt.access.CaseFacts> bundledCases(String documentNumber) {
		return jdbc.sql("SELECT case_id, unit_id, caseworker_id FROM access.bundle_case WHERE document_number = ? ORDER BY case_id")
			.param(documentNumber)
			.query((rs, n) -> new dk.sagsvagt.access.CaseFacts(rs.getLong(1), null, rs.getLong(2), (Long) rs.getObject(3), List.of()))
			.list();
	}

	/** Whether the user holds a current grant of the kind on the case. */
	public boolean holds(String username, long caseId, String kind) {
		return jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM access.case_assignment WHERE username = ? AND case_id = ? AND kind = ? AND ended_at IS NULL)""")
			.params(username, caseId, kind)
			.query(Boolean.class)
			.single();
	}

	/** Whether one of the cases or citizens is protected and the user is not named for it. */
	public boolean isBlockedAny(String username, List<Long> caseIds, List<Long> citizenIds) {
		if (caseIds.isEmpty() && citizenIds.isEmpty()) {
			return false;
		}
		return jdbc.sql("""
				SELECT EXISTS (
				    SELECT 1 FROM access.protection p
				    WHERE (p.case_id = ANY(?) OR p.citizen_id = ANY(?))
				      AND NOT EXISTS (SELECT 1 FROM access.protection_reader r WHERE r.protection_id = p.id AND r.username = ?))""")
			.params(caseIds.toArray(Long[]::new), citizenIds.toArray(Long[]::new), username)
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
