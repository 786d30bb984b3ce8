package dk.sagsvagt.shared;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.text.Normalizer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Text for the log with anything shaped like a CPR number masked. Database errors quote the values that broke a
 * constraint, so an exception's text may hold a CPR number.
 * <p>
 * A CPR number is found however it is written: with or without a dash, with a space, an en or em dash, a minus sign,
 * a non-breaking space or dots between the parts ({@code 230649-3494}, {@code 230649 3494}, {@code 230649–3494},
 * {@code 23.06.49-3494}), also in full-width or other Unicode digits.
 */
public final class LogSafe {

	private static final String SEPARATOR = "[\\s\\p{Pd}\\p{Cf}\\u2212.]{0,3}";

	private static final Pattern CPR_SHAPED = Pattern.compile("(?<!\\d)\\d{2}" + SEPARATOR + "\\d{2}" + SEPARATOR + "\\d{2}"
			+ SEPARATOR + "\\d{4}(?!\\d)", Pattern.UNICODE_CHARACTER_CLASS);

	private LogSafe() {
	}

	public static String mask(String text) {
		return replaceCprNumbers(text, digits -> digits.substring(0, 6) + "-XXXX");
	}

	/**
	 * The text with every CPR-shaped number replaced by what the function makes of its ten digits (ASCII, no
	 * separators), so that every way of writing one number is replaced alike.
	 */
	public static String replaceCprNumbers(String text, UnaryOperator<String> replacement) {
		if (text == null) {
			return null;
		}
		String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC);
		return CPR_SHAPED.matcher(normalised).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(replacement.apply(digits(m.group()))));
	}

	private static String digits(String written) {
		StringBuilder digits = new StringBuilder(10);
		written.codePoints().filter(Character::isDigit).forEach(c -> digits.append(Character.forDigit(Character.digit(c, 10), 10)));
		return digits.toString();
	}

	/** The throwable with its causes and stack, CPR-like numbers masked. */
	public static String stackTrace(Throwable e) {
		StringWriter out = new StringWriter();
		e.printStackTrace(new PrintWriter(out));
		return mask(out.toString());
	}
}
