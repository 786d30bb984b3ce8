package dk.sagsvagt.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a Danish reader writes them in letters and notes: "22. marts 2018" (never an ISO date). */
public final class DanishDates {

	private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da"));

	private DanishDates() {
	}

	/** "22. marts 2018", or an empty text for no date. */
	public static String longDate(LocalDate date) {
		return date == null ? "" : LONG.format(date);
	}

	/** The day in Copenhagen an instant falls on, as {@link #longDate(LocalDate)}. */
	public static String longDate(Instant at) {
		return at == null ? "" : longDate(at.atZone(WorkingDayCalendar.COPENHAGEN).toLocalDate());
	}
}
