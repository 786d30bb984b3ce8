package dk.sagsvagt.decisions.internal;

import java.nio.file.Files;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.sagsvagt.decisions.internal.DecisionDispatches;
import dk.sagsvagt.decisions.DigitalPost;

/**
 * The demo profile's Digital Post (sagsvagt.digital-post.mode=demo, refused outside it): it reaches no one, and
 * answers each letter with a delivery receipt dated when the letter was sent, through the same path a real receipt
 * takes. It logs the case and document number, never a CPR number or the letter's content.
 */
class DemoDigitalPost implements DigitalPost {

	private static final Logger log = LoggerFactory.getLogger(DemoDigitalPost.class);

	private final DecisionDispatches dispatches;

	DemoDigitalPost(DecisionDispatches dispatches) {
		this.dispatches = dispatches;
	}

	/** In the demo everyone is registered for Digital Post. */
	@Override
	public Reach reach(long citizenId) {
		return Reach.DIGITAL_POST;
	}

	@Override
	public void send(Letter letter) {
		if (!Files.isReadable(letter.pdf())) {
			throw new IllegalStateException("The letter " + letter.documentNumber() + " has no readable file");
		}
		log.info("Digital Post (demo, delivered to no one): letter {} in case {}", letter.documentNumber(), letter.caseNumber());
		dispatches.receipt("demo-" + letter.messageId(), letter.messageId(), DecisionDispatches.Outcome.DELIVERED, letter.sentAt(),
				"Demo: leveret uden at forlade Sagsvagt");
	}
}
