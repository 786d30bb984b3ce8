package dk.sagsvagt.shared.internal;

import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.Map;

import dk.sagsvagt.shared.WorkingDayCalendar;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The municipality's calendar settings. */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

	/**
	 * @param closureDays closure days as {@code MM-DD: name}; offered: 06-05 Grundlovsdag, 12-24 Juleaftensdag,
	 * 12-31 Nytårsaftensdag
	 * @param closureDaysAreNonWorking whether the municipality's own deadlines skip closure days (default no: the
	 * earliest, safest date)
	 */
	@ConfigurationProperties("sagsvagt.calendar")
	record CalendarProperties(@DefaultValue Map<String, String> closureDays,
			@DefaultValue("false") boolean closureDaysAreNonWorking) {
	}

	static final Map<String, String> OFFERED = Map.of("06-05", "Grundlovsdag", "12-24", "Juleaftensdag", "12-31",
			"Nytårsaftensdag");

	@Bean
	WorkingDayCalendar workingDayCalendar(CalendarProperties properties) {
		Map<String, String> configured = properties.closureDays().isEmpty() ? OFFERED : properties.closureDays();
		Map<MonthDay, String> days = new LinkedHashMap<>();
		configured.forEach((monthDay, name) -> days.put(MonthDay.parse("--" + monthDay), name));
		return new WorkingDayCalendar(days, properties.closureDaysAreNonWorking());
	}
}
