package dk.sagsvagt.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * How an integration with the national infrastructure (Digital Post, CPR) runs, chosen by the operator (issue 20).
 * Outside the {@code demo} profile the application refuses to start while an integration is unconfigured or set to
 * its demo adapter: a letter "received" that was never delivered, or a person "looked up" who was typed in, must not
 * pass for the real thing. The operator may choose {@code manual} explicitly, and the application then says so
 * where it matters.
 */
public final class IntegrationModes {

	private IntegrationModes() {
	}

	/**
	 * The mode in {@code property} (e.g. {@code sagsvagt.digital-post.mode}), one of {@code modes} by its lower-case
	 * name; a mode named {@code DEMO} only in the {@code demo} profile. Throws at start-up otherwise.
	 */
	public static <M extends Enum<M>> M require(Environment environment, String property, String service, Class<M> modes) {
		String value = environment.getProperty(property);
		String allowed = Arrays.stream(modes.getEnumConstants()).map(m -> m.name().toLowerCase(Locale.ROOT))
			.filter(m -> !m.equals("demo"))
			.collect(Collectors.joining(" or "));
		if (value == null || value.isBlank()) {
			throw new IllegalStateException("Refusing to start: " + service + " is not configured. Set " + property + " to "
					+ allowed + " (see the README), or run with --spring.profiles.active=demo.");
		}
		M mode = Arrays.stream(modes.getEnumConstants())
			.filter(m -> m.name().equalsIgnoreCase(value.strip()))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Refusing to start: " + property + "=" + value + " is not a mode of "
					+ service + "; use " + allowed + "."));
		if (mode.name().equals("DEMO") && !environment.acceptsProfiles(Profiles.of("demo"))) {
			throw new IllegalStateException("Refusing to start: " + property + "=demo pretends to reach " + service
					+ " and runs only in the demo profile. Set " + property + " to " + allowed + ".");
		}
		return mode;
	}
}
