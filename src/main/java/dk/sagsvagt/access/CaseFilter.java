package dk.sagsvagt.access;

/**
 * The cases a user may see, as a filter a module can put into SQL:
 * {@code (everything OR unit_id = ANY(unitIds) OR caseworker_id = ANY(caseworkerIds) OR id = ANY(assignedCaseIds))
 * AND NOT id = ANY(blockedCaseIds) AND no party is in blockedCitizenIds}.
 */
public record CaseFilter(boolean everything, Long[] unitIds, Long[] caseworkerIds, Long[] assignedCaseIds,
		Long[] blockedCaseIds, Long[] blockedCitizenIds) {

	/**
	 * The SQL condition for a case table aliased {@code f} with a party table {@code cases.case_party}; 6 parameters.
	 * A named exception to "no module reads another's tables" (docs/architecture.md): the access policy's scope has
	 * to filter inside each module's own query, on the database, or a list of a million cases would be filtered in
	 * memory; the condition names only the case register's columns every module may join on.
	 */
	public static final String SQL = """
			(CAST(? AS boolean) OR f.unit_id = ANY(?) OR f.caseworker_id = ANY(?) OR f.id = ANY(?))
			AND NOT f.id = ANY(?)
			AND NOT EXISTS (SELECT 1 FROM cases.case_party bp WHERE bp.case_id = f.id AND bp.citizen_id = ANY(?))""";

	public Object[] parameters() {
		return new Object[] { everything, unitIds, caseworkerIds, assignedCaseIds, blockedCaseIds, blockedCitizenIds };
	}

	/**
	 * Whether the user sees only a few cases: their own, a team's, those assigned to them, and no whole unit. A
	 * search over such a filter starts from the user's cases rather than from everyone's newest.
	 */
	public boolean narrow() {
		return !everything && unitIds.length == 0;
	}

	public boolean isEmpty() {
		return !everything && unitIds.length == 0 && caseworkerIds.length == 0 && assignedCaseIds.length == 0;
	}
}
