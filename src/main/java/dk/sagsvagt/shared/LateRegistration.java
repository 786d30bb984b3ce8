package dk.sagsvagt.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An event registered after the fact (issue 19): case work is often registered late (a letter received on 7 June is
 * journaled on 9 June; an answer sent on 20 February is recorded in March). It is dated when it happened, which is
 * never in the future and not before what it belongs to began; registered more than {@link #WORKING_DAYS} working
 * days after it happened, it needs the reason, which is kept with it.
 */
public final class LateRegistration {

	/** How many working days after it happened an event may be registered without a reason. */
	public static final int WORKING_DAYS = 2;

	private LateRegistration() {
	}

	/** When a step given by its day happened, and the late reason to keep (null when not late). */
	public record Dated(LocalDate on, Instant at, String lateReason) {
	}

	/**
	 * A step registered by its day ({@code on}; today when null), for something received on {@code receivedOn}
	 * ({@code receivedWhat}: "anmodningen", "klagen"): today's step happens now, an earlier day's at noon; checked as
	 * {@link #check}.
	 */
	public static Dated onDay(LocalDate on, LocalDate receivedOn, String receivedWhat, String reason, Clock clock,
			WorkingDayCalendar calendar, String field) {
		return onDaySince(on, receivedOn, "modtagelsen af " + receivedWhat + " (" + DanishDates.longDate(receivedOn) + ")", reason,
				clock, calendar, field);
	}

	/** As {@link #onDay}, for a step that cannot lie before {@code began}, which a person reads as {@code beganText}. */
	public static Dated onDaySince(LocalDate on, LocalDate began, String beganText, String reason, Clock clock,
			WorkingDayCalendar calendar, String field) {
		Instant now = Instant.now(clock);
		LocalDate today = now.atZone(WorkingDayCalendar.COPENHAGEN).toLocalDate();
		LocalDate day = on == null ? today : on;
		Instant at = day.equals(today) ? now : day.atTime(12, 0).atZone(WorkingDayCalendar.COPENHAGEN).toInstant();
		String late = check(at, began.atStartOfDay(WorkingDayCalendar.COPENHAGEN).toInstant(), beganText, reason, now, calendar, field);
		return new Dated(day, at, late);
	}

	/**
	 * Checks an event dated {@code at}, registered {@code now}, belonging to something that began {@code began}
	 * ({@code beganText}: how a person reads that moment). Returns the reason to keep: null when it is not late.
	 */
	public static String check(Instant at, Instant began, String beganText, String reason, Instant now, WorkingDayCalendar calendar,
			String field) {
		if (at.isAfter(now.plusSeconds(60))) {
			throw new InvalidInputException(field, "Hændelsen kan ikke ligge i fremtiden.");
		}
		if (began != null && at.isBefore(began)) {
			throw new InvalidInputException(field, "Hændelsen kan ikke ligge før " + beganText + ".");
		}
		int late = calendar.workingDaysBetween(at.atZone(WorkingDayCalendar.COPENHAGEN).toLocalDate(),
				now.atZone(WorkingDayCalendar.COPENHAGEN).toLocalDate());
		String text = reason == null || reason.isBlank() ? null : reason.strip();
		if (late <= WORKING_DAYS) {
			return null;
		}
		if (text == null) {
			throw new InvalidInputException("lateReason", "Hændelsen registreres " + late + " hverdage efter, at den fandt sted. "
					+ "Skriv hvorfor den registreres for sent.");
		}
		if (text.length() > 500) {
			throw new InvalidInputException("lateReason", "Begrundelsen må højst have 500 tegn.");
		}
		return text;
	}
}
