package dk.sagsvagt.decisions;

/** How the decision reaches the citizen; it decides when the letter counts as received. */
public enum DeliveryChannel {
	/** Received the same day. */
	DIGITAL_POST,
	/** Received a configured number of working days after posting. */
	LETTER_POST
}
