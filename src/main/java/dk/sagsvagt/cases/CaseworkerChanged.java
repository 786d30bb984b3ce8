package dk.sagsvagt.cases;

import java.time.Instant;

/**
 * Published, inside the transaction that changes it, when a case gets another caseworker, so that modules which copy
 * the caseworker (deadlines on worklists, inquiries) move with it.
 */
public record CaseworkerChanged(long caseId, String caseNumber, long unitId, Long fromStaffId, long toStaffId, Instant changedAt) {
}
