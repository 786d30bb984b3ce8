package dk.sagsvagt.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The step before an action that cannot be undone: the page ({@code confirm.html}) says what will happen, in the
 * message {@code summaryKey} with its arguments, and posts the same form again to {@code action} with
 * {@code confirmed=true}. {@code fields} are the submitted inputs, sent on unchanged as hidden fields.
 */
public record Confirmation(String headingKey, String summaryKey, List<Object> summaryArgs, String action, Map<String, String> fields,
		String yesKey, String cancelHref) {

	public Confirmation {
		summaryArgs = List.copyOf(summaryArgs);
		Map<String, String> kept = new LinkedHashMap<>(fields == null ? Map.of() : fields);
		kept.remove("confirmed");
		kept.remove("_csrf");
		fields = kept;
	}

	public Object[] args() {
		return summaryArgs.toArray();
	}
}
