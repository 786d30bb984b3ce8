package dk.sagsvagt.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * How a deadline's end is shown in a table: its day, "05-12-2026", and for a rule that counts hours (the 24-hour
 * assessment of a notification) the hour too, "05-12-2026 kl. 15:00", in Copenhagen time.
 */
public final class DueTimes {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("dd-MM-yyyy 'kl.' HH:mm");

	private DueTimes() {
	}

	public static String shown(LocalDate dueDate, Instant dueAt, boolean inHours) {
		if (inHours && dueAt != null) {
			return HOUR.format(dueAt.atZone(WorkingDayCalendar.COPENHAGEN));
		}
		return dueDate == null ? "" : DAY.format(dueDate);
	}
}
