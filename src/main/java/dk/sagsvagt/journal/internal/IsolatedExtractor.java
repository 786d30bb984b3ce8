package dk.sagsvagt.journal.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

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

	/**
	 * The text of the file, or why there is none. Throws when no child process could be run at all (a broken
	 * installation), so that the document stays pending instead of being marked as unreadable.
	 */
	TextExtractor.Result extract(Path file, String type) throws IOException, InterruptedException {
		Path output = Files.createTempFile("sagsvagt-text-", ".txt");
		try {
			Process child = new ProcessBuilder(command(file, type, output))
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
			running.add(child);
			child.getOutputStream().close();
			try {
				if (!child.waitFor(properties.timeLimit().toMillis(), TimeUnit.MILLISECONDS)) {
					child.destroyForcibly().waitFor();
					return new TextExtractor.Result(TextExtraction.TIMED_OUT, null);
				}
			}
			finally {
				child.destroyForcibly();
				running.remove(child);
			}
			return switch (child.exitValue()) {
				case ExtractionProcess.OK -> new TextExtractor.Result(TextExtraction.OK, read(output));
				case ExtractionProcess.FAILED -> new TextExtractor.Result(TextExtraction.FAILED, null);
				case ExtractionProcess.TOO_LARGE -> new TextExtractor.Result(TextExtraction.TOO_LARGE, null);
				case ExtractionProcess.UNSUPPORTED -> new TextExtractor.Result(TextExtraction.UNSUPPORTED, null);
				case ExtractionProcess.TIMED_OUT -> new TextExtractor.Result(TextExtraction.TIMED_OUT, null);
				// killed by the operating system (137: SIGKILL, as its out-of-memory killer does)
				case 137 -> new TextExtractor.Result(TextExtraction.TOO_LARGE, null);
				default -> throw new IOException("The text extraction process could not run (exit code " + child.exitValue() + ")");
			};
		}
		finally {
			Files.deleteIfExists(output);
		}
	}

	/** Ends the children still running, when the application stops: their documents stay pending for the next start. */
	void stopAll() {
		running.forEach(Process::destroyForcibly);
	}

	private List<String> command(Path file, String type, Path output) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx" + properties.maxHeap().toMegabytes() + "m", "-XX:MaxMetaspaceSize=128m", "-XX:MaxDirectMemorySize=32m",
				"-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:ActiveProcessorCount=1",
				"-Djava.awt.headless=true", "-Dfile.encoding=UTF-8"));
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
		command.addAll(List.of(file.toAbsolutePath().toString(), type, output.toAbsolutePath().toString(), Long.toString(seconds)));
		return command;
	}

	private static boolean packaged() {
		ClassLoader loader = ExtractionProcess.class.getClassLoader();
		return loader != null && loader.getClass().getName().startsWith("org.springframework.boot.loader.");
	}

	private static String read(Path output) throws IOException {
		char[] text = new char[TextExtractor.MAX_CHARS];
		int length = 0;
		try (Reader in = new InputStreamReader(Files.newInputStream(output), StandardCharsets.UTF_8)) {
			for (int n; length < text.length && (n = in.read(text, length, text.length - length)) > 0;) {
				length += n;
			}
		}
		return new String(text, 0, length);
	}
}
