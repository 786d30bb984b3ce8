package dk.sagsvagt.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import dk.sagsvagt.shared.WorkingDayCalendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The tables of the load data, each written with one COPY; ids are given explicitly so rows can refer to each other. */
final class LoadTables {

	private static final Logger log = LoggerFactory.getLogger(LoadTables.class);

	private record CaseType(String code, String kle, String name) {
	}

	final Connection c;

	final LoadProperties size;

	final LoadShape shape;

	final Instant now;

	final SplittableRandom random;

	final long[] caseCitizen;

	final int[] caseUnit;

	final long[] caseworker;

	final Instant[] opened;

	final Instant[] closed;

	final String[] caseNumber;

	final String[] caseType;

	final int[] documents;

	private final Map<Integer, Integer> lastNumberOfYear = new HashMap<>();

	long firstCaseId;

	final javax.sql.DataSource dataSource;

	LoadTables(Connection c, javax.sql.DataSource dataSource, LoadProperties size, LoadShape shape, Instant now, SplittableRandom random) {
		this.c = c;
		this.dataSource = dataSource;
		this.size = size;
		this.shape = shape;
		this.now = now;
		this.random = random;
		int n = size.cases();
		caseCitizen = new long[n];
		caseUnit = new int[n];
		caseworker = new long[n];
		opened = new Instant[n];
		closed = new Instant[n];
		caseNumber = new String[n];
		caseType = new String[n];
		documents = new int[n];
	}

	long citizens() throws SQLException {
		long first = nextId("citizens.citizen");
		Set<String> used = new HashSet<>();
		withExplicitIds("citizens.citizen", () -> {
			try (CopyWriter copy = new CopyWriter(c, "citizens.citizen", "id, cpr, birth_date, name, created_at")) {
				for (int i = 0; i < size.citizens(); i++) {
					boolean female = random.nextBoolean();
					LocalDate born;
					String cpr;
					do {
						born = SyntheticCpr.birthDate(LocalDate.of(1940, 1, 2).plusDays(random.nextInt(30_000)));
						cpr = SyntheticCpr.of(born, female, random).digits();
					}
					while (!used.add(cpr));
					copy.value(first + i).value(cpr).value(born).value(Names.first(random, female) + " " + Names.surname(random)).value(now).end();
					progress("citizens", i, size.citizens());
				}
				return copy.rows();
			}
		});
		for (int k = 0; k < caseCitizen.length; k++) {
			caseCitizen[k] = first + random.nextInt(size.citizens());
		}
		return size.citizens();
	}

	long cases() throws SQLException {
		List<CaseType> types = caseTypes();
		// numbers go on from those already given in each year (an empty database has none)
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
				"SELECT left(case_number, 4)::int, max(right(case_number, 7)::int) FROM cases.case_file GROUP BY 1")) {
			while (rs.next()) {
				lastNumberOfYear.put(rs.getInt(1), rs.getInt(2));
			}
		}
		firstCaseId = nextId("cases.case_file");
		withExplicitIds("cases.case_file", () -> {
			try (CopyWriter files = new CopyWriter(c, "cases.case_file",
					"id, case_number, case_type, kle, title, primary_citizen_id, unit_id, caseworker_id, status, opened_at, closed_at")) {
				for (int k = 0; k < caseNumber.length; k++) {
					// older cases are rarer and nearly all closed; a year's new cases are half open
					long ageDays = (long) (Math.pow(random.nextDouble(), 2) * 3650);
					opened[k] = now.minus(Duration.ofDays(ageDays)).minusSeconds(random.nextInt(86_400));
					boolean isClosed = ageDays > 365 ? random.nextDouble() < 0.97 : random.nextDouble() < 0.5;
					closed[k] = isClosed ? opened[k].plus(Duration.ofDays(1 + random.nextInt((int) Math.min(ageDays + 1, 400)))) : null;
					if (closed[k] != null && closed[k].isAfter(now)) {
						closed[k] = now.minusSeconds(60);
					}
					CaseType type = types.get(random.nextInt(types.size()));
					caseType[k] = type.code();
					caseUnit[k] = shape.unitIndex(random);
					long[] workers = shape.caseworkers.get(caseUnit[k]);
					caseworker[k] = caseUnit[k] == 0 && closed[k] == null && random.nextInt(40) == 0 ? shape.benchCaseworker()
							: workers[random.nextInt(workers.length)];
					int year = opened[k].atZone(WorkingDayCalendar.COPENHAGEN).getYear();
					int seq = lastNumberOfYear.merge(year, 1, Integer::sum);
					caseNumber[k] = String.format("%d-%07d", year, seq);
					files.value(firstCaseId + k).value(caseNumber[k]).value(type.code()).value(type.kle())
						.value(type.name() + ": " + Names.first(random, random.nextBoolean())).value(caseCitizen[k])
						.value(shape.unitIds[caseUnit[k]]).value(caseworker[k]).value(closed[k] == null ? "OPEN" : "CLOSED").value(opened[k])
						.value(closed[k]).end();
					progress("cases", k, caseNumber.length);
				}
				return files.rows();
			}
		});
		// one COPY at a time on a connection
		try (CopyWriter parties = new CopyWriter(c, "cases.case_party", "case_id, citizen_id, role, added_at")) {
			for (int k = 0; k < caseNumber.length; k++) {
				parties.value(firstCaseId + k).value(caseCitizen[k]).value("PRIMARY").value(opened[k]).end();
			}
		}
		try (CopyWriter statuses = new CopyWriter(c, "cases.case_status_change", "case_id, status, changed_at, changed_by")) {
			for (int k = 0; k < caseNumber.length; k++) {
				statuses.value(firstCaseId + k).value("OPEN").value(opened[k]).value("load").end();
				if (closed[k] != null) {
					statuses.value(firstCaseId + k).value("CLOSED").value(closed[k]).value("load").end();
				}
			}
		}
		return caseNumber.length;
	}

	long documents() throws SQLException {
		return new LoadDocuments(this).write();
	}

	long deadlines() throws SQLException {
		return new LoadDeadlines(this).write();
	}

	long accessLog(LocalDate today) throws SQLException {
		return new LoadAccessRows(this).write(today);
	}

	interface Writer {
		void write(Connection connection) throws SQLException;
	}

	/** Runs the first writer on this thread's connection and the second on another thread with a connection of its own. */
	void inParallel(Writer first, Writer second) throws SQLException {
		java.util.concurrent.CompletableFuture<Void> other = java.util.concurrent.CompletableFuture.runAsync(() -> {
			try (Connection connection = dataSource.getConnection()) {
				LoadData.bulk(connection);
				try {
					second.write(connection);
				}
				finally {
					LoadData.normal(connection);
				}
			}
			catch (SQLException e) {
				throw new IllegalStateException(e);
			}
		});
		first.write(c);
		try {
			other.join();
		}
		catch (java.util.concurrent.CompletionException e) {
			throw new SQLException("The second writer failed", e.getCause());
		}
	}

	long finish() throws SQLException {
		try (Statement s = c.createStatement()) {
			for (Map.Entry<Integer, Integer> year : lastNumberOfYear.entrySet()) {
				String sequence = "cases.case_number_" + year.getKey();
				s.execute("CREATE SEQUENCE IF NOT EXISTS " + sequence + " MINVALUE 1 MAXVALUE 9999999 NO CYCLE");
				s.execute("SELECT setval('" + sequence + "', greatest(" + year.getValue() + ", (SELECT last_value FROM " + sequence + ")))");
			}
			// every table but the access log, whose 365 partitions autovacuum analyzes after the load
			List<String> tables = new ArrayList<>();
			try (ResultSet rs = s.executeQuery("SELECT c.oid::regclass::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
					+ "WHERE c.relkind = 'r' AND NOT c.relispartition AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')")) {
				while (rs.next()) {
					tables.add(rs.getString(1));
				}
			}
			s.execute("ANALYZE " + String.join(", ", tables));
		}
		return lastNumberOfYear.size();
	}

	private List<CaseType> caseTypes() throws SQLException {
		List<CaseType> out = new ArrayList<>();
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
				"SELECT code, kle, name FROM cases.case_type WHERE about_citizen AND code <> 'INQUIRY' ORDER BY sort")) {
			while (rs.next()) {
				out.add(new CaseType(rs.getString(1), rs.getString(2), rs.getString(3)));
			}
		}
		return out;
	}

	long nextId(String table) throws SQLException {
		try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM " + table)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	interface Rows {
		long write() throws SQLException;
	}

	/** Writes rows with the ids given, then lets the table number its own rows again from after the last one. */
	void withExplicitIds(String table, Rows rows) throws SQLException {
		alterIdentity(table, "BY DEFAULT");
		try {
			rows.write();
		}
		finally {
			alterIdentity(table, "ALWAYS");
		}
	}

	private void alterIdentity(String table, String generated) throws SQLException {
		try (Statement s = c.createStatement()) {
			s.execute("ALTER TABLE " + table + " ALTER COLUMN id SET GENERATED " + generated);
			if (generated.equals("ALWAYS")) {
				s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), (SELECT coalesce(max(id), 1) FROM " + table + "))");
			}
		}
	}

	private final Map<String, Long> reported = new java.util.concurrent.ConcurrentHashMap<>();

	/** Logs each further tenth of a step. */
	void progress(String what, long done, long total) {
		long tenth = total == 0 ? 10 : done * 10 / total;
		if (tenth > reported.getOrDefault(what, 0L)) {
			reported.put(what, tenth);
			log.info("Load data: {} {} %", what, tenth * 10);
		}
	}
}
