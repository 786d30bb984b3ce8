package dk.sagsvagt.shared.internal;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.system(COPENHAGEN);
	}
}
