package dk.sagsvagt.decisions;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

import dk.sagsvagt.decisions.internal.DecisionDispatches;

/**
 * Hands one recipient's letter to the Digital Post service. Accepting it is not delivering it: the service's
 * receipt comes later, to {@link DecisionDispatches#receipt}, and only then is the letter received.
 */
public interface DigitalPost {

	/**
	 * One recipient's letter: {@code messageId} is the message's own id, which the receipt names; {@code kle} the
	 * case's KLE number.
	 */
	record Letter(UUID messageId, String caseNumber, String kle, String documentNumber, String title, long citizenId, Path pdf,
			Instant sentAt) {
	}

	/** Whether a citizen can receive Digital Post, by the service's registration check. */
	enum Reach {
		/** Registered: the letter can go by Digital Post. */
		DIGITAL_POST,
		/** Not registered, or exempt: the letter must go by post. */
		NOT_REGISTERED,
		/** The check could not be made (the service did not answer); nothing is assumed. */
		UNKNOWN
	}

	/** Hands the letter over; returns when the service has accepted it and throws when it has not (retried). */
	void send(Letter letter);

	/** Whether the citizen can receive Digital Post now. */
	Reach reach(long citizenId);
}
