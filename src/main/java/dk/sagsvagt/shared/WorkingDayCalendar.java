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
		LocalDate day = date;
		while (!isWorkingDay(day)) {
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
