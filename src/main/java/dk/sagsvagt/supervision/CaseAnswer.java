package dk.sagsvagt.supervision;

import java.time.Instant;

/** One answer to one question for one case at one review level (0: pre-filled by the system). */
public record CaseAnswer(String question, int level, String answer, String comment, String answeredBy, Instant answeredAt) {

	public boolean prefilled() {
		return level == 0;
	}
}
