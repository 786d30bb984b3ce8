package dk.sagsvagt.access.internal;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.access.AccessLog;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RetentionTest {

	@Autowired
	AccessLogPartitions partitions;

	@Autowired
	AccessLog accessLog;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void todaysPartitionIsMadeAtStart() {
		assertThat(jdbc.queryForObject("SELECT to_regclass(?) IS NOT NULL", Boolean.class,
				"access.access_log_" + LocalDate.now().plusDays(1).toString().replace("-", ""))).isTrue();
	}

	@Test
	void aDayPastTheRetentionPeriodIsDroppedWholeAndTheDeletionIsLogged() {
		LocalDate old = LocalDate.of(2001, 3, 1);
		partitions.ensure(old);
		// two chained rows of that day, as access.append would have written them then
		jdbc.update("""
				WITH first AS (
				    SELECT access.row_hash(access.genesis(?, 1::smallint), ?, 1::smallint, 1, ?::timestamptz, 'gammel', 'CASEWORKER',
				        'VIEW_CASE', 'ALLOWED', NULL, NULL, NULL, '{}', NULL, NULL, NULL) AS h)
				INSERT INTO access.access_log (day, shard, shard_seq, logged_at, username, role, action, outcome, prev_hash, hash)
				SELECT ?, 1, 1, ?::timestamptz, 'gammel', 'CASEWORKER', 'VIEW_CASE', 'ALLOWED', access.genesis(?, 1::smallint), h FROM first""",
				old, old, "2001-03-01T10:00:00Z", old, "2001-03-01T10:00:00Z", old);
		jdbc.update("""
				INSERT INTO access.chain_head (day, shard, seq, hash)
				SELECT day, shard, shard_seq, hash FROM access.access_log WHERE day = ? AND shard_seq = 1""", old);
		assertThat(accessLog.verify(old, old).valid()).isTrue();

		assertThat(partitions.purge()).contains(old);

		assertThat(jdbc.queryForObject("SELECT to_regclass('access.access_log_20010301') IS NULL", Boolean.class)).isTrue();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM access.chain_head WHERE day = ?", Integer.class, old)).isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM access.access_log WHERE action = 'RETENTION' AND detail LIKE ?",
				Integer.class, "%2001-03-01%(1 rækker)%")).isOne();
		assertThat(accessLog.verify(old, LocalDate.now().plusDays(1)).valid()).isTrue();
		// the current days stay
		assertThat(jdbc.queryForObject("SELECT to_regclass(?) IS NOT NULL", Boolean.class,
				"access.access_log_" + LocalDate.now().plusDays(1).toString().replace("-", ""))).isTrue();
	}

	@Test
	void aDayPartitionRefusesTruncate() {
		String table = "access.access_log_" + LocalDate.now().plusDays(2).toString().replace("-", "");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.execute("TRUNCATE " + table))
			.hasStackTraceContaining("append-only");
	}
}
