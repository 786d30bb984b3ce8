package dk.sagsvagt.oversight;

import java.util.List;

/** One item of a request: OPEN, ANSWERED with the documents that answer it, or CANNOT_ANSWER with the reason. */
public record RequestItem(long id, int seq, String text, String subjectCaseNumber, ItemStatus status, String reason,
		List<String> documents) {

	public boolean open() {
		return status.isOpen();
	}
}
