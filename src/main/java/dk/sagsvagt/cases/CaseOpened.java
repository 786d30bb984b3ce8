package dk.sagsvagt.cases;

import java.time.Instant;

/** Published when a case is registered. */
public record CaseOpened(long caseId, String caseNumber, String caseType, long unitId, Instant openedAt) {
}
