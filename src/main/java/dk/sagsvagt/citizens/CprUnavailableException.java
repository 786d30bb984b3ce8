package dk.sagsvagt.citizens;

/** The CPR register could not answer; the message is Danish and holds no CPR number. */
public class CprUnavailableException extends RuntimeException {

	public CprUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}
}
