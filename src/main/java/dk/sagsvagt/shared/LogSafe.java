package dk.sagsvagt.shared;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Pattern;

/**
 * Text for the log with anything shaped like a CPR number masked. Database errors quote the values that broke a
 * constraint, so an exception's text may hold a CPR number.
 */
public final class LogSafe {

	private static final Pattern CPR_LIKE = Pattern.compile("(?<!\\d)(\\d{6})-?\\d{4}(?!\\d)");

	private LogSafe() {
	}

	public static String mask(String text) {
		return text == null ? null : CPR_LIKE.matcher(text).replaceAll("$1-XXXX");
	}

	/** The throwable with its causes and stack, CPR-like numbers masked. */
	public static String stackTrace(Throwable e) {
		StringWriter out = new StringWriter();
		e.printStackTrace(new PrintWriter(out));
		return mask(out.toString());
	}
}
