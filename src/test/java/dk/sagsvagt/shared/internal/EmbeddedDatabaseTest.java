package dk.sagsvagt.shared.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.sagsvagt.support.Crash;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseTest {

	@TempDir
	Path dir;

	@Test
	void keepsDataAcrossRestartsWithDurableSettings() throws Exception {
		DatabaseProperties properties = new DatabaseProperties(dir.resolve("pg"), 0, false);
		try (EmbeddedPostgres first = EmbeddedDatabase.start(properties)) {
			execute(first, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('bevaret')");
			assertThat(query(first, "SHOW fsync")).isEqualTo("on");
			assertThat(query(first, "SHOW synchronous_commit")).isEqualTo("on");
			assertThat(query(first, "SHOW full_page_writes")).isEqualTo("on");
		}
		try (EmbeddedPostgres second = EmbeddedDatabase.start(properties)) {
			assertThat(query(second, "SELECT v FROM kept")).isEqualTo("bevaret");
		}
	}

	@Test
	void stopsAServerLeftRunningByAKilledJvmBeforeStarting() throws Exception {
		DatabaseProperties properties = new DatabaseProperties(dir.resolve("pg"), 0, false);
		// Like a JVM killed with SIGKILL: the server is never closed and keeps running on the data directory.
		EmbeddedPostgres orphan = EmbeddedDatabase.start(properties);
		execute(orphan, "CREATE TABLE survived (v int); INSERT INTO survived VALUES (42)");
		ProcessHandle postmaster = LeftoverServer.find(properties.dataDir()).orElseThrow();
		assertThat(postmaster.isAlive()).isTrue();
		Crash.releaseLockAsTheOsWould(orphan);

		try (EmbeddedPostgres restarted = EmbeddedDatabase.start(properties)) {
			assertThat(postmaster.isAlive()).isFalse();
			assertThat(query(restarted, "SELECT v FROM survived")).isEqualTo("42");
		}
	}

	@Test
	void sortsDanishNamesWithIcu() throws Exception {
		try (EmbeddedPostgres server = EmbeddedDatabase.start(new DatabaseProperties(dir.resolve("pg"), 0, true))) {
			assertThat(query(server, """
					SELECT string_agg(n, ',' ORDER BY n COLLATE "da-DK-x-icu")
					FROM (VALUES ('Åse'), ('Øjvind'), ('Zenia'), ('Ærling'), ('Anders')) v(n)"""))
				.isEqualTo("Anders,Zenia,Ærling,Øjvind,Åse");
			assertThat(query(server, "SELECT to_tsvector('danish', 'underretningen') @@ to_tsquery('danish', 'underretning')"))
				.isEqualTo("t");
		}
	}

	private static void execute(EmbeddedPostgres server, String sql) throws Exception {
		try (Connection c = server.getDatabase("postgres", EmbeddedDatabase.DATABASE).getConnection();
				Statement s = c.createStatement()) {
			s.execute(sql);
		}
	}

	private static String query(EmbeddedPostgres server, String sql) throws Exception {
		try (Connection c = server.getDatabase("postgres", EmbeddedDatabase.DATABASE).getConnection();
				Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getString(1);
		}
	}
}
