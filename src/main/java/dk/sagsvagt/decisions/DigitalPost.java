package dk.sagsvagt.decisions;

import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;

/**
 * Hands one recipient's letter to the Digital Post service. Accepting it is not delivering it: the service's
 * receipt comes later, to {@link DecisionDispatches#receipt}, and only then is the letter received.
 */
public interface DigitalPost {

	/** One recipient's letter: {@code messageId} is the message's own id, which the receipt names. */
	record Letter(UUID messageId, String caseNumber, String documentNumber, String title, long citizenId, Path pdf,
			Instant sentAt) {
	}

	/** Hands the letter over; returns when the service has accepted it and throws when it has not (retried). */
	void send(Letter letter);
}
