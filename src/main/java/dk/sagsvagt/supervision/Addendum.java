package dk.sagsvagt.supervision;

import java.time.Instant;

/**
 * A correction to a concluded round (issue 17): numbered within the round, about one of its cases or the round as a
 * whole, journaled as its own document in the round's case; it never changes once written.
 */
public record Addendum(int seq, String caseNumber, String text, String documentNumber, String createdBy, String createdByName,
		Instant createdAt) {
}
