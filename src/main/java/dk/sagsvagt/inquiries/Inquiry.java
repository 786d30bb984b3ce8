package dk.sagsvagt.inquiries;

import java.time.LocalDate;
import java.util.List;

/** A citizen's inquiry as the staff see it; {@code replyDue} is the service target's date, from the deadline. */
public record Inquiry(long id, String caseNumber, long unitId, String addressedTo, String channel, LocalDate receivedOn,
		String citizenName, String subject, String text, List<String> topics, long assigneeId, String assigneeName, String status,
		String replyDocument, LocalDate repliedOn, LocalDate replyDue, String replyDeadlineStatus, List<String> linkedCases,
		List<AgendaItem> agendaItems) {

	public boolean answered() {
		return status.equals("ANSWERED");
	}
}
