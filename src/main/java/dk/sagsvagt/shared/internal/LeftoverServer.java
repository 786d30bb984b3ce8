package dk.sagsvagt.shared.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on our data directory. When the JVM is killed (SIGKILL) the embedded server
 * keeps running and holds the directory's lock file, so the next start would fail. We stop such a server cleanly
 * (SIGINT: PostgreSQL's fast shutdown, which rolls back open transactions and writes a checkpoint) before starting.
 */
final class LeftoverServer {

	private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);

	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);

	private LeftoverServer() {
	}

	/** Stops a running server on {@code dataDir}, if there is one. Returns whether one was stopped. */
	static boolean stopIfRunning(Path dataDir) throws IOException {
		Optional<ProcessHandle> server = find(dataDir);
		if (server.isEmpty()) {
			return false;
		}
		ProcessHandle process = server.get();
		log.warn("A PostgreSQL server (pid {}) from an earlier run still holds {}; stopping it", process.pid(), dataDir);
		signal(process, "-INT");
		try {
			process.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception e) {
			throw new IOException("The PostgreSQL server left running on " + dataDir + " (pid " + process.pid()
					+ ") did not stop within " + STOP_TIMEOUT.toSeconds() + " s", e);
		}
		return true;
	}

	/** The live postmaster named in {@code postmaster.pid}, if it is a PostgreSQL process. */
	static Optional<ProcessHandle> find(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty()) {
			return Optional.empty();
		}
		long pid;
		try {
			pid = Long.parseLong(lines.get(0).trim());
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
		return ProcessHandle.of(pid)
			.filter(ProcessHandle::isAlive)
			.filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false));
	}

	private static void signal(ProcessHandle process, String signal) throws IOException {
		try {
			int exit = new ProcessBuilder("kill", signal, Long.toString(process.pid())).inheritIO().start().waitFor();
			if (exit == 0) {
				return;
			}
		}
		catch (IOException e) {
			log.debug("kill not available, falling back to SIGTERM", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while stopping PostgreSQL", e);
		}
		process.destroy();
	}
}
