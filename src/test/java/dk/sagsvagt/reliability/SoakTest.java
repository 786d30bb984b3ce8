package dk.sagsvagt.reliability;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 50 concurrent users with a realistic mix over HTTP (open a case and its journal, Mine frister, the unit's worklist,
 * search, the case's deadlines, journal a note, register a case). The normal test run is a smoke test of 20 seconds:
 * no error under load. The soak run, {@code -Dsagsvagt.soak.seconds=600} (at least {@value #LEAK_CHECK_SECONDS}),
 * also measures the heap in use after a full collection once the first tenth has filled the caches and at the end,
 * and fails when the run kept more than {@value #RETAINED_BYTES_PER_REQUEST} bytes per request: a leak of anything a
 * request makes. Twenty seconds are too short to tell a leak from the collector's timing.
 */
@IntegrationTest
class SoakTest {

	static final int USERS = 50;

	static final long SECONDS = Long.getLong("sagsvagt.soak.seconds", 20);

	/** A run at least this long checks the heap too. */
	static final long LEAK_CHECK_SECONDS = 300;

	/** What a long run may keep per request it served (caches fill in the first tenth). */
	static final long RETAINED_BYTES_PER_REQUEST = 256;

	static final List<String> USERNAMES = List.of("test.a", "test.team", "test.leader.a", "test.director");

	static final List<String> WORDS = List.of("underretning", "skole", "samtale", "handleplan", "forældre", "trivsel");

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	final Queue<String> errors = new ConcurrentLinkedQueue<>();

	final AtomicLong requests = new AtomicLong();

	@Test
	void fiftyUsersWithARealisticMixGetNoErrorAndOnALongRunKeepNothingPerRequest() throws Exception {
		fixtures.unitA();
		List<String> caseNumbers = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			caseNumbers.add(fixtures.caseIn(fixtures.unitA(), "test.a", "Sag under belastning " + i).caseNumber());
		}
		MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
		List<Long> heap = new ArrayList<>();
		heap.add(usedAfterGc(memory));
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
		ExecutorService users = Executors.newFixedThreadPool(USERS);
		for (int u = 0; u < USERS; u++) {
			Random random = new Random(u);
			String user = USERNAMES.get(u % USERNAMES.size());
			users.submit(() -> {
				while (System.nanoTime() < end && errors.size() < 20) {
					act(user, random, caseNumbers);
				}
			});
		}
		users.shutdown();
		// the heap after a full collection, every tenth of the run
		while (!users.awaitTermination(SECONDS * 100, TimeUnit.MILLISECONDS)) {
			heap.add(usedAfterGc(memory));
		}
		heap.add(usedAfterGc(memory));
		assertThat(errors).as(requests.get() + " requests").isEmpty();
		assertThat(requests.get()).isGreaterThan(SECONDS * 20);
		if (SECONDS >= LEAK_CHECK_SECONDS) {
			long warm = heap.get(Math.max(1, heap.size() / 10));
			long retained = heap.get(heap.size() - 1) - warm;
			assertThat(retained / requests.get()).as("bytes kept per request; heap in use after GC over the run: " + heap)
				.isLessThan(RETAINED_BYTES_PER_REQUEST);
		}
	}

	private void act(String user, Random random, List<String> caseNumbers) {
		String caseNumber = caseNumbers.get(random.nextInt(caseNumbers.size()));
		int pick = random.nextInt(100);
		try {
			if (pick < 40) {
				call(user, "GET", "/api/cases/" + caseNumber, null, 200);
				call(user, "GET", "/api/cases/" + caseNumber + "/documents", null, 200);
			}
			else if (pick < 55) {
				call(user, "GET", "/api/deadlines/mine", null, 200);
			}
			else if (pick < 65) {
				call(user, "GET", "/api/search?q=" + URLEncoder.encode(WORDS.get(random.nextInt(WORDS.size())), StandardCharsets.UTF_8), null, 200);
			}
			else if (pick < 75) {
				call(user, "GET", "/api/cases/" + caseNumber + "/deadlines", null, 200);
			}
			else if (pick < 90) {
				call(user, "POST", "/api/cases/" + caseNumber + "/documents",
						"{\"title\": \"Notat under belastning\", \"text\": \"Telefonsamtale med moren om skolen.\"}", 201);
			}
			else {
				call(user, "POST", "/api/cases", """
						{"caseType": "NOTIFICATION", "title": "Underretning under belastning", "citizenCpr": "%s", "citizenName": "Bente Belastning"}"""
					.formatted(Fixtures.newChildCpr()), 201);
			}
		}
		catch (Exception e) {
			errors.add(user + ": " + e);
		}
	}

	private void call(String user, String method, String path, String body, int expected) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		requests.incrementAndGet();
		if (answer.statusCode() != expected) {
			errors.add(user + " " + method + " " + path + " → " + answer.statusCode() + " " + answer.body());
		}
	}

	private static long usedAfterGc(MemoryMXBean memory) {
		memory.gc();
		return memory.getHeapMemoryUsage().getUsed();
	}
}
