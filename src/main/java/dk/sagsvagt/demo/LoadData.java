package dk.sagsvagt.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.sagsvagt.access.AccessLog;
import dk.sagsvagt.access.UserAccounts;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.shared.WorkingDayCalendar;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import static dk.sagsvagt.shared.WorkingDayCalendar.COPENHAGEN;

/**
 * Fills an empty database with national-scale load data ({@code --spring.profiles.active=load}), with PostgreSQL COPY
 * on one connection: skewed units (a few very large), skewed case sizes, most cases closed, deadlines on the cases
 * and a year of chained access-log rows. Reports progress; stops the application when done unless told otherwise.
 * Synthetic people only (CPR numbers the CPR office has not issued).
 */
@Component
@Profile("load")
class LoadData implements ApplicationRunner {
	/** The user the benchmarks log in as: the leader of the largest unit. */
	static final String BENCH_LEADER = "bench.leder";

	/** A caseworker in the largest unit with a full worklist. */
	static final String BENCH_CASEWORKER = "bench.sagsbehandler";

	static final String BENCH_PASSWORD = "benchmark-2018";

	private static final Logger log = LoggerFactory.getLogger(LoadData.class);

	private final LoadProperties size;

	private final Organisation organisation;

	private final UserAccounts accounts;

	private final AccessLog accessLog;

	private final DataSource dataSource;

	private final ApplicationContext context;

	private final Clock clock;

	LoadData(LoadProperties size, Organisation organisation, UserAccounts accounts, AccessLog accessLog, DataSource dataSource,
			ApplicationContext context, Clock clock) {
		this.size = size;
		this.organisation = organisation;
		this.accounts = accounts;
		this.accessLog = accessLog;
		this.dataSource = dataSource;
		this.context = context;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) throws Exception {
		if (!organisation.isEmpty()) {
			log.warn("Load data: the database is not empty; nothing generated (start with an empty data directory)");
		}
		else {
			generate();
		}
		if (size.exit()) {
			System.exit(SpringApplication.exit(context, () -> 0));
		}
	}

	void generate() throws SQLException {
		long started = System.nanoTime();
		SplittableRandom random = new SplittableRandom(size.seed());
		Instant now = Instant.now(clock);
		LoadShape shape = LoadShape.organise(organisation, "Socialforvaltningen", size.cases(), random);
		organisation.createStaff(BENCH_LEADER, "Bente Benchmark", StaffRole.CENTRE_LEADER, shape.largestUnit());
		accounts.createWithHash(BENCH_LEADER, accounts.hash(BENCH_PASSWORD));
		shape.benchCaseworker(organisation.createStaff(BENCH_CASEWORKER, "Bo Benchmark", StaffRole.CASEWORKER, shape.largestUnit()));
		accounts.createWithHash(BENCH_CASEWORKER, accounts.hash(BENCH_PASSWORD));
		LocalDate today = LocalDate.ofInstant(now, COPENHAGEN);
		accessLog.prepareDays(today.minusDays(size.days()), today);
		try (Connection c = dataSource.getConnection()) {
			bulk(c);
			autovacuum(c, false);
			// autovacuum and the connection's settings come back even when the load fails (ALTER SYSTEM outlives the run)
			try {
				LoadTables tables = new LoadTables(c, dataSource, size, shape, now, random);
				LoadIndexes indexes = LoadIndexes.drop(c, LoadIndexes.DEFERRED);
				try {
					step("citizens", tables::citizens);
					step("cases, parties and status changes", tables::cases);
					step("documents", tables::documents);
					step("deadlines and their events", tables::deadlines);
					step("access log", () -> tables.accessLog(today));
				}
				finally {
					step("indexes", () -> indexes.build(dataSource, Math.max(2, Runtime.getRuntime().availableProcessors())));
				}
				step("sequences and statistics", tables::finish);
			}
			finally {
				autovacuum(c, true);
				normal(c);
			}
		}
		log.info("Load data generated in {} s: {} cases, {} documents, {} deadlines, {} access-log rows", (System.nanoTime() - started) / 1_000_000_000,
				size.cases(), size.documents(), size.deadlines(), size.accessLogRows());
	}

	/**
	 * A connection for the bulk load: each COPY commits on its own without waiting for the disk (the run is redone if
	 * the machine stops), and foreign keys and triggers are not checked row by row (session_replication_role =
	 * replica, superuser only): the generator writes consistent rows by construction, and its test checks them.
	 */
	static void bulk(Connection c) throws SQLException {
		c.setAutoCommit(true);
		try (Statement s = c.createStatement()) {
			s.execute("SET synchronous_commit = off");
			s.execute("SET session_replication_role = replica");
		}
	}

	/** Back to normal before the connection returns to the pool. */
	static void normal(Connection c) throws SQLException {
		try (Statement s = c.createStatement()) {
			s.execute("RESET session_replication_role");
			s.execute("RESET synchronous_commit");
		}
	}

	/**
	 * Autovacuum held off while the load writes (it would vacuum and analyze each new table and partition beside the
	 * writers), and back on at the end, when it analyzes the access log's partitions in the background.
	 */
	static void autovacuum(Connection c, boolean on) throws SQLException {
		try (Statement s = c.createStatement()) {
			s.execute(on ? "ALTER SYSTEM RESET autovacuum" : "ALTER SYSTEM SET autovacuum = off");
			s.execute("SELECT pg_reload_conf()");
		}
	}

	interface Step {
		long run() throws SQLException;
	}

	private static void step(String what, Step step) throws SQLException {
		long started = System.nanoTime();
		long rows = step.run();
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		log.info("Load data: {} – {} rows in {} s ({} rows/s)", what, rows, took.toSeconds(),
				took.toMillis() == 0 ? rows : rows * 1000 / took.toMillis());
	}
}
