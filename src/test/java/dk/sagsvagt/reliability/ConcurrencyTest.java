package dk.sagsvagt.reliability;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 1,000 case creations and 1,000 document journals at once over HTTP, 64 at a time: many creations for the same few
 * new citizens (their register rows race to be made) and the journals crowded onto ten cases (their document counters
 * race). Every request succeeds (no deadlock or serialization failure reaches a user), case numbers are unique, and
 * each case's documents are numbered 1..n without a gap or a repeat.
 */
@IntegrationTest
class ConcurrencyTest {

	static final int CREATIONS = 1_000;

	static final int JOURNALS = 1_000;

	static final int CROWDED_CASES = 10;

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void concurrentCreationsAndJournalsGiveUniqueNumbersWithoutErrors() throws Exception {
		fixtures.unitA();
		List<String> crowded = new ArrayList<>();
		for (int i = 0; i < CROWDED_CASES; i++) {
			crowded.add(fixtures.caseIn(fixtures.unitA(), "test.a", "Travl sag " + i).caseNumber());
		}
		List<String> citizens = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			citizens.add(Fixtures.newChildCpr());
		}
		List<Callable<String>> work = new ArrayList<>();
		for (int i = 0; i < Math.max(CREATIONS, JOURNALS); i++) {
			int n = i;
			if (i < CREATIONS) {
				work.add(() -> post("/api/cases", """
						{"caseType": "NOTIFICATION", "title": "Samtidig oprettet %d", "citizenCpr": "%s", "citizenName": "Samtidig Borger"}"""
					.formatted(n, citizens.get(n % citizens.size())), "caseNumber"));
			}
			if (i < JOURNALS) {
				work.add(() -> post("/api/cases/" + crowded.get(n % CROWDED_CASES) + "/documents", """
						{"title": "Samtidigt notat %d", "direction": "INTERNAL", "kind": "NOTE", "text": "Notat nummer %d"}""".formatted(n, n),
						"documentNumber"));
			}
		}
		Collections.shuffle(work, new java.util.Random(2018));
		ExecutorService pool = Executors.newFixedThreadPool(64);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<String>> answers = new ArrayList<>();
		try {
			for (Callable<String> w : work) {
				answers.add(pool.submit(() -> {
					start.await();
					return w.call();
				}));
			}
			start.countDown();
			List<String> numbers = new ArrayList<>();
			List<String> errors = new ArrayList<>();
			for (Future<String> answer : answers) {
				String number = answer.get();
				(number.startsWith("!") ? errors : numbers).add(number);
			}
			assertThat(errors).as("answers that were not 201").isEmpty();
			Set<String> unique = new HashSet<>(numbers);
			assertThat(unique).hasSize(CREATIONS + JOURNALS);
		}
		finally {
			pool.shutdownNow();
		}
		for (String caseNumber : crowded) {
			List<Integer> seqs = jdbc.queryForList("""
					SELECT d.seq FROM journal.document d JOIN cases.case_file f ON f.id = d.case_id
					WHERE f.case_number = ? AND d.version = 1 ORDER BY d.seq""", Integer.class, caseNumber);
			assertThat(seqs).as("document numbers of " + caseNumber).hasSize(JOURNALS / CROWDED_CASES);
			for (int i = 0; i < seqs.size(); i++) {
				assertThat(seqs.get(i)).isEqualTo(i + 1);
			}
		}
		// the many creations for the same person made one citizen each, with all their cases
		assertThat(jdbc.queryForObject("SELECT count(*) FROM citizens.citizen WHERE cpr = ANY(?)", Long.class,
				(Object) citizens.toArray(String[]::new))).isEqualTo(citizens.size());
	}

	/**
	 * More searches at once than the connection pool has connections: each search reads in one transaction and then
	 * writes its access-log row on a connection of its own, so none may hold one connection while waiting for another.
	 */
	@Test
	void moreConcurrentSearchesThanPooledConnectionsAllAnswer() throws Exception {
		fixtures.unitA();
		ExecutorService pool = Executors.newFixedThreadPool(60);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < 120; i++) {
				String word = List.of("underretning", "skole", "samtale", "notat").get(i % 4);
				answers.add(pool.submit(() -> http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/search?q=" + word))
					.timeout(Duration.ofSeconds(20))
					.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("test.director:" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)))
					.build(), HttpResponse.BodyHandlers.discarding()).statusCode()));
			}
			for (Future<Integer> answer : answers) {
				assertThat(answer.get()).isEqualTo(200);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	/** POSTs JSON as test.a; the named property of the answer, or "!status body" when it is not 201. */
	private String post(String path, String body, String property) throws Exception {
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(60))
			.header("Content-Type", "application/json")
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("test.a:" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (answer.statusCode() != 201) {
			return "!" + answer.statusCode() + " " + path + " " + answer.body();
		}
		JsonNode created = json.readTree(answer.body());
		return created.get(property).asString();
	}
}
