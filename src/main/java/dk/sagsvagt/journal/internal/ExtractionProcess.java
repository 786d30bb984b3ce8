package dk.sagsvagt.journal.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The main class of the child process that reads one file's text: {@code <file> <type> <output> <seconds>}. It
 * writes the text (UTF-8, at most {@link TextExtractor#MAX_CHARS} characters) to the output file and tells how it
 * went by its exit code. It runs with a small heap and {@code -XX:+ExitOnOutOfMemoryError}, so a file that unpacks
 * to more than the heap ends the process, never the application; it stops itself after the time limit in case the
 * application that started it is gone.
 */
public final class ExtractionProcess {

	static final int OK = 0;

	static final int FAILED = 2;

	/** The code of {@code -XX:+ExitOnOutOfMemoryError}, used here too for POI's zip-bomb refusal. */
	static final int TOO_LARGE = 3;

	static final int UNSUPPORTED = 4;

	static final int TIMED_OUT = 5;

	private ExtractionProcess() {
	}

	public static void main(String[] args) {
		Path file = Path.of(args[0]);
		String type = args[1];
		Path output = Path.of(args[2]);
		long seconds = Long.parseLong(args[3]);
		Thread watchdog = new Thread(() -> {
			try {
				TimeUnit.SECONDS.sleep(seconds);
			}
			catch (InterruptedException e) {
				return;
			}
			Runtime.getRuntime().halt(TIMED_OUT);
		}, "watchdog");
		watchdog.setDaemon(true);
		watchdog.start();
		Runtime.getRuntime().halt(run(file, type, output));
	}

	private static int run(Path file, String type, Path output) {
		try {
			String text = TextExtractor.read(type, file);
			if (text == null) {
				return UNSUPPORTED;
			}
			try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8))) {
				out.write(text);
			}
			return OK;
		}
		catch (OutOfMemoryError e) {
			return TOO_LARGE;
		}
		catch (IOException e) {
			// POI refuses a zip entry that unpacks too far ("Zip bomb detected!"): the file is too large unpacked
			return e.getMessage() != null && e.getMessage().startsWith("Zip bomb") ? TOO_LARGE : FAILED;
		}
		catch (Throwable e) {
			// nothing is written to stdout or stderr: an exception's message can quote the document
			return FAILED;
		}
	}
}
