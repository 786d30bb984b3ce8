package dk.sagsvagt.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import dk.sagsvagt.shared.WorkingDayCalendar;

/** Dates as a Danish letter writes them: "den 22. marts 2018". */
final class DanishDate {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da-DK"));

	private DanishDate() {
	}

	static String of(LocalDate date) {
		return "den " + FORMAT.format(date);
	}

	static String of(Instant instant) {
		return of(instant.atZone(WorkingDayCalendar.COPENHAGEN).toLocalDate());
	}
}
