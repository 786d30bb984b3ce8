package dk.sagsvagt.cases;

import java.time.Instant;

/** A case in the register. */
public record CaseFile(long id, String caseNumber, String caseType, String caseTypeName, String kle, String title,
		long primaryCitizenId, long unitId, Long caseworkerId, CaseStatus status, Instant openedAt, Instant closedAt) {

	public boolean isOpen() {
		return status == CaseStatus.OPEN;
	}
}
