package dk.sagsvagt.shared;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.sagsvagt.SagsvagtApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 20: outside the demo profile the application does not start while an integration with the national
 * infrastructure is unconfigured, nor with its demo adapter, which would pretend a letter was delivered.
 */
class IntegrationModeGuardTest {

	@TempDir
	Path dir;

	@Test
	void refusesToStartWithoutAChosenModeOrWithADemoAdapterOutsideDemoOrWithAnAdapterNotSetUp() throws Exception {
		try (EmbeddedPostgres db = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start()) {
			new JdbcTemplate(db.getPostgresDatabase()).execute("CREATE DATABASE guard");
			String url = db.getJdbcUrl("postgres", "guard");
			assertThatThrownBy(() -> start(url, "sagsvagt.cpr.mode=manual")).hasStackTraceContaining("Digital Post is not configured")
				.hasStackTraceContaining("sagsvagt.digital-post.mode to manual or serviceplatformen");
			assertThatThrownBy(() -> start(url, "sagsvagt.cpr.mode=manual", "sagsvagt.digital-post.mode=demo"))
				.hasStackTraceContaining("runs only in the demo profile");
			assertThatThrownBy(() -> start(url, "sagsvagt.cpr.mode=manual", "sagsvagt.digital-post.mode=fax"))
				.hasStackTraceContaining("is not a mode of Digital Post");
			assertThatThrownBy(() -> start(url, "sagsvagt.digital-post.mode=manual")).hasStackTraceContaining("CPR lookup is not configured")
				.hasStackTraceContaining("sagsvagt.cpr.mode to serviceplatformen or manual");
			assertThatThrownBy(() -> start(url, "sagsvagt.digital-post.mode=manual", "sagsvagt.cpr.mode=demo"))
				.hasStackTraceContaining("sagsvagt.cpr.mode=demo pretends to reach CPR lookup");
			// chosen, but not set up: the adapters name what they miss
			assertThatThrownBy(() -> start(url, "sagsvagt.digital-post.mode=manual", "sagsvagt.cpr.mode=serviceplatformen"))
				.hasStackTraceContaining("sagsvagt.cpr.mode=serviceplatformen needs sagsvagt.cpr.serviceplatformen");
			assertThatThrownBy(() -> start(url, "sagsvagt.digital-post.mode=serviceplatformen", "sagsvagt.cpr.mode=manual"))
				.hasStackTraceContaining("sagsvagt.digital-post.mode=serviceplatformen needs sagsvagt.digital-post.serviceplatformen");
		}
	}

	private void start(String url, String... more) {
		new SpringApplicationBuilder(SagsvagtApplication.class).profiles("test")
			.properties("server.port=0", "spring.main.banner-mode=off", "spring.datasource.url=" + url,
					"spring.datasource.username=postgres", "sagsvagt.files.dir=" + dir.resolve("files"))
			.properties(more)
			.run()
			.close();
	}
}
