package dk.sagsvagt.decisions.internal;

import dk.sagsvagt.decisions.DecisionSent;
import dk.sagsvagt.decisions.DeliveryChannel;
import dk.sagsvagt.decisions.DigitalPost;
import dk.sagsvagt.journal.Journal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hands a sent decision's letter to Digital Post after the sending transaction has committed. The event
 * publication registry keeps the event until this succeeds, so a crash or a failed delivery is retried on restart
 * rather than lost, and a rolled-back send never reaches the citizen.
 */
@Component
class DigitalPostDispatch {

	private final DigitalPost digitalPost;

	private final Journal journal;

	DigitalPostDispatch(DigitalPost digitalPost, Journal journal) {
		this.digitalPost = digitalPost;
		this.journal = journal;
	}

	@ApplicationModuleListener
	void on(DecisionSent sent) {
		if (sent.channel() == DeliveryChannel.DIGITAL_POST) {
			digitalPost.send(sent.caseNumber(), sent.letterDocumentNumber(), "Afgørelse", sent.recipientCitizenIds(),
					journal.fileForDispatch(sent.letterDocumentNumber()));
		}
	}
}
