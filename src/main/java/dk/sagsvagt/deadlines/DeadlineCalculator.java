package dk.sagsvagt.deadlines;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

import dk.sagsvagt.deadlines.internal.LocalLimits;
import dk.sagsvagt.shared.DanishDateTimes;
import dk.sagsvagt.shared.DanishDates;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.WorkingDayCalendar;

import org.springframework.stereotype.Service;

/** The fristberegner: when a deadline falls, by the rule version in force on the start date, with the reason in Danish. */
@Service
public class DeadlineCalculator {

	/** A computed deadline. {@code due} is an ISO date, an ISO date-time with offset (hours), or null. */
	public record Calculation(DeadlineRule rule, String start, String due, String explanation) {
	}

	private final RuleCatalogue catalogue;

	private final WorkingDayCalendar calendar;

	private final LocalLimits localLimits;

	DeadlineCalculator(RuleCatalogue catalogue, WorkingDayCalendar calendar, LocalLimits localLimits) {
		this.catalogue = catalogue;
		this.calendar = calendar;
		this.localLimits = localLimits;
	}

	/** {@code start} as an ISO date ({@code 2024-03-27}) or date-time, with or without offset (Copenhagen time). */
	public Calculation calculate(String ruleCode, String variant, String start) {
		ZonedDateTime from = parse(start);
		WorkingDayCalendar.requireSupported(from.toLocalDate(), "start");
		DeadlineRule rule = catalogue.inForce(ruleCode, variant, from.toLocalDate());
		LocalDate day = from.toLocalDate();
		String version = " (" + rule.law() + ", version fra " + DanishDates.day(rule.effectiveFrom()) + ")";
		if (rule.unit() == DeadlineUnit.HOURS) {
			ZonedDateTime due = WorkingDayCalendar.plusHours(from, rule.amount());
			WorkingDayCalendar.requireSupported(due.toLocalDate(), "start");
			return new Calculation(rule, from.toOffsetDateTime().toString(), due.toOffsetDateTime().toString(),
					DeadlineUnit.HOURS.danish(rule.amount()) + " fra " + DanishDateTimes.format(from.toInstant()) + " er "
							+ DanishDateTimes.format(due.toInstant()) + version
							+ ". " + rule.explanation());
		}
		DeadlineUnit unit = rule.unit();
		Integer amount = rule.amount();
		String local = "";
		if (unit == DeadlineUnit.LOCAL_LIMIT) {
			// the law sets no deadline: the municipality's own limit in force on the start day
			var limit = localLimits.inForce(rule.code(), day);
			if (limit.isPresent()) {
				unit = limit.get().unit();
				amount = limit.get().amount();
				local = " (kommunens egen frist, gældende fra " + DanishDates.day(limit.get().effectiveFrom()) + ")";
			}
		}
		LocalDate due = amount == null ? null : switch (unit) {
			case CALENDAR_DAYS -> day.plusDays(amount);
			case WORKING_DAYS -> calendar.plusWorkingDays(day, amount);
			case WEEKS -> day.plusWeeks(amount);
			case MONTHS -> WorkingDayCalendar.plusMonths(day, amount);
			default -> null;
		};
		if (due == null) {
			String what = switch (rule.unit()) {
				case BEFORE_DECISION -> "Skal foreligge før afgørelsen";
				case SET_PER_CASE -> "Fristen fastsættes i den enkelte sag";
				case LOCAL_LIMIT -> "Kommunen har ikke fastsat en frist for pligten";
				default -> "Fristen er kommunens offentliggjorte sagsbehandlingsfrist for ydelsen";
			};
			return new Calculation(rule, day.toString(), null, what + version + ". " + rule.explanation());
		}
		WorkingDayCalendar.requireSupported(due, "start");
		String text = unit.danish(amount) + local + " fra " + DanishDates.day(day) + " er " + DanishDates.day(due);
		if (rule.movesToWorkingDay() && !calendar.isCitizenWorkingDay(due)) {
			// a deadline the citizen must meet does not end on a closed day (see WorkingDayCalendar.CITIZEN_CLOSED_DAYS)
			LocalDate moved = WorkingDayCalendar.requireSupported(calendar.onOrNextCitizenWorkingDay(due), "start");
			text += ", som er " + calendar.citizenClosedReason(due) + "; fristen udløber derfor " + DanishDates.day(moved);
			due = moved;
		}
		return new Calculation(rule, day.toString(), due.toString(), text + version + ". " + rule.explanation());
	}

	/**
	 * When a deadline from this rule, started at {@code start}, ends (exclusive): the due moment for hours, else the
	 * start of the day after the due date. Null for rules without a date of their own.
	 */
	public ZonedDateTime endOf(DeadlineRule rule, ZonedDateTime start) {
		if (rule.unit() == DeadlineUnit.HOURS) {
			WorkingDayCalendar.requireSupported(start.toLocalDate(), "start");
			return WorkingDayCalendar.plusHours(start, rule.amount());
		}
		String due = calculate(rule.code(), rule.variant(), start.toLocalDate().toString()).due();
		return due == null ? null : LocalDate.parse(due).plusDays(1).atStartOfDay(WorkingDayCalendar.COPENHAGEN);
	}

	static ZonedDateTime parse(String start) {
		if (start == null || start.isBlank()) {
			throw new InvalidInputException("start", "Angiv startdatoen, fx 2024-03-27 eller 2024-03-27T10:15.");
		}
		String text = start.strip();
		try {
			if (text.length() == 10) {
				return LocalDate.parse(text).atStartOfDay(WorkingDayCalendar.COPENHAGEN);
			}
			if (text.matches(".*([+-]\\d{2}:\\d{2}|Z)$")) {
				return OffsetDateTime.parse(text).atZoneSameInstant(WorkingDayCalendar.COPENHAGEN);
			}
			return LocalDateTime.parse(text).atZone(WorkingDayCalendar.COPENHAGEN);
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("start", "'" + text + "' er ikke en dato. Brug fx 2024-03-27 eller 2024-03-27T10:15.");
		}
	}
}
