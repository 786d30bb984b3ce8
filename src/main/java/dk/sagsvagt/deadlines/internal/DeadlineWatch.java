package dk.sagsvagt.deadlines.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.sagsvagt.shared.WorkingDayCalendar;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily run over open deadlines: warns of those due within a few working days and of those overdue. Safe with
 * several application instances (only the one holding the advisory lock works) and idempotent (one warning per
 * deadline and kind, however often it runs).
 */
@Service
public class DeadlineWatch {

	private static final Logger log = LoggerFactory.getLogger(DeadlineWatch.class);

	private static final long LOCK = 0x5a6c_0001L;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	private final int warnWorkingDaysBefore;

	DeadlineWatch(JdbcClient jdbc, TransactionTemplate transaction, WorkingDayCalendar calendar, Clock clock,
			@Value("${sagsvagt.deadlines.warn-working-days-before:5}") int warnWorkingDaysBefore) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.calendar = calendar;
		this.clock = clock;
		this.warnWorkingDaysBefore = warnWorkingDaysBefore;
	}

	@Scheduled(cron = "${sagsvagt.deadlines.watch-cron:0 30 5 * * *}", zone = "Europe/Copenhagen")
	void daily() {
		run();
	}

	/** Returns the number of new warnings, or -1 when another instance is running the job. */
	public int run() {
		long started = System.nanoTime();
		Instant now = Instant.now(clock);
		LocalDate today = LocalDate.ofInstant(now, WorkingDayCalendar.COPENHAGEN);
		Instant soon = calendar.plusWorkingDays(today, warnWorkingDaysBefore).plusDays(1)
			.atStartOfDay(WorkingDayCalendar.COPENHAGEN).toInstant();
		Integer warnings = transaction.execute(status -> {
			if (!jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(LOCK).query(Boolean.class).single()) {
				return -1;
			}
			int overdue = jdbc.sql("""
					INSERT INTO deadlines.warning (deadline_id, kind)
					SELECT id, 'OVERDUE' FROM deadlines.deadline WHERE status = 'OPEN' AND suspended_since IS NULL AND NOT citizen_side AND due_at <= ?
					ON CONFLICT DO NOTHING""")
				.param(Timestamp.from(now))
				.update();
			int dueSoon = jdbc.sql("""
					INSERT INTO deadlines.warning (deadline_id, kind)
					SELECT id, 'DUE_SOON' FROM deadlines.deadline WHERE status = 'OPEN' AND suspended_since IS NULL AND NOT citizen_side AND due_at > ? AND due_at <= ?
					ON CONFLICT DO NOTHING""")
				.params(Timestamp.from(now), Timestamp.from(soon))
				.update();
			return overdue + dueSoon;
		});
		log.info("Deadline watch: {} new warnings in {} ms", warnings, (System.nanoTime() - started) / 1_000_000);
		return warnings;
	}
}
