package dk.sagsvagt.shared.internal;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.sagsvagt.SagsvagtApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** With SPRING_DATASOURCE_URL the application uses that PostgreSQL and starts none of its own. */
class ExternalDatabaseTest {

	@TempDir
	Path dir;

	@Test
	void usesTheConfiguredDatabaseAndStartsNoEmbeddedServer() throws Exception {
		try (EmbeddedPostgres external = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start()) {
			new JdbcTemplate(external.getPostgresDatabase()).execute("CREATE DATABASE ekstern");
			try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SagsvagtApplication.class)
				.profiles("test")
				.properties("sagsvagt.digital-post.mode=manual", "sagsvagt.cpr.mode=manual", "server.port=0", "spring.main.banner-mode=off",
						"spring.datasource.url=" + external.getJdbcUrl("postgres", "ekstern"),
						"spring.datasource.username=postgres", "sagsvagt.files.dir=" + dir.resolve("files"))
				.run()) {
				assertThat(app.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
				JdbcTemplate jdbc = new JdbcTemplate(external.getDatabase("postgres", "ekstern"));
				assertThat(jdbc.queryForObject("SELECT count(*) FROM cases.case_type", Integer.class)).isPositive();
				// no demo profile, so no demo users
				assertThat(jdbc.queryForObject("SELECT count(*) FROM access.user_account", Integer.class)).isZero();
			}
		}
	}
}
