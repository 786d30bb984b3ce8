package dk.sagsvagt.shared.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Starts the embedded PostgreSQL 17 server and creates the application's database in it. */
final class EmbeddedDatabase {

	static final String DATABASE = "sagsvagt";

	/** How long a start may take, crash recovery included. */
	static final java.time.Duration STARTUP_WAIT = java.time.Duration.ofMinutes(5);

	private EmbeddedDatabase() {
	}

	static EmbeddedPostgres start(DatabaseProperties properties) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			// Spring closes the server after the connection pool; zonky's own hook would stop it first
			.setRegisterShutdownHook(false)
			.setPort(properties.port())
			.setServerConfig("timezone", "Europe/Copenhagen")
			// the data directory is on the machine's own disk, an SSD: random reads cost little more than sequential
			// ones. PostgreSQL's default (4) made the planner read two million index entries to avoid a few hundred
			// random reads; a search for a common word took 350 ms instead of 2 ms on the load data (bench/results)
			.setServerConfig("random_page_cost", "1.1")
			.setLocaleConfig("locale", "C")
			// after a crash PostgreSQL replays its WAL before it accepts connections; zonky's default of 10 s was too
			// short even for the test suite's small restart on a busy machine (a CI run failed on it)
			.setPGStartupWait(STARTUP_WAIT);
		if (properties.ephemeral()) {
			builder.setCleanDataDirectory(true);
		}
		else {
			Files.createDirectories(properties.dataDir());
			LeftoverServer.stopIfRunning(properties.dataDir());
			// zonky starts PostgreSQL with fsync and synchronous_commit off; the application's data must be durable
			builder.setDataDirectory(properties.dataDir())
				.setCleanDataDirectory(false)
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on");
		}
		EmbeddedPostgres server = builder.start();
		createDatabaseIfMissing(server.getPostgresDatabase());
		return server;
	}

	private static void createDatabaseIfMissing(DataSource postgres) throws IOException {
		try (Connection connection = postgres.getConnection(); Statement statement = connection.createStatement()) {
			try (ResultSet rs = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
				if (rs.next()) {
					return;
				}
			}
			statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
		}
		catch (SQLException e) {
			throw new IOException("Could not create the database " + DATABASE, e);
		}
	}
}
