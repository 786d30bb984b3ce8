package dk.sagsvagt.inquiries;

import java.time.LocalDate;

/** An item on a committee meeting's agenda; {@code inquiryId} is set when it puts an inquiry forward. */
public record AgendaItem(long id, long meetingId, String committee, LocalDate meetsOn, int position, String title, String summary,
		Long inquiryId, String inquiryCaseNumber) {
}
