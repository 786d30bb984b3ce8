package dk.sagsvagt.shared;

/** Input larger than allowed, such as an upload over the limit; answered with 413. */
public class TooLargeException extends InvalidInputException {

	public TooLargeException(String field, String danishMessage) {
		super(field, danishMessage);
	}
}
