package dk.sagsvagt.journal;

import java.io.ByteArrayInputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.journal.internal.FileStore;
import dk.sagsvagt.journal.internal.StoredFile;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The queue that reads pending documents' text: after a restart, beside another instance, one file at a time. */
@IntegrationTest
class ExtractionQueueTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FileStore files;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	UserDetailsService users;

	@Test
	@Timeout(60)
	void aDocumentLeftPendingByAStopIsReadAtTheNextPollAndFound() throws Exception {
		String number = pendingDocument("Tilsynsrapporten om plejefamilien Kvistgaard");

		assertThat(fixtures.awaitExtraction(number)).isEqualTo("OK");
		// the file's text and nothing else: not what the child's libraries log
		assertThat(jdbc.queryForObject("SELECT extracted_text FROM journal.document WHERE document_number = ?", String.class, number))
			.isEqualToIgnoringWhitespace("Tilsynsrapporten om plejefamilien Kvistgaard");
		mvc.perform(get("/api/search").param("q", "Kvistgaard").with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(jsonPath("$.documents[*].documentNumber").value(hasItem(number)))
			.andExpect(jsonPath("$.documents[*].snippet").value(hasItem(containsString("Kvistgaard"))));
	}

	@Test
	@Timeout(60)
	void aDocumentThatAnotherInstanceIsReadingIsSkipped() throws Exception {
		// the held document becomes pending only a moment before the other instance locks it: were it pending while
		// the next document was made, this instance's poll (every 2 s here) could read it first
		Pending pending = preparedPendingDocument("Dokumentet som en anden instans læser", "rapport.pdf");
		String held = pending.number();
		String next = pendingDocument("Dokumentet der læses imens");
		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<Void> otherInstance = CompletableFuture.runAsync(() -> {
			pending.journal().run();
			new TransactionTemplate(transactions).executeWithoutResult(status -> {
				jdbc.queryForList("SELECT id FROM journal.document WHERE document_number = ? FOR NO KEY UPDATE", held);
				locked.countDown();
				await(release);
			});
		});
		try {
			locked.await(10, TimeUnit.SECONDS);
			assertThat(fixtures.awaitExtraction(next)).isEqualTo("OK");
			assertThat(state(held)).isEqualTo("PENDING");
		}
		finally {
			release.countDown();
			otherInstance.get(10, TimeUnit.SECONDS);
		}
		assertThat(fixtures.awaitExtraction(held)).isEqualTo("OK");
	}

	@Test
	@Timeout(90)
	void atMostOneFileIsReadAtATime() throws Exception {
		CaseFile caseFile = fixtures.caseIn(fixtures.unitA(), "Sag med mange filer");
		for (int i = 1; i <= 3; i++) {
			mvc.perform(multipart("/api/cases/{n}/documents", caseFile.caseNumber())
				.file(new MockMultipartFile("file", "brev" + i + ".pdf", "application/pdf", JournalApiTest.pdf("Brev nummer " + i + " om samvær")))
				.param("title", "Brev " + i)
				.with(httpBasic("test.a", Fixtures.PASSWORD)))
				.andExpect(status().isCreated());
		}
		AtomicInteger most = new AtomicInteger();
		while (jdbc.queryForObject("SELECT count(*) FROM journal.document WHERE case_id = ? AND extraction = 'PENDING'", Integer.class,
				caseFile.id()) > 0) {
			// the only Java processes this JVM starts are the extraction's (PostgreSQL is not one); the command line
			// itself is not always readable, its class path being long
			long children = ProcessHandle.current().descendants()
				.filter(p -> p.info().command().map(c -> c.endsWith("/java") || c.endsWith("\\java.exe")).orElse(false))
				.count();
			most.accumulateAndGet((int) children, Math::max);
			Thread.sleep(20);
		}
		assertThat(most.get()).isEqualTo(1);
		for (int i = 1; i <= 3; i++) {
			assertThat(state(caseFile.caseNumber() + "-" + i)).isEqualTo("OK");
		}
	}

	@Test
	void theDocumentPageShowsTheStateInDanishAndTheFileStaysDownloadable() throws Exception {
		String number = pendingDocument("Tekst der aldrig blev læst");
		String timedOut = number.substring(0, number.lastIndexOf('-')) + "-2";
		jdbc.update("""
				INSERT INTO journal.document (case_id, document_number, seq, version, title, direction, kind, document_date, author,
				    file_sha256, file_name, content_type, file_size, extraction, journaled_at, journaled_by)
				SELECT case_id, ?, 2, 1, 'For langsom fil', direction, kind, document_date, author, file_sha256, file_name,
				    content_type, file_size, 'TIMED_OUT', journaled_at, journaled_by
				FROM journal.document WHERE document_number = ?""", timedOut, number);

		var a = SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("test.a"));
		mvc.perform(get("/documents/{d}", timedOut).with(a))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tekst kunne ikke udtrækkes: tidsgrænse overskredet")));
		mvc.perform(get("/api/documents/{d}", timedOut).with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(jsonPath("$[0].extraction").value("TIMED_OUT"))
			.andExpect(jsonPath("$[0].extractionText").value(containsString("tidsgrænse overskredet")));
		mvc.perform(get("/documents/{d}/content", timedOut).with(a))
			.andExpect(status().isOk());
	}

	@Test
	@Timeout(90)
	void aFileWhoseReaderDiesAbnormallyNeitherBlocksTheNextNorStaysPendingForever() throws Exception {
		// application-test.yml makes the child JVM fail to start (exit code 1) for file names starting "styrter-"
		String crashing = pendingDocument("Filen hvis læser styrter", "styrter-rapport.pdf");
		String next = pendingDocument("Brevet efter den syge fil om Bøgholt", "rapport.pdf");

		assertThat(fixtures.awaitExtraction(next)).isEqualTo("OK");
		mvc.perform(get("/api/search").param("q", "Bøgholt").with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(jsonPath("$.documents[*].documentNumber").value(hasItem(next)));
		assertThat(fixtures.awaitExtraction(crashing)).isEqualTo("FAILED");
		assertThat(jdbc.queryForObject("""
				SELECT a.attempts FROM journal.extraction_attempt a JOIN journal.document d ON d.id = a.document_id
				WHERE d.document_number = ?""", Integer.class, crashing)).isEqualTo(3);
		mvc.perform(get("/documents/{d}", crashing).with(SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("test.a"))))
			.andExpect(content().string(containsString("Tekst kunne ikke udtrækkes: filen kunne ikke læses")));
	}

	private String pendingDocument(String text) throws Exception {
		return pendingDocument(text, "rapport.pdf");
	}

	/** A PDF document journaled as PENDING by an instance that stopped before reading it; its number. */
	private String pendingDocument(String text, String fileName) throws Exception {
		Pending pending = preparedPendingDocument(text, fileName);
		pending.journal().run();
		return pending.number();
	}

	/** A document's number and the step that journals it as PENDING. */
	private record Pending(String number, Runnable journal) {
	}

	/** Makes the case and stores the file; journaling the document as PENDING is left to the caller. */
	private Pending preparedPendingDocument(String text, String fileName) throws Exception {
		CaseFile caseFile = fixtures.caseIn(fixtures.unitA(), "Sag med ventende tekst");
		StoredFile stored = files.store(new ByteArrayInputStream(JournalApiTest.pdf(text)), 1_000_000);
		String number = caseFile.caseNumber() + "-1";
		return new Pending(number, () -> jdbc.update("""
				INSERT INTO journal.document (case_id, document_number, seq, version, title, direction, kind, document_date, author,
				    file_sha256, file_name, content_type, file_size, extraction, journaled_at, journaled_by)
				VALUES (?, ?, 1, 1, 'Rapport', 'INCOMING', 'REPORT', current_date, 'Anne Testsen', ?, ?, 'application/pdf', ?,
				    'PENDING', ?, 'test.a')""", caseFile.id(), number, stored.sha256(), fileName, stored.size(), Timestamp.from(Instant.now())));
	}

	private String state(String number) {
		return jdbc.queryForObject("SELECT extraction FROM journal.document WHERE document_number = ?", String.class, number);
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(30, TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
