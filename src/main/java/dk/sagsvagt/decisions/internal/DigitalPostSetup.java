package dk.sagsvagt.decisions.internal;

import dk.sagsvagt.decisions.DecisionDispatches;
import dk.sagsvagt.decisions.DigitalPost;
import dk.sagsvagt.decisions.DigitalPostMode;
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
class DigitalPostSetup {

	static final String MODE = "sagsvagt.digital-post.mode";

	@Bean
	DigitalPostMode digitalPostMode(Environment environment) {
		return IntegrationModes.require(environment, MODE, "Digital Post", DigitalPostMode.class);
	}

	@Bean
	@ConditionalOnProperty(name = MODE, havingValue = "demo")
	DigitalPost demoDigitalPost(DecisionDispatches dispatches) {
		return new DemoDigitalPost(dispatches);
	}
}
