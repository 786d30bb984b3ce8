package dk.sagsvagt.decisions;

import java.time.LocalDate;
import java.util.List;

/** A decision letter was journaled and is to be delivered; published in the sending transaction. */
public record DecisionSent(long decisionId, long caseId, String caseNumber, String letterDocumentNumber,
		DeliveryChannel channel, LocalDate receivedOn, List<Long> recipientCitizenIds) {

	public DecisionSent {
		recipientCitizenIds = List.copyOf(recipientCitizenIds);
	}
}
