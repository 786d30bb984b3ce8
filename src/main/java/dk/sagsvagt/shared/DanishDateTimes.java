package dk.sagsvagt.shared;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A moment as a Danish user types it and reads it, in Europe/Copenhagen: "05-12-2026 15:00", "05-12-2026 kl. 15:00",
 * "5/12-2026 15.00", "5.12.2026 15:00", and "2026-12-05T15:00" as a {@code datetime-local} input sends it; shown as
 * "05-12-2026 kl. 15:00". A time that does not exist (the hour skipped when summer time starts) is refused with a
 * Danish message; a time that occurs twice (the hour repeated when it ends) is the first of the two, the earlier
 * and so the safer start of a deadline.
 */
public final class DanishDateTimes {

	private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd-MM-yyyy 'kl.' HH:mm");

	/** Day, month and year separated by - / or . ; optional "kl."; hours and minutes separated by : or . */
	private static final Pattern DANISH = Pattern.compile(
			"(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{4})(?:\\s*,?\\s+(?:kl\\.?\\s*)?(\\d{1,2})[:.](\\d{2}))?",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern ISO_LOCAL = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2}))?)?");

	private static final Pattern ISO_OFFSET = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?([+-]\\d{2}:\\d{2}|Z)");

	private DanishDateTimes() {
	}

	/**
	 * The moment typed, in Copenhagen. A date without a time is {@code timeOfDayIfNone} that day. Refuses, with a
	 * Danish message naming {@code field}, what cannot be read, a date that does not exist and a time skipped by
	 * summer time.
	 */
	public static Instant parse(String text, String field, LocalTime timeOfDayIfNone) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException(field, "Angiv dato og klokkeslæt, fx 05-12-2026 15:00.");
		}
		String typed = text.strip();
		if (typed.length() > 40) {
			throw new InvalidInputException(field, "Dato og klokkeslæt kan ikke læses. Skriv fx 05-12-2026 15:00.");
		}
		if (ISO_OFFSET.matcher(typed).matches()) {
			try {
				return OffsetDateTime.parse(typed).toInstant();
			}
			catch (DateTimeException e) {
				throw unreadable(field);
			}
		}
		Matcher danish = DANISH.matcher(typed);
		Matcher iso = ISO_LOCAL.matcher(typed);
		List<String> parts;
		if (danish.matches()) {
			parts = List.of(danish.group(3), danish.group(2), danish.group(1), nz(danish.group(4)), nz(danish.group(5)));
		}
		else if (iso.matches()) {
			parts = List.of(iso.group(1), iso.group(2), iso.group(3), nz(iso.group(4)), nz(iso.group(5)));
		}
		else {
			throw unreadable(field);
		}
		LocalDate date;
		try {
			date = LocalDate.of(Integer.parseInt(parts.get(0)), Integer.parseInt(parts.get(1)), Integer.parseInt(parts.get(2)));
		}
		catch (DateTimeException e) {
			throw new InvalidInputException(field, "Datoen " + typed + " findes ikke.");
		}
		LocalTime time;
		if (parts.get(3).isEmpty()) {
			time = timeOfDayIfNone;
		}
		else {
			try {
				time = LocalTime.of(Integer.parseInt(parts.get(3)), Integer.parseInt(parts.get(4)));
			}
			catch (DateTimeException e) {
				throw new InvalidInputException(field, "Klokkeslættet i " + typed + " findes ikke (timer 00-23, minutter 00-59).");
			}
		}
		if (time == null) {
			throw new InvalidInputException(field, "Angiv også klokkeslættet, fx " + DanishDates.day(date) + " 15:00.");
		}
		return inCopenhagen(LocalDateTime.of(date, time), field);
	}

	/** The local time in Copenhagen as an instant; refused when summer time skips it. */
	public static Instant inCopenhagen(LocalDateTime local, String field) {
		List<ZoneOffset> offsets = WorkingDayCalendar.COPENHAGEN.getRules().getValidOffsets(local);
		if (offsets.isEmpty()) {
			throw new InvalidInputException(field, "Klokken " + local.toLocalTime() + " den " + DanishDates.day(local.toLocalDate())
					+ " findes ikke i Danmark: uret blev stillet frem fra 02:00 til 03:00 (sommertid). Angiv fx kl. 03:00.");
		}
		// the first of two (when summer time ends) is the earlier moment
		return local.atOffset(offsets.get(0)).toInstant();
	}

	/** "05-12-2026 kl. 15:00", or an empty text for no moment. */
	public static String format(Instant at) {
		return at == null ? "" : SHOWN.format(at.atZone(WorkingDayCalendar.COPENHAGEN));
	}

	/** "05-12-2026 15:00": the moment as a form shows it for editing, and as {@link #parse} reads it back. */
	public static String typed(Instant at) {
		return DanishDates.dayTime(at);
	}

	/** "05-12-2026". */
	public static String date(LocalDate date) {
		return DanishDates.day(date);
	}

	/** A deadline's end as a table shows it: its day, and for a rule counted in hours its hour too. */
	public static String due(LocalDate dueDate, Instant dueAt, boolean hourRule) {
		return hourRule && dueAt != null ? format(dueAt) : date(dueDate);
	}

	/** The moment in Copenhagen, for callers that need its day or hour. */
	public static ZonedDateTime local(Instant at) {
		return at.atZone(WorkingDayCalendar.COPENHAGEN);
	}

	private static InvalidInputException unreadable(String field) {
		return new InvalidInputException(field, "Dato og klokkeslæt kan ikke læses. Skriv fx 05-12-2026 15:00 eller 05-12-2026 kl. 15.00.");
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
