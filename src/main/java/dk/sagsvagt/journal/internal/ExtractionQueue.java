package dk.sagsvagt.journal.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.sagsvagt.journal.TextExtraction;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads the text of journaled documents that wait for it ({@code PENDING}), at most
 * {@link ExtractionProperties#concurrency()} at a time in this instance, and writes the result into the document's
 * row. A document is claimed with {@code FOR NO KEY UPDATE SKIP LOCKED} for as long as its file is read, so two
 * instances never read the same one, and one whose reading was cut off by a stop is still pending at the next start.
 * A document whose reading ended abnormally comes after every other one and waits a poll before it is tried again;
 * after {@link #MAX_ATTEMPTS} such ends it is marked as unreadable, so one bad file never holds up the rest.
 */
@Component
public class ExtractionQueue implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ExtractionQueue.class);

	static final int MAX_ATTEMPTS = 3;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final FileStore files;

	private final IsolatedExtractor extractor;

	private final ExtractionProperties properties;

	private final TaskScheduler scheduler;

	private final ExecutorService workers;

	private final AtomicInteger active = new AtomicInteger();

	private final AtomicBoolean wanted = new AtomicBoolean();

	ExtractionQueue(JdbcClient jdbc, PlatformTransactionManager transactions, FileStore files, IsolatedExtractor extractor,
			ExtractionProperties properties, TaskScheduler scheduler) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.files = files;
		this.extractor = extractor;
		this.properties = properties;
		this.scheduler = scheduler;
		AtomicInteger threads = new AtomicInteger();
		this.workers = Executors.newFixedThreadPool(properties.concurrency(), task -> {
			Thread thread = new Thread(task, "text-extraction-" + threads.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		});
	}

	/** At start (documents left pending by a stop) and then every {@code poll} (left by another instance). */
	@EventListener(ApplicationReadyEvent.class)
	void start() {
		scheduler.scheduleWithFixedDelay(this::wake, Instant.now(), properties.poll());
	}

	/** Tells the queue that a document may be waiting, as after the commit of a journaled PDF or Word file. */
	public void wake() {
		wanted.set(true);
		startWorkerIfRoom();
	}

	private void startWorkerIfRoom() {
		if (active.incrementAndGet() <= properties.concurrency()) {
			workers.execute(this::drain);
		}
		else {
			active.decrementAndGet();
		}
	}

	private void drain() {
		try {
			do {
				wanted.set(false);
				while (extractOne()) {
					// the next one
				}
			}
			while (wanted.get());
		}
		catch (RuntimeException e) {
			// the document stays pending and is tried again at the next poll
			log.error("Text extraction stopped: {}", e.toString());
		}
		finally {
			active.decrementAndGet();
		}
		if (wanted.get()) {
			startWorkerIfRoom();
		}
	}

	private record Pending(long id, String fileSha256, String fileName) {
	}

	/** Reads the text of one waiting document; false when none waits that another worker does not already read. */
	boolean extractOne() {
		return Boolean.TRUE.equals(transaction.execute(status -> {
			Optional<Pending> pending = jdbc.sql("""
					SELECT d.id, d.file_sha256, d.file_name FROM journal.document d
					LEFT JOIN journal.extraction_attempt a ON a.document_id = d.id
					WHERE d.extraction = 'PENDING' AND (a.last_tried IS NULL OR a.last_tried < now() - make_interval(secs => ?))
					ORDER BY a.attempts NULLS FIRST, d.id LIMIT 1 FOR NO KEY UPDATE OF d SKIP LOCKED""")
				.param((double) properties.poll().toMillis() / 1000)
				.query(Pending.class)
				.optional();
			if (pending.isEmpty()) {
				return false;
			}
			Pending document = pending.get();
			long start = System.nanoTime();
			TextExtractor.Result result = earlierResult(document.fileSha256()).orElseGet(() -> read(document));
			if (result == null) {
				// ended abnormally, to be tried again later: the next document first
				return true;
			}
			if (!TextExtraction.PENDING.canBecome(result.status())) {
				throw new IllegalStateException("A pending extraction cannot end as " + result.status());
			}
			jdbc.sql("UPDATE journal.document SET extraction = ?, extracted_text = ? WHERE id = ?")
				.params(result.status().name(), result.text(), document.id())
				.update();
			// the document's id, never its contents
			log.info("Text of document {} read: {} in {} ms", document.id(), result.status(), (System.nanoTime() - start) / 1_000_000);
			return true;
		}));
	}

	/** The same file journaled before and read to an end that reading again would repeat (a time-out might not). */
	private Optional<TextExtractor.Result> earlierResult(String sha256) {
		return jdbc.sql("""
				SELECT extraction, extracted_text FROM journal.document
				WHERE file_sha256 = ? AND extraction IN ('OK', 'FAILED', 'TOO_LARGE', 'UNSUPPORTED') LIMIT 1""")
			.param(sha256)
			.query((rs, n) -> new TextExtractor.Result(TextExtraction.valueOf(rs.getString(1)), rs.getString(2)))
			.optional();
	}

	private TextExtractor.Result read(Pending document) {
		Path file = files.path(document.fileSha256());
		try {
			return extractor.extract(file, TextExtractor.typeOf(file, document.fileName()), document.fileName());
		}
		catch (IsolatedExtractor.AbnormalEnd e) {
			int attempts = countAttempt(document.id());
			log.warn("Text of document {} not read, attempt {} of {}: {}", document.id(), attempts, MAX_ATTEMPTS, e.getMessage());
			return attempts < MAX_ATTEMPTS ? null : new TextExtractor.Result(TextExtraction.FAILED, null);
		}
		catch (IOException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Text extraction interrupted", e);
		}
	}

	/** Counted in the claiming transaction; how many times the document's reading has now ended abnormally. */
	private int countAttempt(long documentId) {
		return jdbc.sql("""
				INSERT INTO journal.extraction_attempt (document_id, attempts, last_tried) VALUES (?, 1, clock_timestamp())
				ON CONFLICT (document_id) DO UPDATE SET attempts = journal.extraction_attempt.attempts + 1, last_tried = clock_timestamp()
				RETURNING attempts""")
			.param(documentId)
			.query(Integer.class)
			.single();
	}

	@Override
	public void destroy() {
		workers.shutdownNow();
		extractor.stopAll();
	}
}
