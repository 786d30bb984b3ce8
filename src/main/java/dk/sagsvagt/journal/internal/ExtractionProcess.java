package dk.sagsvagt.journal.internal;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The main class of the child process that reads one file's text: {@code <file> <type> <seconds>}. It writes the
 * text (UTF-8, at most {@link TextExtractor#MAX_CHARS} characters) to standard output, never to a file that a crash
 * could leave behind, and tells how it went by its exit code. It runs with a small heap and {@code -XX:+ExitOnOutOfMemoryError}, so a file that unpacks
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
		// standard output carries the text alone: what the libraries log goes to standard error (discarded)
		OutputStream text = new FileOutputStream(FileDescriptor.out);
		System.setOut(System.err);
		Path file = Path.of(args[0]);
		String type = args[1];
		long seconds = Long.parseLong(args[2]);
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
		Runtime.getRuntime().halt(run(file, type, text));
	}

	private static int run(Path file, String type, OutputStream output) {
		try {
			String text = TextExtractor.read(type, file);
			if (text == null) {
				return UNSUPPORTED;
			}
			try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8))) {
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
			// nothing is written to stderr: an exception's message can quote the document
			return FAILED;
		}
	}
}
