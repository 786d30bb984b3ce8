package dk.sagsvagt.access;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.sagsvagt.SagsvagtApplication;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.cases.RegisterCase;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.support.Crash;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guarantee: a read whose answer reached the client is in the access log, even if the database crashes right
 * after. The log row commits (durably: fsync and synchronous commit on) before the data is returned.
 */
class AccessLogDurabilityTest {

	@TempDir
	Path dir;

	@Test
	void everyAnsweredReadSurvivesACrashOfTheDatabase() throws Exception {
		Path data = dir.resolve("pg");
		EmbeddedPostgres db = durable(data);
		new JdbcTemplate(db.getPostgresDatabase()).execute("CREATE DATABASE crash");
		String url = db.getJdbcUrl("postgres", "crash");
		int answered = 0;
		String caseNumber;
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SagsvagtApplication.class).profiles("test")
			.properties("sagsvagt.digital-post.mode=manual", "sagsvagt.cpr.mode=manual", "server.port=0", "spring.datasource.url=" + url, "spring.datasource.username=postgres",
					"sagsvagt.files.dir=" + dir.resolve("files"), "spring.datasource.hikari.connection-timeout=2000")
			.run()) {
			Organisation organisation = app.getBean(Organisation.class);
			long unit = organisation.createUnit(organisation.createCentre(organisation.createAdministration("Crashforvaltning"), "Center"), "Enhed");
			organisation.createStaff("crash.user", "Karl Krak", StaffRole.CASEWORKER, unit);
			app.getBean(UserAccounts.class).createWithHash("crash.user", app.getBean(UserAccounts.class).hash("krak-krak"));
			CaseFile c = app.getBean(Cases.class).register(new RegisterCase("NOTIFICATION", "Sag før nedbrud", "0101154123", null),
					unit, null, Instant.now(), "test");
			caseNumber = c.caseNumber();
			int port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
			HttpClient http = HttpClient.newHttpClient();
			String auth = "Basic " + Base64.getEncoder().encodeToString("crash.user:krak-krak".getBytes(StandardCharsets.UTF_8));
			for (int i = 0; i < 25; i++) {
				HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cases/" + caseNumber))
					.header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					answered++;
				}
			}
			Crash.crash(data);
		}
		Crash.releaseLockAsTheOsWould(db);

		try (EmbeddedPostgres recovered = durable(data)) {
			JdbcTemplate jdbc = new JdbcTemplate(recovered.getDatabase("postgres", "crash"));
			assertThat(answered).isEqualTo(25);
			assertThat(jdbc.queryForObject("""
					SELECT count(*) FROM access.access_log
					WHERE username = 'crash.user' AND case_number = ? AND action = 'VIEW_CASE' AND outcome = 'ALLOWED'""",
					Integer.class, caseNumber)).isEqualTo(answered);
			assertThat(jdbc.queryForList("SELECT * FROM access.first_broken('1900-01-01', '9999-12-31')")).isEmpty();
		}
	}

	private static EmbeddedPostgres durable(Path data) throws Exception {
		return EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.setServerConfig("fsync", "on")
			.setServerConfig("synchronous_commit", "on")
			.setServerConfig("full_page_writes", "on")
			.start();
	}
}
