package dk.sagsvagt.decisions;

import java.nio.file.Path;
import java.util.List;

/**
 * Delivers a letter to citizens' Digital Post mailboxes. The implementation here only logs; the national
 * integration replaces it.
 */
public interface DigitalPost {

	/** Hands the letter over for delivery; throws when it could not be (the sender retries). */
	void send(String caseNumber, String documentNumber, String title, List<Long> recipientCitizenIds, Path pdf);
}
