package dk.sagsvagt.access.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.shared.WorkingDayCalendar;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import static dk.sagsvagt.shared.WorkingDayCalendar.COPENHAGEN;

/**
 * One partition of the access log per day, made a week ahead, so that retention can delete whole days: a day
 * older than the retention period is dropped with its chain heads, and the deletion is written to the log itself.
 * Deleting single rows stays impossible.
 */
@Component
public class AccessLogPartitions implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(AccessLogPartitions.class);
	private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd");

	static final CurrentUser SYSTEM = CurrentUser.SYSTEM;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final AccessLogWriter accessLog;

	private final Period retention;

	private final int daysAhead;

	private final Clock clock;

	AccessLogPartitions(JdbcClient jdbc, TransactionTemplate transaction, AccessLogWriter accessLog,
			@Value("${sagsvagt.access-log.retention:P10Y}") Period retention,
			@Value("${sagsvagt.access-log.days-ahead:7}") int daysAhead, Clock clock) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.accessLog = accessLog;
		this.retention = retention;
		this.daysAhead = daysAhead;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		prepare();
	}

	@Scheduled(cron = "${sagsvagt.access-log.partition-cron:0 5 0 * * *}", zone = "Europe/Copenhagen")
	void daily() {
		prepare();
		purge();
	}

	void prepare() {
		LocalDate today = LocalDate.now(clock.withZone(COPENHAGEN));
		for (LocalDate day = today; !day.isAfter(today.plusDays(daysAhead)); day = day.plusDays(1)) {
			ensure(day);
		}
	}

	/** Makes the day's partition unless it exists or rows of that day already lie in the default partition. */
	public void ensure(LocalDate day) {
		String table = "access_log_" + SUFFIX.format(day);
		transaction.executeWithoutResult(status -> {
			jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('access_log_partitions'))").query(Object.class).single();
			boolean exists = jdbc.sql("SELECT to_regclass(?) IS NOT NULL").param("access." + table).query(Boolean.class).single();
			boolean inDefault = jdbc.sql("SELECT EXISTS (SELECT 1 FROM access.access_log_default WHERE day = ?)")
				.param(day)
				.query(Boolean.class)
				.single();
			if (!exists && !inDefault) {
				jdbc.sql("CREATE TABLE access." + table + " PARTITION OF access.access_log FOR VALUES FROM ('" + day
						+ "') TO ('" + day.plusDays(1) + "')").update();
				jdbc.sql("CREATE TRIGGER " + table + "_no_truncate BEFORE TRUNCATE ON access." + table
						+ " FOR EACH STATEMENT EXECUTE FUNCTION access.refuse_change()").update();
			}
		});
	}

	/** Drops the days older than the retention period; returns the days dropped. */
	List<LocalDate> purge() {
		LocalDate cutoff = LocalDate.now(clock.withZone(COPENHAGEN)).minus(retention);
		List<String> tables = jdbc.sql("""
				SELECT c.relname FROM pg_inherits i
				JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent
				JOIN pg_namespace n ON n.oid = p.relnamespace
				WHERE n.nspname = 'access' AND p.relname = 'access_log' AND c.relname ~ '^access_log_[0-9]{8}$'
				ORDER BY c.relname""")
			.query(String.class)
			.list();
		List<LocalDate> dropped = new java.util.ArrayList<>();
		for (String table : tables) {
			LocalDate day = LocalDate.parse(table.substring("access_log_".length()), SUFFIX);
			if (!day.isBefore(cutoff)) {
				continue;
			}
			long rows = transaction.execute(status -> {
				jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('access_log_partitions'))").query(Object.class).single();
				long count = jdbc.sql("SELECT count(*) FROM access." + table).query(Long.class).single();
				jdbc.sql("DROP TABLE access." + table).update();
				jdbc.sql("DELETE FROM access.chain_head WHERE day = ?").param(day).update();
				return count;
			});
			accessLog.write(new AccessLogWriter.Entry(SYSTEM, Action.RETENTION, true, null, null, null, List.of(), null,
					"adgangslog for " + day + " slettet efter opbevaringsperioden " + retention + " (" + rows + " rækker)"));
			log.info("Access log for {} deleted after the retention period ({} rows)", day, rows);
			dropped.add(day);
		}
		return dropped;
	}
}
