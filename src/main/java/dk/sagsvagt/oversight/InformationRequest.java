package dk.sagsvagt.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A request from an oversight body with its items. */
public record InformationRequest(long id, String caseNumber, String body, String bodyName, String bodyReference,
		LocalDate receivedOn, String text, LocalDate answerDue, String responsible, Long reminderOf, String status,
		String signedOffBy, Instant signedOffAt, String answeredBy, Instant answeredAt, String coverLetterDocument,
		String bundleDocument, List<RequestItem> items) {

	public List<RequestItem> openItems() {
		return items.stream().filter(RequestItem::open).toList();
	}

	public boolean answered() {
		return status.equals("ANSWERED");
	}
}
