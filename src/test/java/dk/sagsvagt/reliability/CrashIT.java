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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged application (target/sagsvagt.jar) against its own PostgreSQL, killed with SIGKILL at random moments
 * while four clients create cases, journal files and notes and read cases; restarted each time. At the end: every write the
 * application acknowledged is there, no document row lacks its file (with the right content), after the sweep no file
 * lacks its row, each case's documents are numbered without a gap, and the access log's chains verify.
 * <p>
 * {@code -Dsagsvagt.crash.kills=50} for the full run (about 10 minutes); the normal {@code mvn verify} kills it 6 times.
 */
class CrashIT {

	static final int KILLS = Integer.getInteger("sagsvagt.crash.kills", 6);

	static final Pattern NUMBER = Pattern.compile("\"(caseNumber|documentNumber)\"\\s*:\\s*\"([^\"]+)\"");

	@TempDir
	Path dir;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	final String auth = "Basic " + Base64.getEncoder().encodeToString("sagsbehandler:demo".getBytes(StandardCharsets.UTF_8));

	/** Acknowledged writes: case numbers, and document numbers with the SHA-256 of their file ("" for a note). */
	final Set<String> cases = ConcurrentHashMap.newKeySet();

	final Map<String, String> documents = new ConcurrentHashMap<>();

	@Test
	void killedAtRandomMomentsItLosesNothingAcknowledged() throws Exception {
		Path jar = Path.of("target/sagsvagt.jar").toAbsolutePath();
		assertThat(jar).as("the packaged application (mvn package)").exists();
		long seed = Long.getLong("sagsvagt.crash.seed", System.nanoTime());
		Random random = new Random(seed);
		try (EmbeddedPostgres db = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pg")).setCleanDataDirectory(true)
			.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on").start()) {
			new JdbcTemplate(db.getPostgresDatabase()).execute("CREATE DATABASE crash");
			String url = db.getJdbcUrl("postgres", "crash");
			for (int kill = 0; kill < KILLS; kill++) {
				Process app = start(jar, url, List.of());
				try {
					awaitReady(app);
					long runFor = 300 + random.nextInt(2_700);
					drive(runFor, random.nextLong());
				}
				finally {
					app.destroyForcibly();
					app.waitFor(30, TimeUnit.SECONDS);
				}
			}
			// once more, with the sweep removing orphans of any age every second
			Process app = start(jar, url, List.of("--sagsvagt.files.orphan-grace=0s", "--sagsvagt.files.sweep-cron=* * * * * *"));
			try {
				awaitReady(app);
				Thread.sleep(3_000);
				check(new JdbcTemplate(db.getDatabase("postgres", "crash")), seed);
			}
			finally {
				app.destroy();
				app.waitFor(30, TimeUnit.SECONDS);
			}
		}
	}

	private void check(JdbcTemplate jdbc, long seed) throws Exception {
		String context = "seed " + seed + ", " + KILLS + " kills, " + cases.size() + " cases and " + documents.size() + " documents acknowledged";
		assertThat(cases).as(context).isNotEmpty();
		assertThat(documents.values()).as("files among the acknowledged documents, " + context).anyMatch(sha -> !sha.isEmpty());
		Set<String> storedCases = Set.copyOf(jdbc.queryForList("SELECT case_number FROM cases.case_file", String.class));
		assertThat(storedCases).as("acknowledged cases, " + context).containsAll(cases);
		Map<String, String> storedDocuments = new ConcurrentHashMap<>();
		jdbc.query("SELECT document_number, coalesce(file_sha256, '') FROM journal.document WHERE version = 1",
				(org.springframework.jdbc.core.RowCallbackHandler) rs -> storedDocuments.put(rs.getString(1), rs.getString(2)));
		assertThat(storedDocuments).as("acknowledged documents, " + context).containsAllEntriesOf(documents);
		// no row without its file, and the file holds what the row says
		Path files = dir.resolve("files");
		for (String sha : jdbc.queryForList("SELECT DISTINCT file_sha256 FROM journal.document WHERE file_sha256 IS NOT NULL", String.class)) {
			Path file = files.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
			assertThat(file).as(context).exists();
			assertThat(sha256(Files.readAllBytes(file))).isEqualTo(sha);
		}
		// after the sweep, no file without its row (temporary uploads included)
		Set<String> named = Set.copyOf(jdbc.queryForList("SELECT DISTINCT file_sha256 FROM journal.document WHERE file_sha256 IS NOT NULL",
				String.class));
		try (Stream<Path> stored = Files.walk(files)) {
			assertThat(stored.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).toList()).as(context)
				.allMatch(named::contains, "named by a document row");
		}
		// each case's documents 1..n: no number a user would see as a lost document
		assertThat(jdbc.queryForList("""
				SELECT f.case_number FROM journal.document d JOIN cases.case_file f ON f.id = d.case_id WHERE d.version = 1
				GROUP BY f.case_number HAVING max(d.seq) <> count(*) OR min(d.seq) <> 1""", String.class)).as(context).isEmpty();
		assertThat(jdbc.queryForList("SELECT * FROM access.first_broken('1900-01-01', '9999-12-31')")).as(context).isEmpty();
		long logged = jdbc.queryForObject("SELECT count(*) FROM access.access_log", Long.class);
		assertThat(logged).isPositive();
		System.out.println("Crash test: " + context + "; all there, every file with its row, access log (" + logged + " rows) verifies");
	}

	/** Four clients creating cases and journaling files and notes for {@code millis}; keeps what was acknowledged. */
	private void drive(long millis, long seed) throws InterruptedException {
		long until = System.nanoTime() + millis * 1_000_000;
		ExecutorService clients = Executors.newFixedThreadPool(4);
		for (int c = 0; c < 4; c++) {
			Random random = new Random(seed + c);
			clients.submit(() -> {
				while (System.nanoTime() < until) {
					try {
						List<String> known = new ArrayList<>(cases);
						int pick = random.nextInt(100);
						if (pick >= 85 && !known.isEmpty()) {
							// a read: its access-log row commits before the answer, and the chain must survive the kill
							http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cases/" + known.get(random.nextInt(known.size()))))
								.timeout(Duration.ofSeconds(20)).header("Authorization", auth).build(), HttpResponse.BodyHandlers.discarding());
						}
						else if (pick < 25 || known.isEmpty()) {
							number(post("/api/cases", "application/json", """
									{"caseType": "NOTIFICATION", "title": "Nedbrudssag", "citizenCpr": "%s", "citizenName": "Nora Nedbrud"}"""
								.formatted(cpr(random)).getBytes(StandardCharsets.UTF_8))).ifPresent(cases::add);
						}
						else {
							String caseNumber = known.get(random.nextInt(known.size()));
							byte[] content = ("Bilag " + random.nextLong() + " ").repeat(1 + random.nextInt(2_000)).getBytes(StandardCharsets.UTF_8);
							boolean file = pick < 75;
							String path = "/api/cases/" + caseNumber + "/documents";
							var answer = file ? post(path, "multipart/form-data; boundary=graense", multipart(content))
									: post(path, "application/json", "{\"title\": \"Notat\", \"text\": \"Samtale med familien.\"}".getBytes(StandardCharsets.UTF_8));
							number(answer).ifPresent(n -> documents.put(n, file ? sha256(content) : ""));
						}
					}
					catch (IOException e) {
						return; // killed
					}
					catch (InterruptedException e) {
						Thread.currentThread().interrupt();
						return;
					}
				}
			});
		}
		clients.shutdown();
		// the kill comes at the end of the time, while requests are in flight
		Thread.sleep(millis);
	}

	private static byte[] multipart(byte[] content) {
		String head = "--graense\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nBilag\r\n--graense\r\n"
				+ "Content-Disposition: form-data; name=\"file\"; filename=\"bilag.txt\"\r\nContent-Type: text/plain\r\n\r\n";
		byte[] start = head.getBytes(StandardCharsets.UTF_8);
		byte[] end = "\r\n--graense--\r\n".getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[start.length + content.length + end.length];
		System.arraycopy(start, 0, body, 0, start.length);
		System.arraycopy(content, 0, body, start.length, content.length);
		System.arraycopy(end, 0, body, start.length + content.length, end.length);
		return body;
	}

	private HttpResponse<String> post(String path, String type, byte[] body) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(20))
			.header("Authorization", auth).header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static java.util.Optional<String> number(HttpResponse<String> answer) {
		if (answer.statusCode() != 201) {
			return java.util.Optional.empty();
		}
		Matcher m = NUMBER.matcher(answer.body());
		return m.find() ? java.util.Optional.of(m.group(2)) : java.util.Optional.empty();
	}

	/** A synthetic child's CPR number (day-month-year of 2015, sequence digits the CPR office does not issue). */
	private static String cpr(Random random) {
		return String.format("%02d%02d15%04d", 1 + random.nextInt(28), 1 + random.nextInt(12), 4000 + random.nextInt(1000));
	}

	int port;

	private Process start(Path jar, String url, List<String> extra) throws IOException {
		port = freePort();
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
				"-jar", jar.toString(), "--spring.profiles.active=demo", "--sagsvagt.demo.cases=40", "--server.port=" + port,
				"--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--sagsvagt.files.dir=" + dir.resolve("files"),
				"--management.endpoint.health.probes.enabled=true", "--logging.level.root=warn"));
		command.addAll(extra);
		return new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("application.log").toFile()))
			.start();
	}

	/** A port nothing listens on now (a random one from a range was sometimes taken, and the start failed). */
	static int freePort() throws IOException {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	/** Ready means the demo data is made and the application takes traffic (the readiness probe). */
	private void awaitReady(Process app) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
		while (System.nanoTime() < deadline) {
			assertThat(app.isAlive()).as("the application started; see " + dir.resolve("application.log")).isTrue();
			try {
				HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
					.timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
				if (r.statusCode() == 200) {
					return;
				}
			}
			catch (IOException e) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		throw new AssertionError("not ready in 3 minutes: " + Files.readString(dir.resolve("application.log")).lines()
			.reduce((a, b) -> b).orElse(""));
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
