package dk.sagsvagt.decisions.internal.serviceplatformen;

/**
 * The Digital Post service could not be reached or refused a call. The message is Danish and names no person:
 * it is kept on the letter for the administrator and the hand-over is retried.
 */
class DigitalPostException extends RuntimeException {

	DigitalPostException(String message) {
		super(message);
	}

	DigitalPostException(String message, Throwable cause) {
		super(message, cause);
	}
}
