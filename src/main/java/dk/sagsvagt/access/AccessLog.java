package dk.sagsvagt.access;

import java.time.LocalDate;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

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

	AccessLog(JdbcClient jdbc, dk.sagsvagt.access.internal.AccessLogPartitions partitions) {
		this.jdbc = jdbc;
		this.partitions = partitions;
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

	/** Every hour: a broken chain is an alarm for the operators. */
	@Scheduled(cron = "${sagsvagt.access-log.verify-cron:0 7 * * * *}", zone = "Europe/Copenhagen")
	void scheduledCheck() {
		Verification result = verifyAll();
		if (!result.valid()) {
			log.error("ALARM: the access log has been tampered with: {} at day {} shard {} row {} (id {})",
					result.firstBroken().problem(), result.firstBroken().day(), result.firstBroken().shard(),
					result.firstBroken().shardSeq(), result.firstBroken().id());
		}
	}
}
