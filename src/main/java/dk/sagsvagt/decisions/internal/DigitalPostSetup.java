package dk.sagsvagt.decisions.internal;

import dk.sagsvagt.decisions.internal.DecisionDispatches;
import dk.sagsvagt.decisions.DigitalPost;
import dk.sagsvagt.decisions.DigitalPostMode;
import dk.sagsvagt.decisions.internal.serviceplatformen.ServiceplatformenDigitalPost;
import dk.sagsvagt.decisions.internal.serviceplatformen.ServiceplatformenSettings;
import dk.sagsvagt.shared.IntegrationModes;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Chooses how decisions reach Digital Post ({@code sagsvagt.digital-post.mode}) and refuses to start without a
 * choice outside the demo profile, or with the demo adapter there.
 */
@Configuration(proxyBeanMethods = false)
public class DigitalPostSetup {

	public static final String MODE = "sagsvagt.digital-post.mode";

	@Bean
	DigitalPostMode digitalPostMode(Environment environment) {
		return IntegrationModes.require(environment, MODE, "Digital Post", DigitalPostMode.class);
	}

	@Bean
	@ConditionalOnProperty(name = MODE, havingValue = "demo")
	DigitalPost demoDigitalPost(DecisionDispatches dispatches) {
		return new DemoDigitalPost(dispatches);
	}

	@Bean
	@ConditionalOnProperty(name = MODE, havingValue = "serviceplatformen")
	ServiceplatformenSettings serviceplatformenSettings(Environment environment) {
		return org.springframework.boot.context.properties.bind.Binder.get(environment)
			.bind(ServiceplatformenSettings.PREFIX, ServiceplatformenSettings.class)
			.orElseThrow(() -> new IllegalStateException("Refusing to start: sagsvagt.digital-post.mode=serviceplatformen needs "
					+ ServiceplatformenSettings.PREFIX + ".* (see the README)"));
	}

	@Bean
	@ConditionalOnProperty(name = MODE, havingValue = "serviceplatformen")
	DigitalPost serviceplatformenDigitalPost(ServiceplatformenSettings settings, dk.sagsvagt.citizens.Citizens citizens,
			dk.sagsvagt.access.AccessPolicy access, java.time.Clock clock, dk.sagsvagt.cases.KlePlans kle) {
		return new ServiceplatformenDigitalPost(settings, citizens, access, clock, kle);
	}
}
