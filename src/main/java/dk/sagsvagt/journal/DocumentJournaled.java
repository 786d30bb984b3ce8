package dk.sagsvagt.journal;

import java.time.Instant;

/** Published when a document or a new version of one is journaled. */
public record DocumentJournaled(long documentId, String documentNumber, int version, long caseId, DocumentKind kind,
		Direction direction, Instant journaledAt) {
}
