package dk.sagsvagt.shared;

import java.util.Map;

/** The request conflicts with the current state. The message is Danish and shown to the user. */
public class ConflictException extends RuntimeException {

	public ConflictException(String danishMessage) {
		super(danishMessage);
	}

	/** Extra members of the problem response, e.g. the items that are still open. */
	public Map<String, Object> properties() {
		return Map.of();
	}
}
