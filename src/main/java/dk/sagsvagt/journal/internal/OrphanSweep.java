package dk.sagsvagt.journal.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes stored files that no document row names, once they are older than the grace period: what is left when
 * the database write of an upload failed after its file was stored.
 */
@Component
public class OrphanSweep {

	private static final Logger log = LoggerFactory.getLogger(OrphanSweep.class);

	private static final int BATCH = 1000;

	private final FileStore store;

	private final JdbcClient jdbc;

	private final FileStoreProperties properties;

	private final Clock clock;

	OrphanSweep(FileStore store, JdbcClient jdbc, FileStoreProperties properties, Clock clock) {
		this.store = store;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(cron = "${sagsvagt.files.sweep-cron:0 17 3 * * *}", zone = "Europe/Copenhagen")
	void nightly() throws IOException {
		sweep(Instant.now(clock).minus(properties.orphanGrace()));
	}

	/** Removes orphans last modified before {@code olderThan}; returns how many files were removed. */
	public int sweep(Instant olderThan) throws IOException {
		List<Path> candidates = new ArrayList<>();
		for (Path file : store.allFiles()) {
			if (Files.getLastModifiedTime(file).toInstant().isBefore(olderThan)
					&& (FileStore.isTemporary(file) || FileStore.hashOf(file) != null)) {
				candidates.add(file);
			}
		}
		int removed = 0;
		for (int from = 0; from < candidates.size(); from += BATCH) {
			List<Path> batch = candidates.subList(from, Math.min(from + BATCH, candidates.size()));
			String[] hashes = batch.stream().map(FileStore::hashOf).filter(h -> h != null).toArray(String[]::new);
			Set<String> known = new HashSet<>(jdbc
				.sql("SELECT DISTINCT file_sha256 FROM journal.document WHERE file_sha256 = ANY(?)")
				.param(hashes)
				.query(String.class)
				.list());
			for (Path file : batch) {
				String hash = FileStore.hashOf(file);
				if (hash == null || !known.contains(hash)) {
					Files.deleteIfExists(file);
					removed++;
				}
			}
		}
		if (removed > 0) {
			log.info("Removed {} stored files that no document names", removed);
		}
		return removed;
	}
}
