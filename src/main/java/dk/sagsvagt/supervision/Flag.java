package dk.sagsvagt.supervision;

import java.time.Instant;
import java.time.LocalDate;

/** A sampled case flagged for special attention, its follow-up and whether it goes to Ankestyrelsen. */
public record Flag(String caseNumber, String reason, String flaggedBy, Instant flaggedAt, String owner, LocalDate followUpDue,
		String followUpNote, Instant followedUpAt, boolean proposedForAppealsBoard, boolean chosenForAppealsBoard, String choiceNote,
		Instant sentToAppealsBoardAt) {

	public boolean followedUp() {
		return followedUpAt != null;
	}
}
