package dk.sagsvagt.shared;

/** Something the user asked for does not exist. The message is Danish and shown to the user. */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String danishMessage) {
		super(danishMessage);
	}
}
