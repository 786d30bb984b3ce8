package dk.sagsvagt.oversight;

import java.time.LocalDate;
import java.util.List;

/**
 * A request as registered: the body, its reference and text, when it came and when the body wants the answer, who
 * answers, the earlier request it repeats (rykker), and its items: listed one by one, and/or one per flagged case
 * of a supervision round ({@code perFlaggedCaseOfRound} with {@code perCaseText}, e.g. "Al dokumentation om sagen").
 */
public record NewRequest(String body, String bodyReference, LocalDate receivedOn, String text, LocalDate answerDue,
		String responsible, Long reminderOf, List<String> items, Long perFlaggedCaseOfRound, String perCaseText) {
}
