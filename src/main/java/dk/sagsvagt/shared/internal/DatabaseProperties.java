package dk.sagsvagt.shared.internal;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL that runs when no external database is configured.
 *
 * @param dataDir where PostgreSQL keeps its data; survives restarts
 * @param port the port to listen on, 0 for any free port
 * @param ephemeral a throwaway instance in a temporary directory without fsync (tests only)
 */
@ConfigurationProperties("sagsvagt.database")
public record DatabaseProperties(Path dataDir,
		@DefaultValue("0") int port, @DefaultValue("false") boolean ephemeral) {
}
