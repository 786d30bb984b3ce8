package dk.sagsvagt.shared.internal.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dk.sagsvagt.shared.Holiday;
import dk.sagsvagt.shared.WorkingDayCalendar;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Kalender", description = "Helligdage og lukkedage")
class CalendarApi {

	/** A year's calendar: public holidays, the municipality's closure days, and whether deadlines skip those. */
	record Year(int year, List<Holiday> publicHolidays, List<Holiday> closureDays, boolean closureDaysAreNonWorking) {
	}

	private final WorkingDayCalendar calendar;

	CalendarApi(WorkingDayCalendar calendar) {
		this.calendar = calendar;
	}

	@GetMapping("/api/calendar/{year}")
	@Operation(summary = "Helligdage og kommunens lukkedage i et år (1990–2100)")
	Year year(@PathVariable int year) {
		return new Year(year, calendar.publicHolidays(year), calendar.closureDays(year), calendar.closureDaysAreNonWorking());
	}
}
