package dk.sagsvagt.shared.internal;

import java.time.Clock;

import dk.sagsvagt.shared.WorkingDayCalendar;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static dk.sagsvagt.shared.WorkingDayCalendar.COPENHAGEN;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {
	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(COPENHAGEN);
	}
}
