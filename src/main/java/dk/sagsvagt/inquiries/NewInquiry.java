package dk.sagsvagt.inquiries;

import java.time.LocalDate;
import java.util.List;

/** What is registered when an inquiry arrives; {@code assignee} is the username of the one who answers it. */
public record NewInquiry(String addressedTo, String channel, LocalDate receivedOn, String citizenCpr, String citizenName,
		String subject, String text, List<String> topics, List<String> linkedCases, String assignee) {
}
