package dk.sagsvagt.shared;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZonedDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDayCalendarTest {

	static final Map<MonthDay, String> CLOSURES = Map.of(MonthDay.of(6, 5), "Grundlovsdag", MonthDay.of(12, 24),
			"Juleaftensdag", MonthDay.of(12, 31), "Nytårsaftensdag");

	final WorkingDayCalendar calendar = new WorkingDayCalendar(CLOSURES, false);

	final WorkingDayCalendar closing = new WorkingDayCalendar(CLOSURES, true);

	@Test
	void fromAFridayTheWeekendIsSkipped() {
		// Friday 8 November 2024 + 6 working days (Barnets lov § 138: receipt to a professional notifier)
		assertThat(calendar.plusWorkingDays(LocalDate.of(2024, 11, 8), 6)).isEqualTo(LocalDate.of(2024, 11, 18));
		assertThat(calendar.plusWorkingDays(LocalDate.of(2024, 11, 8), 1)).isEqualTo(LocalDate.of(2024, 11, 11));
	}

	@Test
	void easterIsSkipped() {
		// Wednesday 27 March 2024: Maundy Thursday, Good Friday, the weekend and Easter Monday are not working days
		assertThat(calendar.plusWorkingDays(LocalDate.of(2024, 3, 27), 1)).isEqualTo(LocalDate.of(2024, 4, 2));
		// 7 working days (offentlighedsloven § 36, stk. 2) from Tuesday 26 March 2024
		assertThat(calendar.plusWorkingDays(LocalDate.of(2024, 3, 26), 7)).isEqualTo(LocalDate.of(2024, 4, 9));
	}

	@Test
	void storeBededagCountsUntil2023Only() {
		// Thursday 4 May 2023: Friday 5 May was Store Bededag
		assertThat(calendar.plusWorkingDays(LocalDate.of(2023, 5, 4), 1)).isEqualTo(LocalDate.of(2023, 5, 8));
		// Thursday 25 April 2024: Friday 26 April is an ordinary working day
		assertThat(calendar.plusWorkingDays(LocalDate.of(2024, 4, 25), 1)).isEqualTo(LocalDate.of(2024, 4, 26));
	}

	@Test
	void closureDaysCountAsWorkingDaysUnlessTheMunicipalityDecidesOtherwise() {
		// Monday 23 December 2024
		assertThat(calendar.plusWorkingDays(LocalDate.of(2024, 12, 23), 1)).isEqualTo(LocalDate.of(2024, 12, 24));
		assertThat(calendar.plusWorkingDays(LocalDate.of(2024, 12, 23), 2)).isEqualTo(LocalDate.of(2024, 12, 27));
		assertThat(closing.plusWorkingDays(LocalDate.of(2024, 12, 23), 1)).isEqualTo(LocalDate.of(2024, 12, 27));
		assertThat(closing.plusWorkingDays(LocalDate.of(2024, 12, 27), 2)).isEqualTo(LocalDate.of(2025, 1, 2));
		assertThat(calendar.isWorkingDay(LocalDate.of(2025, 6, 5))).isTrue();
		assertThat(closing.isWorkingDay(LocalDate.of(2025, 6, 5))).isFalse();
	}

	@Test
	void aMonthFromTheEndOfJanuaryEndsAtTheEndOfFebruary() {
		assertThat(WorkingDayCalendar.plusMonths(LocalDate.of(2024, 1, 31), 1)).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(WorkingDayCalendar.plusMonths(LocalDate.of(2023, 1, 31), 1)).isEqualTo(LocalDate.of(2023, 2, 28));
		// 4 months (Barnets lov § 20, stk. 3) from 31 October 2024
		assertThat(WorkingDayCalendar.plusMonths(LocalDate.of(2024, 10, 31), 4)).isEqualTo(LocalDate.of(2025, 2, 28));
	}

	@Test
	void aDeadlineOnAClosedDayMovesToTheNextWorkingDay() {
		assertThat(calendar.onOrNextWorkingDay(LocalDate.of(2024, 3, 29))).isEqualTo(LocalDate.of(2024, 4, 2));
		assertThat(calendar.onOrNextWorkingDay(LocalDate.of(2024, 4, 2))).isEqualTo(LocalDate.of(2024, 4, 2));
	}

	@Test
	void hoursAreClockHoursAcrossDaylightSaving() {
		// 24 hours (Barnets lov § 136) from Saturday 30 March 2024 12:00 CET: summer time starts on the 31st
		ZonedDateTime start = ZonedDateTime.of(2024, 3, 30, 12, 0, 0, 0, WorkingDayCalendar.COPENHAGEN);
		assertThat(WorkingDayCalendar.plusHours(start, 24)).hasToString("2024-03-31T13:00+02:00[Europe/Copenhagen]");
		// and back to winter time on 27 October 2024
		ZonedDateTime autumn = ZonedDateTime.of(2024, 10, 26, 12, 0, 0, 0, WorkingDayCalendar.COPENHAGEN);
		assertThat(WorkingDayCalendar.plusHours(autumn, 24)).hasToString("2024-10-27T11:00+01:00[Europe/Copenhagen]");
	}

	@Test
	void countsWorkingDaysBetweenTwoDates() {
		assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 3, 27), LocalDate.of(2024, 4, 8))).isEqualTo(5);
		assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 4, 8), LocalDate.of(2024, 4, 8))).isZero();
	}
}
