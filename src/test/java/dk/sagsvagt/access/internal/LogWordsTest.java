package dk.sagsvagt.access.internal;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.access.Action;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The log's extracts name every action and role in Danish; an unknown action is never shown as its code. */
@IntegrationTest
class LogWordsTest {

	@Autowired
	LogWords words;

	@Test
	void everyActionAndRoleHasItsDanishName() throws Exception {
		Properties bundle = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
			bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
		}
		for (Action action : Action.values()) {
			assertThat(bundle.getProperty("accesslog.action." + action.name())).as(action.name()).isNotBlank();
		}
		for (StaffRole role : StaffRole.values()) {
			assertThat(bundle.getProperty("role." + role.name())).as(role.name()).isNotBlank();
		}
		assertThat(words.action("MIGRATE")).isEqualTo("Overtog sagen fra et tidligere sagssystem");
		assertThat(words.action("PRINT")).as("an action of an older version").isEqualTo("Anden handling");
		assertThat(words.who("test.nobody")).isEqualTo(new LogWords.Who("Ukendt", "Ukendt", ""));
	}
}
