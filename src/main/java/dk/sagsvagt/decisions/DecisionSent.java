package dk.sagsvagt.decisions;

import java.time.Instant;
import java.util.List;

import dk.sagsvagt.decisions.internal.DecisionDispatches;

/**
 * A decision letter was journaled and is to be delivered; published in the sending transaction. {@code channel}
 * says how; a letter by Digital Post is received when its receipt says so ({@link DecisionDispatches}).
 */
public record DecisionSent(long decisionId, long caseId, String caseNumber, String kle, String title, String letterDocumentNumber,
		DeliveryChannel channel, Instant sentAt, List<Long> recipientCitizenIds) {

	public DecisionSent {
		recipientCitizenIds = List.copyOf(recipientCitizenIds);
	}
}
