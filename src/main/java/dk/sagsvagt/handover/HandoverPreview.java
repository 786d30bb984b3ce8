package dk.sagsvagt.handover;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a handover would do, for the confirmation before it: how many cases go from whom to whom, and who takes the
 * requests and follow-ups ({@code restTo}, null when there are none).
 */
public record HandoverPreview(String fromName, int cases, Map<String, Long> casesPerColleague, String restTo, int otherWork) {

	/** "Mette Hansen (2), Hans Jensen (1)". */
	public String recipients() {
		return casesPerColleague.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")").collect(Collectors.joining(", "));
	}
}
