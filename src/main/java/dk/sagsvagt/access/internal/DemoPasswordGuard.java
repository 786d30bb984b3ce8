package dk.sagsvagt.access.internal;

import java.util.List;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Refuses to start outside the {@code demo} profile while a demo user still has the demo password: a database
 * that once ran as a demo must not go into production with well-known log-ins.
 */
@Component
class DemoPasswordGuard implements SmartInitializingSingleton {

	static final List<String> DEMO_USERS = List.of("sagsbehandler", "leder", "jurist", "admin");

	static final String DEMO_PASSWORD = "demo";

	private final Environment environment;

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	DemoPasswordGuard(Environment environment, JdbcClient jdbc, PasswordEncoder passwords) {
		this.environment = environment;
		this.jdbc = jdbc;
		this.passwords = passwords;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (environment.acceptsProfiles(Profiles.of("demo"))) {
			return;
		}
		List<String> withDefault = jdbc.sql("SELECT username, password_hash FROM access.user_account WHERE username = ANY(?)")
			.param(DEMO_USERS.toArray(String[]::new))
			.query((rs, n) -> passwords.matches(DEMO_PASSWORD, rs.getString("password_hash")) ? rs.getString("username") : null)
			.list()
			.stream()
			.filter(u -> u != null)
			.toList();
		if (!withDefault.isEmpty()) {
			throw new IllegalStateException("Refusing to start outside the demo profile: the users " + withDefault
					+ " still have the demo password. Change their passwords or run with --spring.profiles.active=demo.");
		}
	}
}
