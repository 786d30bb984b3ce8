package dk.sagsvagt.deadlines;

/** Published inside the transaction when a deadline is moved to another person's worklist outside a case handover. */
public record DeadlineOwnerChanged(long deadlineId, long fromStaffId, long toStaffId) {
}
