package dk.sagsvagt.support;

import java.io.FileOutputStream;
import java.lang.reflect.Field;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Crashes and orphans of an embedded PostgreSQL, as a killed machine or JVM would leave them. */
public final class Crash {

	private Crash() {
	}

	/**
	 * zonky holds a file lock on {@code epg-lock} for as long as its JVM lives, and the operating system releases it
	 * when that JVM is killed. Here the "killed" instance lives in this JVM, so release its lock as the OS would.
	 */
	public static void releaseLockAsTheOsWould(EmbeddedPostgres server) throws Exception {
		Field lock = EmbeddedPostgres.class.getDeclaredField("lock");
		lock.setAccessible(true);
		((FileLock) lock.get(server)).release();
		Field stream = EmbeddedPostgres.class.getDeclaredField("lockStream");
		stream.setAccessible(true);
		((FileOutputStream) stream.get(server)).close();
	}

	/** PostgreSQL's immediate shutdown (SIGQUIT): no checkpoint, recovery from the WAL at the next start, as after a power cut. */
	public static void crash(Path dataDir) throws Exception {
		long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
		ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
		new ProcessBuilder("kill", "-QUIT", Long.toString(pid)).inheritIO().start().waitFor();
		postmaster.onExit().get(30, TimeUnit.SECONDS);
	}
}
