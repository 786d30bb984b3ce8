package dk.sagsvagt.shared;

/** The user may not see or do this. The message is Danish and shown to the user. */
public class AccessDeniedException extends RuntimeException {

	public AccessDeniedException(String danishMessage) {
		super(danishMessage);
	}
}
