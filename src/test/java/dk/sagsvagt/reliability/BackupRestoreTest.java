package dk.sagsvagt.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.sagsvagt.SagsvagtApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backup and restore of docs/backup.md, as written there, against a real PostgreSQL server with its own
 * {@code pg_dump} and {@code pg_restore} (Debian's PostgreSQL 15: the embedded server's major version has no client
 * tools on the machine, and Sagsvagt runs on an external PostgreSQL 15 as well): the application fills the database
 * (demo municipality, files journaled over HTTP, reads that write the access log); {@code pg_dump}; the file store
 * copied; both restored into a new database and a new folder. Every document's file is there with its content, every
 * case and document of the original is in the copy, the access log's chains verify, and the application starts on the
 * copy and serves a restored file.
 */
class BackupRestoreTest {

	static final Path BIN = Path.of("/usr/lib/postgresql/15/bin");

	@TempDir
	Path dir;

	final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aDumpAndAFileCopyRestoreEveryDocumentAndTheAccessLogChain() throws Exception {
		assertThat(BIN.resolve("pg_dump")).as("PostgreSQL 15 server and client (apt-get install postgresql)").exists();
		assertThat(BIN.resolve("postgres")).as("PostgreSQL 15 server (apt-get install postgresql)").exists();
		int port = CrashIT.freePort();
		Path data = dir.resolve("pg");
		Path sourceFiles = dir.resolve("files");
		Path restoredFiles = dir.resolve("restored-files");
		Path dump = dir.resolve("sagsvagt.dump");
		if (root()) {
			run("chown", "postgres", dir.toString());
		}
		asPostgres(BIN.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "--auth=trust", "--locale=C.UTF-8", "-E", "UTF8");
		asPostgres(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-l", dir.resolve("postgres.log").toString(), "-o",
				"-p " + port + " -k " + dir + " -c listen_addresses=localhost", "start");
		try {
			JdbcTemplate server = jdbc(port, "postgres");
			server.execute("CREATE DATABASE sagsvagt");
			List<String> journaled = new ArrayList<>();
			try (ConfigurableApplicationContext app = start(port, "sagsvagt", sourceFiles)) {
				int web = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
				String caseNumber = jdbc(port, "sagsvagt").queryForObject(
						"SELECT case_number FROM cases.case_file f JOIN organisation.staff s ON s.id = f.caseworker_id "
								+ "WHERE s.username = 'sagsbehandler' ORDER BY f.id LIMIT 1", String.class);
				for (int i = 0; i < 5; i++) {
					journaled.add(upload(web, caseNumber, ("Bilag " + i + " til sikkerhedskopien\n").repeat(100 + i)));
					assertThat(get(web, "/api/cases/" + caseNumber, "sagsbehandler:demo").statusCode()).isEqualTo(200);
				}
			}
			// the procedure of docs/backup.md: the dump first, then the file store
			asPostgres(BIN.resolve("pg_dump").toString(), "--format=custom", "--file=" + dump, "--host=localhost", "--port=" + port,
					"--username=postgres", "sagsvagt");
			copy(sourceFiles, restoredFiles);
			server.execute("CREATE DATABASE restored");
			asPostgres(BIN.resolve("pg_restore").toString(), "--host=localhost", "--port=" + port, "--username=postgres", "--dbname=restored",
					"--no-owner", "--exit-on-error", dump.toString());

			JdbcTemplate original = jdbc(port, "sagsvagt");
			JdbcTemplate restored = jdbc(port, "restored");
			for (String table : List.of("cases.case_file", "journal.document", "access.access_log", "deadlines.deadline", "decisions.decision")) {
				assertThat(restored.queryForObject("SELECT count(*) FROM " + table, Long.class)).as(table)
					.isEqualTo(original.queryForObject("SELECT count(*) FROM " + table, Long.class)).isPositive();
			}
			List<Map<String, Object>> files = restored.queryForList(
					"SELECT document_number, file_sha256 FROM journal.document WHERE file_sha256 IS NOT NULL");
			assertThat(files).hasSizeGreaterThanOrEqualTo(journaled.size());
			for (Map<String, Object> row : files) {
				String sha = (String) row.get("file_sha256");
				Path file = restoredFiles.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
				assertThat(file).as("file of " + row.get("document_number")).exists();
				assertThat(sha256(Files.readAllBytes(file))).isEqualTo(sha);
			}
			assertThat(restored.queryForList("SELECT * FROM access.first_broken('1900-01-01', '9999-12-31')")).isEmpty();

			// the application on the copy: the chains verify through the API and a restored file is served
			try (ConfigurableApplicationContext app = start(port, "restored", restoredFiles)) {
				int web = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
				HttpResponse<String> verified = get(web, "/api/access-log/verify", "admin:demo");
				assertThat(verified.statusCode()).isEqualTo(200);
				assertThat(verified.body()).contains("\"valid\":true");
				HttpResponse<String> content = get(web, "/api/documents/" + journaled.get(4) + "/content", "sagsbehandler:demo");
				assertThat(content.statusCode()).isEqualTo(200);
				assertThat(content.body()).startsWith("Bilag 4 til sikkerhedskopien");
			}
		}
		finally {
			asPostgres(BIN.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "stop");
		}
	}

	private ConfigurableApplicationContext start(int port, String database, Path files) {
		// as arguments: they outrank application.yml (builder properties would not)
		return new SpringApplicationBuilder(SagsvagtApplication.class).profiles("demo")
			.run("--server.port=0", "--spring.datasource.url=jdbc:postgresql://localhost:" + port + "/" + database,
					"--spring.datasource.username=postgres", "--sagsvagt.data-dir=" + dir.resolve("data"), "--sagsvagt.files.dir=" + files,
					"--sagsvagt.demo.cases=30");
	}

	private String upload(int port, String caseNumber, String text) throws Exception {
		String body = "--graense\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nBilag\r\n--graense\r\n"
				+ "Content-Disposition: form-data; name=\"file\"; filename=\"bilag.txt\"\r\nContent-Type: text/plain\r\n\r\n" + text
				+ "\r\n--graense--\r\n";
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cases/" + caseNumber + "/documents"))
			.header("Authorization", basic("sagsbehandler:demo")).header("Content-Type", "multipart/form-data; boundary=graense")
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
		return answer.body().replaceAll(".*\"documentNumber\"\\s*:\\s*\"([^\"]+)\".*", "$1");
	}

	private HttpResponse<String> get(int port, String path, String credentials) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", basic(credentials)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static String basic(String credentials) {
		return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
	}

	private static JdbcTemplate jdbc(int port, String database) {
		return new JdbcTemplate(new DriverManagerDataSource("jdbc:postgresql://localhost:" + port + "/" + database, "postgres", ""));
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> all = Files.walk(from)) {
			for (Path p : (Iterable<Path>) all::iterator) {
				Path target = to.resolve(from.relativize(p).toString());
				if (Files.isDirectory(p)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(p, target);
				}
			}
		}
	}

	/** PostgreSQL refuses to run as root: as root, its programs run as the postgres user. */
	private void asPostgres(String... command) throws Exception {
		List<String> line = new ArrayList<>();
		if (root()) {
			line.addAll(List.of("runuser", "-u", "postgres", "--"));
		}
		line.addAll(List.of(command));
		run(line.toArray(String[]::new));
	}

	private static boolean root() {
		return "root".equals(System.getProperty("user.name"));
	}

	private void run(String... command) throws Exception {
		Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("commands.log").toFile()).start();
		assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
		assertThat(p.exitValue()).as(String.join(" ", command) + ": " + Files.readString(dir.resolve("commands.log"))).isZero();
	}

	private static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}
}
