package dk.sagsvagt.shared;

import java.util.List;
import java.util.regex.Pattern;

/**
 * CSV cells as Danish spreadsheets read them (semicolon-separated), safe to open: a cell that Excel or LibreOffice
 * would run as a formula (it starts with {@code = + - @}, a tab or a carriage return; OWASP's advice on CSV injection)
 * gets a leading apostrophe, so {@code =HYPERLINK(...)} in a unit name is shown as text. Plain numbers, also negative
 * ones, are kept. A cell with a separator, a quote or a line break is quoted.
 */
public final class Csv {

	private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

	private Csv() {
	}

	public static String cell(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 && !NUMBER.matcher(value).matches() ? "'" + value : value;
		if (safe.indexOf(';') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0 || safe.indexOf('\r') >= 0) {
			return '"' + safe.replace("\"", "\"\"") + '"';
		}
		return safe;
	}

	/** The cells as one line, without its line ending. */
	public static String line(List<String> cells) {
		return String.join(";", cells.stream().map(Csv::cell).toList());
	}
}
