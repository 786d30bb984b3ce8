package dk.sagsvagt.shared.internal;

import java.time.temporal.TemporalAccessor;

import dk.sagsvagt.shared.DanishDates;

import org.springframework.stereotype.Component;

/**
 * Dates as the pages show them, one way everywhere: {@code ${@dates.day(d)}} "05-12-2026", {@code dayTime} "05-12-2026
 * 14:30", {@code time} "14:30", {@code longDay} "5. december 2026", each in Copenhagen whatever the server's zone.
 */
@Component("dates")
class DatesInTemplates {

	public String day(TemporalAccessor at) {
		return DanishDates.day(at);
	}

	public String dayTime(TemporalAccessor at) {
		return DanishDates.dayTime(at);
	}

	public String time(TemporalAccessor at) {
		return DanishDates.time(at);
	}

	public String longDay(TemporalAccessor at) {
		return DanishDates.longDay(at);
	}
}
