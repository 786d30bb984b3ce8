package dk.sagsvagt.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/** Rows streamed into one table with PostgreSQL's COPY (text format), for the load generator. */
final class CopyWriter implements AutoCloseable {

	private final PGCopyOutputStream stream;

	private final BufferedWriter out;

	private boolean first = true;

	private long rows;

	CopyWriter(Connection connection, String table, String columns) {
		try {
			stream = new PGCopyOutputStream(connection.unwrap(PGConnection.class), "COPY " + table + " (" + columns + ") FROM STDIN", 1 << 16);
			out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
		}
		catch (SQLException e) {
			throw new IllegalStateException("COPY into " + table + " could not start", e);
		}
	}

	CopyWriter value(Object value) {
		try {
			if (!first) {
				out.write('\t');
			}
			first = false;
			if (value == null) {
				out.write("\\N");
			}
			else if (value instanceof byte[] bytes) {
				out.write("\\\\x");
				out.write(java.util.HexFormat.of().formatHex(bytes));
			}
			else if (value instanceof Instant || value instanceof LocalDate || value instanceof Number || value instanceof Boolean) {
				out.write(value.toString());
			}
			else {
				escape(value.toString());
			}
			return this;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	void end() {
		try {
			out.write('\n');
			first = true;
			rows++;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	long rows() {
		return rows;
	}

	private void escape(String s) throws IOException {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
				case '\\' -> out.write("\\\\");
				case '\t' -> out.write("\\t");
				case '\n' -> out.write("\\n");
				case '\r' -> out.write("\\r");
				default -> out.write(c);
			}
		}
	}

	@Override
	public void close() {
		try {
			out.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
