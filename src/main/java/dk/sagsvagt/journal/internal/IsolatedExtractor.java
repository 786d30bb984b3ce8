package dk.sagsvagt.journal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dk.sagsvagt.journal.TextExtraction;

import org.springframework.stereotype.Component;

/**
 * Reads a file's text in a child JVM of its own ({@link ExtractionProcess}) with a small heap and a time limit: what
 * a hostile file costs is bounded by the child, and the child is killed at the limit. Works from the class path
 * (tests, {@code spring-boot:run}) and from the packaged Spring Boot jar.
 */
@Component
class IsolatedExtractor {

	private final ExtractionProperties properties;

	private final Set<Process> running = ConcurrentHashMap.newKeySet();

	IsolatedExtractor(ExtractionProperties properties) {
		this.properties = properties;
	}

	/** The child ended in a way that says nothing of the file for certain (a crash, a JVM that did not start). */
	static final class AbnormalEnd extends IOException {

		AbnormalEnd(String message, Throwable cause) {
			super(message, cause);
		}
	}

	/**
	 * The text of the file, or why there is none. Throws {@link AbnormalEnd} when the child ended abnormally, which
	 * the queue counts against the document, and a plain {@link IOException} when no child process could be started
	 * at all (a broken installation), so that the document stays pending instead of being marked as unreadable.
	 */
	TextExtractor.Result extract(Path file, String type, String fileName) throws IOException, InterruptedException {
		Process child = new ProcessBuilder(command(file, type, fileName)).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		running.add(child);
		// the text comes through the pipe, read while the child writes it (it would block on a full pipe otherwise)
		FutureTask<String> text = new FutureTask<>(() -> read(child.getInputStream()));
		Thread reader = new Thread(text, "text-extraction-reader");
		reader.setDaemon(true);
		reader.start();
		try {
			child.getOutputStream().close();
			if (!child.waitFor(properties.timeLimit().toMillis(), TimeUnit.MILLISECONDS)) {
				return new TextExtractor.Result(TextExtraction.TIMED_OUT, null);
			}
			return switch (child.exitValue()) {
				case ExtractionProcess.OK -> new TextExtractor.Result(TextExtraction.OK, text.get(10, TimeUnit.SECONDS));
				case ExtractionProcess.FAILED -> new TextExtractor.Result(TextExtraction.FAILED, null);
				case ExtractionProcess.TOO_LARGE -> new TextExtractor.Result(TextExtraction.TOO_LARGE, null);
				case ExtractionProcess.UNSUPPORTED -> new TextExtractor.Result(TextExtraction.UNSUPPORTED, null);
				case ExtractionProcess.TIMED_OUT -> new TextExtractor.Result(TextExtraction.TIMED_OUT, null);
				// killed by the operating system (137: SIGKILL, as its out-of-memory killer does)
				case 137 -> new TextExtractor.Result(TextExtraction.TOO_LARGE, null);
				default -> throw new AbnormalEnd("The text extraction process ended abnormally (exit code " + child.exitValue() + ")", null);
			};
		}
		catch (ExecutionException | TimeoutException e) {
			throw new AbnormalEnd("The text extraction process's output could not be read", e);
		}
		finally {
			child.destroyForcibly();
			running.remove(child);
			reader.interrupt();
		}
	}

	/** Ends the children still running, when the application stops: their documents stay pending for the next start. */
	void stopAll() {
		running.forEach(Process::destroyForcibly);
	}

	private List<String> command(Path file, String type, String fileName) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx" + properties.maxHeap().toMegabytes() + "m", "-XX:MaxMetaspaceSize=128m", "-XX:MaxDirectMemorySize=32m",
				"-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:ActiveProcessorCount=1",
				"-Djava.awt.headless=true", "-Dfile.encoding=UTF-8",
				// no logging at all in the child (PDFBox logs warnings about fonts): less to start, nothing to leak
				"-Dslf4j.provider=org.slf4j.helpers.NOP_FallbackServiceProvider"));
		if (!properties.failToStartFor().isEmpty() && fileName != null && fileName.matches(properties.failToStartFor())) {
			command.add("-XX:+NoSuchOptionInThisJvm");
		}
		String classPath = System.getProperty("java.class.path");
		command.add("-cp");
		command.add(classPath);
		if (packaged()) {
			// in the Spring Boot jar our classes and libraries are nested jars, which only Boot's launcher can load
			command.add("-Dloader.main=" + ExtractionProcess.class.getName());
			command.add("org.springframework.boot.loader.launch.PropertiesLauncher");
		}
		else {
			command.add(ExtractionProcess.class.getName());
		}
		long seconds = Math.max(1, properties.timeLimit().toSeconds());
		command.addAll(List.of(file.toAbsolutePath().toString(), type, Long.toString(seconds)));
		return command;
	}

	private static boolean packaged() {
		ClassLoader loader = ExtractionProcess.class.getClassLoader();
		return loader != null && loader.getClass().getName().startsWith("org.springframework.boot.loader.");
	}

	/** At most {@link TextExtractor#MAX_CHARS} characters; the rest is read and dropped, so the child can finish. */
	private static String read(InputStream output) throws IOException {
		char[] text = new char[TextExtractor.MAX_CHARS];
		char[] dropped = new char[8192];
		int length = 0;
		try (Reader in = new InputStreamReader(output, StandardCharsets.UTF_8)) {
			for (boolean full = false;; full = length == text.length) {
				int n = full ? in.read(dropped) : in.read(text, length, text.length - length);
				if (n < 0) {
					break;
				}
				length += full ? 0 : n;
			}
		}
		return new String(text, 0, length);
	}
}
