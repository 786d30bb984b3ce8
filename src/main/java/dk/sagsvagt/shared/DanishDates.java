package dk.sagsvagt.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a Danish reader writes them in letters and notes: "22. marts 2018" (never an ISO date). */
public final class DanishDates {

	private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da"));

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag("da"));

	private DanishDates() {
	}

	/** "22. marts 2018", or an empty text for no date. */
	public static String longDate(LocalDate date) {
		return date == null ? "" : LONG.format(date);
	}

	/** "november 2026" for the month {@code 2026-11} as statistics key it; the text unchanged if it is not one. */
	public static String month(String yearMonth) {
		try {
			return MONTH.format(java.time.YearMonth.parse(yearMonth));
		}
		catch (java.time.format.DateTimeParseException | NullPointerException e) {
			return yearMonth == null ? "" : yearMonth;
		}
	}

	/** "1 dag", "12 dage": a number of days rounded to whole days, with Danish grammar. */
	public static String days(double days) {
		long whole = Math.round(days);
		return whole + (whole == 1 ? " dag" : " dage");
	}

	/** The day in Copenhagen an instant falls on, as {@link #longDate(LocalDate)}. */
	public static String longDate(Instant at) {
		return at == null ? "" : longDate(at.atZone(WorkingDayCalendar.COPENHAGEN).toLocalDate());
	}
}
