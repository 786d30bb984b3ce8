package dk.sagsvagt.citizens.internal;

import dk.sagsvagt.citizens.CprMode;
import dk.sagsvagt.citizens.CprRegister;
import dk.sagsvagt.shared.IntegrationModes;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Chooses the CPR register ({@code sagsvagt.cpr.mode}) and refuses to start without a choice outside the demo profile. */
@Configuration(proxyBeanMethods = false)
class CprSetup {

	static final String MODE = "sagsvagt.cpr.mode";

	@Bean
	CprMode cprMode(Environment environment) {
		return IntegrationModes.require(environment, MODE, "CPR lookup", CprMode.class);
	}

	@Bean
	@ConditionalOnProperty(name = MODE, havingValue = "demo")
	CprRegister demoCprRegister(JdbcClient jdbc) {
		return new DemoCprRegister(jdbc);
	}

	@Bean
	@ConditionalOnProperty(name = MODE, havingValue = "serviceplatformen")
	CprRegister sf1520CprRegister(Environment environment) {
		CprSettings settings = Binder.get(environment).bind(CprSettings.PREFIX, CprSettings.class)
			.orElseThrow(() -> new IllegalStateException("Refusing to start: sagsvagt.cpr.mode=serviceplatformen needs "
					+ CprSettings.PREFIX + ".* (see the README)"));
		return new Sf1520CprRegister(settings);
	}
}
