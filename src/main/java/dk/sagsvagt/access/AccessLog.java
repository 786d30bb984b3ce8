package dk.sagsvagt.access;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dk.sagsvagt.shared.WorkingDayCalendar;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import static dk.sagsvagt.shared.WorkingDayCalendar.COPENHAGEN;

/** Checks that the access log is whole: no row altered, removed or inserted out of its chain. */
@Service
public class AccessLog {

	private static final Logger log = LoggerFactory.getLogger(AccessLog.class);

	/** Where a chain broke. {@code id} is null when rows are missing at the end of a chain. */
	public record BrokenRow(LocalDate day, int shard, long shardSeq, Long id, String problem) {
	}

	/** The result of a verification; {@code firstBroken} is null when the log is valid. */
	public record Verification(boolean valid, LocalDate from, LocalDate to, long rowsChecked, BrokenRow firstBroken) {
	}

	private final JdbcClient jdbc;

	private final dk.sagsvagt.access.internal.AccessLogPartitions partitions;
	private final Clock clock;

	AccessLog(JdbcClient jdbc, dk.sagsvagt.access.internal.AccessLogPartitions partitions, Clock clock) {
		this.jdbc = jdbc;
		this.partitions = partitions;
		this.clock = clock;
	}

	/** Makes the daily partitions of the days (for a bulk load of past days; the application makes today's itself). */
	public void prepareDays(LocalDate from, LocalDate to) {
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			partitions.ensure(day);
		}
	}

	public Verification verify(LocalDate from, LocalDate to) {
		long rows = jdbc.sql("SELECT count(*) FROM access.access_log WHERE day BETWEEN ? AND ?")
			.params(from, to)
			.query(Long.class)
			.single();
		Optional<BrokenRow> broken = jdbc.sql("SELECT day, shard, shard_seq, id, problem FROM access.first_broken(?, ?)")
			.params(from, to)
			.query((rs, n) -> new BrokenRow(rs.getObject("day", LocalDate.class), rs.getInt("shard"),
					rs.getLong("shard_seq"), rs.getObject("id", Long.class), rs.getString("problem")))
			.optional();
		Verification result = new Verification(broken.isEmpty(), from, to, rows, broken.orElse(null));
		return result;
	}

	/** The whole log. */
	public Verification verifyAll() {
		return verify(LocalDate.of(1900, 1, 1), LocalDate.of(9999, 12, 31));
	}

	/**
	 * Every hour: today and yesterday, where rows are being written, and one twenty-fourth of the older days (those
	 * whose day number falls on this hour), so that every day is verified once a day however long the log grows (a
	 * whole verification of 50 million rows takes minutes of both cores). A broken chain is an alarm for the operators.
	 */
	@Scheduled(cron = "${sagsvagt.access-log.verify-cron:0 7 * * * *}", zone = "Europe/Copenhagen")
	void scheduledCheck() {
		ZonedDateTime now = ZonedDateTime.now(clock.withZone(COPENHAGEN));
		for (Verification result : hourlyCheck(now.toLocalDate(), now.getHour())) {
			if (!result.valid()) {
				log.error("ALARM: the access log has been tampered with: {} at day {} shard {} row {} (id {})",
						result.firstBroken().problem(), result.firstBroken().day(), result.firstBroken().shard(),
						result.firstBroken().shardSeq(), result.firstBroken().id());
			}
		}
	}

	/** The days the hourly check verifies at {@code hour} on {@code today}: today, yesterday and the hour's share. */
	List<Verification> hourlyCheck(LocalDate today, int hour) {
		List<Verification> results = new ArrayList<>();
		results.add(verify(today.minusDays(1), today));
		List<LocalDate> share = jdbc.sql("""
				SELECT DISTINCT day FROM access.chain_head
				WHERE day < ? AND mod(day - DATE '1970-01-01', 24) = ? ORDER BY day""")
			.params(today.minusDays(1), hour)
			.query(LocalDate.class)
			.list();
		for (LocalDate day : share) {
			results.add(verify(day, day));
		}
		return results;
	}
}
