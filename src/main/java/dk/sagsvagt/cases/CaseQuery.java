package dk.sagsvagt.cases;

/** Narrows a case list; a null part means any. */
public record CaseQuery(Long unitId, CaseStatus status, Long caseworkerId) {

	public static CaseQuery mine(long staffId) {
		return new CaseQuery(null, CaseStatus.OPEN, staffId);
	}
}
