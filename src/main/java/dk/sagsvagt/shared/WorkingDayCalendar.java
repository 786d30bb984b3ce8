package dk.sagsvagt.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Working days (hverdage, arbejdsdage): Monday to Friday except public holidays. The municipality's closure days
 * (e.g. Grundlovsdag, 24 and 31 December) are shown, but deadlines the municipality itself must meet count them as
 * working days unless it decides otherwise: that gives the earliest, safest date. All dates in Europe/Copenhagen.
 */
public final class WorkingDayCalendar {

	public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

	private final Map<MonthDay, String> closureDays;

	private final boolean closureDaysAreNonWorking;

	private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

	public WorkingDayCalendar(Map<MonthDay, String> closureDays, boolean closureDaysAreNonWorking) {
		this.closureDays = Map.copyOf(closureDays);
		this.closureDaysAreNonWorking = closureDaysAreNonWorking;
	}

	/**
	 * The days other than Saturdays, Sundays and public holidays on which a deadline the citizen must meet (a
	 * complaint period) cannot end, whatever the municipality's own closure days: Grundlovsdag, 24 and 31 December.
	 * The same days as forældelsesloven § 27, stk. 2 ("i en weekend, på en helligdag, grundlovsdag, den 24. eller den
	 * 31. december"); Justitsministeriets vejledning om beregning af klagefrister (VEJ nr. 9533 af 26/06/2018) moves a
	 * complaint period ending on a closed day to the next weekday.
	 */
	public static final Map<MonthDay, String> CITIZEN_CLOSED_DAYS = Map.of(MonthDay.of(6, 5), "grundlovsdag",
			MonthDay.of(12, 24), "juleaftensdag", MonthDay.of(12, 31), "nytårsaftensdag");

	/**
	 * Whether a deadline the citizen must meet may end on the day: not a Saturday, Sunday, public holiday or one of
	 * {@link #CITIZEN_CLOSED_DAYS}.
	 */
	public boolean isCitizenWorkingDay(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isPublicHoliday(date)
				&& !CITIZEN_CLOSED_DAYS.containsKey(MonthDay.from(date));
	}

	/** Why a citizen's deadline cannot end on the day, in Danish ("en lørdag", "2. påskedag", "grundlovsdag"); null if it can. */
	public String citizenClosedReason(LocalDate date) {
		if (isCitizenWorkingDay(date)) {
			return null;
		}
		if (date.getDayOfWeek() == DayOfWeek.SATURDAY) {
			return "en lørdag";
		}
		if (date.getDayOfWeek() == DayOfWeek.SUNDAY) {
			return "en søndag";
		}
		String closed = CITIZEN_CLOSED_DAYS.get(MonthDay.from(date));
		if (closed != null) {
			return closed;
		}
		return DanishHolidays.of(date.getYear()).stream().filter(h -> h.date().equals(date)).map(h -> h.name().toLowerCase(java.util.Locale.forLanguageTag("da")))
			.findFirst().orElse("en helligdag");
	}

	/** The day itself if a citizen's deadline may end on it, else the next such day. */
	public LocalDate onOrNextCitizenWorkingDay(LocalDate date) {
		return onOrNext(date, this::isCitizenWorkingDay);
	}

	/** Refuses, in Danish, a date outside the years the calendar covers ({@link DanishHolidays#FIRST_YEAR}–{@link DanishHolidays#LAST_YEAR}). */
	public static LocalDate requireSupported(LocalDate date, String field) {
		if (date.getYear() < DanishHolidays.FIRST_YEAR || date.getYear() > DanishHolidays.LAST_YEAR) {
			throw new InvalidInputException(field, "Fristberegningen dækker datoer fra 1. januar " + DanishHolidays.FIRST_YEAR
					+ " til 31. december " + DanishHolidays.LAST_YEAR + ".");
		}
		return date;
	}

	public List<Holiday> publicHolidays(int year) {
		return DanishHolidays.of(year);
	}

	public List<Holiday> closureDays(int year) {
		DanishHolidays.of(year);
		return closureDays.entrySet()
			.stream()
			.map(e -> new Holiday(e.getKey().atYear(year), e.getValue()))
			.sorted(java.util.Comparator.comparing(Holiday::date))
			.toList();
	}

	public boolean closureDaysAreNonWorking() {
		return closureDaysAreNonWorking;
	}

	public boolean isPublicHoliday(LocalDate date) {
		return holidaysByYear.computeIfAbsent(date.getYear(),
				y -> DanishHolidays.of(y).stream().map(Holiday::date).collect(Collectors.toUnmodifiableSet()))
			.contains(date);
	}

	public boolean isWorkingDay(LocalDate date) {
		DayOfWeek day = date.getDayOfWeek();
		if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY || isPublicHoliday(date)) {
			return false;
		}
		return !(closureDaysAreNonWorking && closureDays.containsKey(MonthDay.from(date)));
	}

	/** The {@code n}-th working day after {@code start} ("inden for n hverdage"); {@code start} itself is not counted. */
	public LocalDate plusWorkingDays(LocalDate start, int n) {
		if (n < 0) {
			throw new IllegalArgumentException("n must not be negative");
		}
		LocalDate day = start;
		for (int counted = 0; counted < n;) {
			day = day.plusDays(1);
			if (isWorkingDay(day)) {
				counted++;
			}
		}
		return day;
	}

	/** The day itself if it is a working day, else the next working day. */
	public LocalDate onOrNextWorkingDay(LocalDate date) {
		return onOrNext(date, this::isWorkingDay);
	}

	private static LocalDate onOrNext(LocalDate date, java.util.function.Predicate<LocalDate> open) {
		LocalDate day = date;
		while (!open.test(day)) {
			day = day.plusDays(1);
		}
		return day;
	}

	/** Working days after {@code from} up to and including {@code to}; 0 when {@code to} is not after {@code from}. */
	public int workingDaysBetween(LocalDate from, LocalDate to) {
		int count = 0;
		for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
			if (isWorkingDay(day)) {
				count++;
			}
		}
		return count;
	}

	/**
	 * Months from a date; a month from 31 January ends on the last day of February (the day is clamped to the
	 * month's length).
	 */
	public static LocalDate plusMonths(LocalDate start, int months) {
		return start.plusMonths(months);
	}

	/** Clock hours from a moment, on the time line: 24 hours across a daylight-saving change are 24 real hours. */
	public static ZonedDateTime plusHours(ZonedDateTime start, int hours) {
		return start.withZoneSameInstant(COPENHAGEN).plusHours(hours);
	}
}
