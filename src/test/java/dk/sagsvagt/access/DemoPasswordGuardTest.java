package dk.sagsvagt.access;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.sagsvagt.SagsvagtApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A database that ran as a demo cannot go into production with the demo users' well-known password. */
class DemoPasswordGuardTest {

	@TempDir
	Path dir;

	@Test
	void refusesToStartOutsideDemoWhileADemoUserHasTheDemoPassword() throws Exception {
		try (EmbeddedPostgres db = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start()) {
			new JdbcTemplate(db.getPostgresDatabase()).execute("CREATE DATABASE demo_to_prod");
			String url = db.getJdbcUrl("postgres", "demo_to_prod");
			new SpringApplicationBuilder(SagsvagtApplication.class).profiles("demo", "test")
				.properties("server.port=0", "spring.datasource.url=" + url, "spring.datasource.username=postgres",
						"sagsvagt.demo.cases=10", "sagsvagt.files.dir=" + dir.resolve("files"))
				.run()
				.close();
			assertThatThrownBy(() -> new SpringApplicationBuilder(SagsvagtApplication.class).profiles("test")
				.properties("sagsvagt.digital-post.mode=manual", "sagsvagt.cpr.mode=manual", "server.port=0", "spring.datasource.url=" + url, "spring.datasource.username=postgres",
						"sagsvagt.files.dir=" + dir.resolve("files"))
				.run()).hasStackTraceContaining("still have the demo password");
		}
	}
}
