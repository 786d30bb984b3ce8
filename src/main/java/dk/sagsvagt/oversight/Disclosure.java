package dk.sagsvagt.oversight;

import java.time.Instant;

/**
 * One document (in one version) given to an outside body, for a request or (with a reason and the case its sending is
 * journaled in) on the administration's own initiative, approved by a named person.
 */
public record Disclosure(String documentNumber, int version, String body, Long requestId, Instant disclosedAt, String approvedBy,
		String reason, String sendingCaseNumber) {
}
