package dk.sagsvagt.shared;

/**
 * Input that breaks a rule. {@code field} names the input at fault (the API field or form field), and the
 * message is Danish and shown next to that field.
 */
public class InvalidInputException extends RuntimeException {

	private final String field;

	public InvalidInputException(String field, String danishMessage) {
		super(danishMessage);
		this.field = field;
	}

	public String field() {
		return field;
	}
}
