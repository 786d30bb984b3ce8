package dk.sagsvagt.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a Danish reader writes them in letters and notes: "22. marts 2018" (never an ISO date). */
public final class DanishDates {

	private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da"));

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.forLanguageTag("da"));

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

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

	/** "05-12-2026", the day in Copenhagen of a date or a moment (an instant, a zoned or offset time); empty for none. */
	public static String day(java.time.temporal.TemporalAccessor at) {
		return at == null ? "" : DAY.format(inCopenhagen(at));
	}

	/** "05-12-2026 14:30" in Copenhagen. */
	public static String dayTime(java.time.temporal.TemporalAccessor at) {
		return at == null ? "" : DAY_TIME.format(inCopenhagen(at));
	}

	/** "14:30" in Copenhagen. */
	public static String time(java.time.temporal.TemporalAccessor at) {
		return at == null ? "" : TIME.format(inCopenhagen(at));
	}

	/** "5. december 2026", the day in Copenhagen of a date or a moment. */
	public static String longDay(java.time.temporal.TemporalAccessor at) {
		return at == null ? "" : LONG.format(inCopenhagen(at));
	}

	/** A moment as Copenhagen's local time; a date or a local time as it is. */
	private static java.time.temporal.TemporalAccessor inCopenhagen(java.time.temporal.TemporalAccessor at) {
		if (at instanceof Instant i) {
			return i.atZone(WorkingDayCalendar.COPENHAGEN);
		}
		if (at instanceof java.time.ZonedDateTime z) {
			return z.withZoneSameInstant(WorkingDayCalendar.COPENHAGEN);
		}
		if (at instanceof java.time.OffsetDateTime o) {
			return o.atZoneSameInstant(WorkingDayCalendar.COPENHAGEN);
		}
		return at;
	}
}
