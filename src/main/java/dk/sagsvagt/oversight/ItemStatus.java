package dk.sagsvagt.oversight;

/**
 * Where one item of an oversight body's request stands: open, answered with the documents that answer it, or
 * answered as one the administration cannot answer, with the reason. Backed by the CHECK on
 * {@code oversight.item.status}; an answered item may be answered again until the request is sent.
 */
public enum ItemStatus {

	OPEN, ANSWERED, CANNOT_ANSWER;

	public boolean isOpen() {
		return this == OPEN;
	}

	/** Answered with documents (not as one that cannot be answered). */
	public boolean isAnswered() {
		return this == ANSWERED;
	}
}
