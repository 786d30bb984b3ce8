package dk.sagsvagt.decisions.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.beans.factory.ObjectProvider;

import dk.sagsvagt.decisions.internal.DecisionDispatches;
import dk.sagsvagt.decisions.DecisionSent;
import dk.sagsvagt.decisions.DeliveryChannel;
import dk.sagsvagt.decisions.DigitalPost;
import dk.sagsvagt.decisions.DigitalPostMode;
import dk.sagsvagt.journal.Journal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Hands a sent decision's letters to Digital Post after the sending transaction has committed, one per recipient.
 * The event publication registry keeps the event until every letter is handed over, so a crash or a refused
 * hand-over is retried rather than lost, and a rolled-back send never reaches the citizen. A letter already handed
 * over is not handed over again. In manual mode nothing is handed over: a person sends the letter.
 */
@Component
class DigitalPostDispatch {

	private final ObjectProvider<DigitalPost> digitalPost;

	private final DigitalPostMode mode;

	private final DecisionDispatches dispatches;

	private final Journal journal;

	private final Clock clock;

	DigitalPostDispatch(ObjectProvider<DigitalPost> digitalPost, DigitalPostMode mode, DecisionDispatches dispatches, Journal journal,
			Clock clock) {
		this.digitalPost = digitalPost;
		this.mode = mode;
		this.dispatches = dispatches;
		this.journal = journal;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(DecisionSent sent) {
		if (sent.channel() != DeliveryChannel.DIGITAL_POST || !mode.handsOver()) {
			return;
		}
		DigitalPost service = digitalPost.getObject();
		for (DecisionDispatches.Dispatch letter : dispatches.pending(sent.decisionId())) {
			try {
				service.send(new DigitalPost.Letter(letter.messageId(), sent.caseNumber(), sent.kle(), sent.letterDocumentNumber(), sent.title(),
						letter.citizenId(), journal.fileForDispatch(sent.letterDocumentNumber()), sent.sentAt()));
			}
			catch (RuntimeException e) {
				dispatches.handOverFailed(letter.messageId(), e.getClass().getSimpleName() + ": " + e.getMessage());
				throw e;
			}
			dispatches.handedOver(letter.messageId(), Instant.now(clock));
		}
	}
}
