package dk.sagsvagt.oversight;

import java.time.LocalDate;

/** A complaint against a decision, through reconsideration and Ankestyrelsen's outcome. */
public record Complaint(long id, long decisionId, String caseNumber, String legalBasis, LocalDate receivedOn, String channel, String text,
		LocalDate complaintDeadline, boolean late, String lateAcceptedReason, ComplaintStatus status, LocalDate reconsideredOn, String remarks,
		LocalDate forwardedOn, String bundleDocument, String boardOutcome, LocalDate boardDecidedOn, String learningPoints) {
}
