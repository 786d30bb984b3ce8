package dk.sagsvagt.cases;

import java.time.Instant;

/**
 * Published when a case is registered, in the registering transaction. {@code receivedAt} is when the municipality
 * received what opened the case (the notification, the application, the request), from which the law's deadlines
 * run; it is null for a case moved from an older system, whose deadline events come with its history.
 */
public record CaseOpened(long caseId, String caseNumber, String caseType, long unitId, Long caseworkerId, Instant openedAt,
		Instant receivedAt, String openedBy) {
}
