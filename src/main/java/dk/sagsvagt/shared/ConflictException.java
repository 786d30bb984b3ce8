package dk.sagsvagt.shared;

/** The request conflicts with the current state. The message is Danish and shown to the user. */
public class ConflictException extends RuntimeException {

	public ConflictException(String danishMessage) {
		super(danishMessage);
	}
}
