package dk.sagsvagt.decisions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dk.sagsvagt.decisions.internal.DecisionDispatches;

/**
 * A decision as saved, with the gates as they stand: evaluated today for a draft, as they stood when it was sent
 * for a sent one. Sent by Digital Post, {@code receivedOn} and {@code complaintDeadline} are known when every
 * recipient's letter is received ({@code dispatches}); until then they are null.
 */
public record Decision(long id, String caseNumber, DecisionStatus status, DecisionDraft content, String legalBasisLaw,
		String createdBy, Instant createdAt, LocalDate decidedOn, Instant sentAt, String sentBy,
		DeliveryChannel channel, LocalDate receivedOn, LocalDate complaintDeadline, String letterDocumentNumber,
		List<Gate> gates, List<DecisionDispatches.Dispatch> dispatches) {

	/** Letters still to be sent by a person (manual Digital Post), whose sending and receipt must be registered. */
	public boolean awaitsManualSending() {
		return dispatches.stream().anyMatch(d -> d.state() == DecisionDispatches.State.MANUAL || d.state() == DecisionDispatches.State.FAILED);
	}

	public boolean sent() {
		return status.isSent();
	}

	public List<Gate> openGates() {
		return gates.stream().filter(Gate::blocks).toList();
	}
}
