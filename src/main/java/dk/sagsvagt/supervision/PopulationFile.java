package dk.sagsvagt.supervision;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

import dk.sagsvagt.shared.Csv;

/**
 * The population a sample was drawn from, as the file {@code population.csv} an outsider downloads to re-run the
 * draw: a header {@code sagsnummer;stratum;sha256}, then one line per case in case-number order (the case number, its
 * stratum and its key from the round's seed, see {@link Sampling#key}), each line ending in a line feed, UTF-8
 * without a byte-order mark. The round's {@code populationSha256} is the SHA-256 of exactly these bytes, computed when
 * the sample is drawn, so {@code sha256sum population.csv} shows that the file is the population drawn from.
 */
public final class PopulationFile {

	static final String HEADER = "sagsnummer;stratum;sha256\n";

	private PopulationFile() {
	}

	/** The file's bytes from rows of {case number, stratum, key}. */
	public static byte[] csv(List<String[]> rows) {
		StringBuilder csv = new StringBuilder(HEADER.length() + rows.size() * 100).append(HEADER);
		rows.stream()
			.sorted(Comparator.comparing((String[] row) -> row[0]))
			.forEach(row -> csv.append(Csv.line(List.of(row))).append('\n'));
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/** The SHA-256 of the bytes, as lower-case hex (what {@code sha256sum} prints). */
	public static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
