package dk.sagsvagt.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A decision as saved, with the gates as they stand: evaluated today for a draft, as they stood when it was sent
 * for a sent one.
 */
public record Decision(long id, String caseNumber, String status, DecisionDraft content, String legalBasisLaw,
		String createdBy, Instant createdAt, LocalDate decidedOn, Instant sentAt, String sentBy,
		DeliveryChannel channel, LocalDate receivedOn, LocalDate complaintDeadline, String letterDocumentNumber,
		List<Gate> gates) {

	public boolean sent() {
		return status.equals("SENT");
	}

	public List<Gate> openGates() {
		return gates.stream().filter(Gate::blocks).toList();
	}
}
