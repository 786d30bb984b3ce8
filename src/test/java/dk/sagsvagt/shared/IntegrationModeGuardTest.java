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
	void refusesToStartWithoutAChosenDigitalPostModeOrWithTheDemoAdapterOutsideDemo() throws Exception {
		try (EmbeddedPostgres db = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start()) {
			new JdbcTemplate(db.getPostgresDatabase()).execute("CREATE DATABASE guard");
			String url = db.getJdbcUrl("postgres", "guard");
			assertThatThrownBy(() -> start(url)).hasStackTraceContaining("Digital Post is not configured")
				.hasStackTraceContaining("sagsvagt.digital-post.mode");
			assertThatThrownBy(() -> start(url, "sagsvagt.digital-post.mode=demo"))
				.hasStackTraceContaining("runs only in the demo profile");
			assertThatThrownBy(() -> start(url, "sagsvagt.digital-post.mode=fax"))
				.hasStackTraceContaining("is not a mode of Digital Post");
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
