package dk.sagsvagt.oversight;

import java.time.Instant;

/** One document (in one version) given to an outside body, for a request, approved by a named person. */
public record Disclosure(String documentNumber, int version, String body, Long requestId, Instant disclosedAt, String approvedBy) {
}
