package dk.sagsvagt.journal.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param dir where journaled files are kept, named by their SHA-256
 * @param orphanGrace how old a file with no document row must be before the sweep removes it; covers uploads
 * whose row is not yet committed
 */
@ConfigurationProperties("sagsvagt.files")
public record FileStoreProperties(Path dir, Duration orphanGrace) {
}
