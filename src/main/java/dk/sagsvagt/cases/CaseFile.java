package dk.sagsvagt.cases;

import java.time.Instant;

/** A case in the register. {@code primaryCitizenId} is null only for cases about the administration's own work. */
public record CaseFile(long id, String caseNumber, String caseType, String caseTypeName, String kle, String title,
		Long primaryCitizenId, long unitId, Long caseworkerId, CaseStatus status, Instant openedAt, Instant closedAt) {

	public boolean isOpen() {
		return status == CaseStatus.OPEN;
	}
}
