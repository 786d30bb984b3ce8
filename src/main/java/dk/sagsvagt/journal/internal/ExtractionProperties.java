package dk.sagsvagt.journal.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the text of PDF and Word files is read outside the request.
 *
 * @param timeLimit how long reading one file may take, the child process's start included
 * @param maxHeap the child process's heap: a file that unpacks to more is marked too large
 * @param concurrency how many files are read at once by this instance (each is a process with {@code maxHeap})
 * @param poll how often documents still waiting are looked for (after a restart, or left by another instance); a
 *        document whose reading ended abnormally is tried again no sooner than this
 * @param failToStartFor a test hook, empty in production: for file names matching it the child JVM is given an
 *        option it refuses, so it exits abnormally (code 1) as a crashing reader would
 */
@ConfigurationProperties("sagsvagt.extraction")
public record ExtractionProperties(@DefaultValue("30s") Duration timeLimit, @DefaultValue("256MB") DataSize maxHeap,
		@DefaultValue("1") int concurrency, @DefaultValue("30s") Duration poll, @DefaultValue("") String failToStartFor) {

	public ExtractionProperties {
		if (concurrency < 1) {
			throw new IllegalArgumentException("sagsvagt.extraction.concurrency must be at least 1");
		}
	}
}
