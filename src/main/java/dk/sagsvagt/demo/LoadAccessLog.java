package dk.sagsvagt.demo;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Access-log rows chained exactly as the database's {@code access.row_hash} and {@code access.genesis} do, so that
 * {@code GET /api/access-log/verify} finds generated days whole.
 */
final class LoadAccessLog {

	static final int SHARDS = 8;

	private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS").withZone(ZoneOffset.UTC);

	private final MessageDigest sha256;

	LoadAccessLog() {
		try {
			sha256 = MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** One row's fields; {@code loggedAt} is truncated to microseconds, as PostgreSQL stores it. */
	record Entry(LocalDate day, int shard, long seq, Instant loggedAt, String username, String role, String action, String outcome,
			Long caseId, String caseNumber, String documentNumber, List<Long> citizenIds, String detail) {

		Entry {
			loggedAt = loggedAt.truncatedTo(ChronoUnit.MICROS);
		}
	}

	byte[] genesis(LocalDate day, int shard) {
		sha256.reset();
		return sha256.digest(("sagsvagt-access-log|" + day + "|" + shard).getBytes(StandardCharsets.UTF_8));
	}

	byte[] hash(byte[] previous, Entry e) {
		String text = String.join("|", e.day().toString(), Integer.toString(e.shard()), Long.toString(e.seq()), MICROS.format(e.loggedAt()),
				e.username(), e.role(), e.action(), e.outcome(), e.caseId() == null ? "" : e.caseId().toString(),
				e.caseNumber() == null ? "" : e.caseNumber(), e.documentNumber() == null ? "" : e.documentNumber(),
				e.citizenIds().stream().map(String::valueOf).collect(Collectors.joining(",")), "", "", e.detail() == null ? "" : e.detail());
		sha256.reset();
		sha256.update(previous);
		return sha256.digest(text.getBytes(StandardCharsets.UTF_8));
	}
}
