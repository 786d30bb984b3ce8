package dk.sagsvagt.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;

import javax.sql.DataSource;

/**
 * Indexes that the load data builds once after the load instead of row by row: the full-text and array indexes and
 * the access log's secondary indexes. Dropped before the load with their definitions kept; afterwards each partition's
 * index is built on its own, by as many connections as there are cores, and the partitioned table's index is made last,
 * when PostgreSQL only attaches the partitions' indexes. (The access log's keys stay during the load: its rows arrive
 * in key order, so keeping them costs little, while rebuilding them afterwards read every partition again.)
 */
final class LoadIndexes {

	/** Indexes built after the load. */
	static final List<String> DEFERRED = List.of("case_file_title_search_idx", "case_file_opened_idx", "document_search_idx",
			"document_case_idx", "document_journaled_idx", "citizen_name_trgm_idx",
			"access_log_citizens_idx", "access_log_case_idx");

	private final List<String> definitions;

	private LoadIndexes(List<String> definitions) {
		this.definitions = definitions;
	}

	/** Drops the indexes (on a partitioned table with its partitions' indexes) and keeps how to make them again. */
	static LoadIndexes drop(Connection c, List<String> names) throws SQLException {
		List<String> definitions = new ArrayList<>();
		try (Statement s = c.createStatement()) {
			for (String name : names) {
				try (ResultSet rs = s.executeQuery("SELECT schemaname, indexdef FROM pg_indexes WHERE indexname = '" + name + "'")) {
					if (rs.next()) {
						definitions.add(rs.getString(2));
						String schema = rs.getString(1);
						rs.close();
						s.execute("DROP INDEX " + schema + "." + name);
					}
				}
			}
		}
		return new LoadIndexes(definitions);
	}

	/** Builds the indexes again on {@code connections} connections; returns how many indexes were built. */
	long build(DataSource dataSource, int connections) throws SQLException {
		List<String> parents = new ArrayList<>();
		ConcurrentLinkedQueue<String> work = new ConcurrentLinkedQueue<>();
		try (Connection c = dataSource.getConnection()) {
			for (String definition : definitions) {
				String table = tableOf(definition);
				List<String> partitions = partitionsOf(c, table);
				if (partitions.isEmpty()) {
					work.add(definition);
				}
				else {
					// unnamed per partition: PostgreSQL names them, and the parent's index attaches them below
					String columns = definition.substring(definition.indexOf(table, definition.indexOf(" ON ")) + table.length());
					partitions.forEach(p -> work.add("CREATE INDEX ON " + p + columns));
					// without ONLY, so that it attaches the partitions' indexes (as pg_indexes shows it, it would make an invalid one)
					parents.add(definition.replace(" ON ONLY ", " ON "));
				}
			}
		}
		long built = work.size();
		List<CompletableFuture<Void>> workers = new ArrayList<>();
		for (int i = 0; i < connections; i++) {
			workers.add(CompletableFuture.runAsync(() -> {
				try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
					s.execute("SET maintenance_work_mem = '512MB'");
					s.execute("SET max_parallel_maintenance_workers = 0");
					for (String next = work.poll(); next != null; next = work.poll()) {
						s.execute(next);
					}
					s.execute("RESET maintenance_work_mem");
					s.execute("RESET max_parallel_maintenance_workers");
				}
				catch (SQLException e) {
					throw new IllegalStateException(e);
				}
			}));
		}
		try {
			CompletableFuture.allOf(workers.toArray(CompletableFuture[]::new)).join();
		}
		catch (java.util.concurrent.CompletionException e) {
			throw new SQLException("An index could not be built", e.getCause());
		}
		try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
			for (String parent : parents) {
				s.execute(parent);
			}
		}
		return built + parents.size();
	}

	private static String tableOf(String definition) {
		String rest = definition.substring(definition.indexOf(" ON ") + 4);
		return rest.startsWith("ONLY ") ? rest.substring(5, rest.indexOf(' ', 5)) : rest.substring(0, rest.indexOf(' '));
	}

	private static List<String> partitionsOf(Connection c, String table) throws SQLException {
		List<String> out = new ArrayList<>();
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
				"SELECT i.inhrelid::regclass::text FROM pg_inherits i WHERE i.inhparent = '" + table + "'::regclass ORDER BY 1")) {
			while (rs.next()) {
				out.add(rs.getString(1));
			}
		}
		return out;
	}
}
