package dk.sagsvagt.inquiries;

import java.time.LocalDate;
import java.util.List;

/**
 * An item on a committee meeting's agenda; {@code inquiryId} is set when it puts an inquiry forward, and
 * {@code documents} are attached to an item that puts a report before the committee ({@code summary} is then its case
 * presentation, the sagsfremstilling).
 */
public record AgendaItem(long id, long meetingId, String committee, LocalDate meetsOn, int position, String title, String summary,
		Long inquiryId, String inquiryCaseNumber, List<AgendaDocument> documents) {

	public AgendaItem {
		documents = documents == null ? List.of() : List.copyOf(documents);
	}
}
