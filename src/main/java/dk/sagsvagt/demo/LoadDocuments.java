package dk.sagsvagt.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;

import dk.sagsvagt.shared.WorkingDayCalendar;

/** The documents of the load data, with Danish text and a heavy tail of large cases, on two connections; then the counters. */
final class LoadDocuments {

	private final LoadTables t;

	LoadDocuments(LoadTables t) {
		this.t = t;
	}

	/** Documents of the cases in two halves, each on its own connection (one per core); then the counters. */
	long write() throws SQLException {
		double mean = (double) t.size.documents() / t.caseNumber.length;
		long perHalf = t.size.documents() / 2;
		SplittableRandom second = t.random.split();
		long[] written = new long[2];
		t.inParallel(
				connection -> written[0] = documents(connection, 0, t.caseNumber.length / 2, perHalf, mean, t.random),
				connection -> written[1] = documents(connection, t.caseNumber.length / 2, t.caseNumber.length, t.size.documents() - perHalf, mean, second));
		try (CopyWriter counters = new CopyWriter(t.c, "journal.document_counter", "case_id, last_seq")) {
			for (int k = 0; k < t.caseNumber.length; k++) {
				if (t.documents[k] > 0) {
					counters.value(t.firstCaseId + k).value(t.documents[k]).end();
				}
			}
		}
		return written[0] + written[1];
	}

	private long documents(Connection connection, int from, int to, long target, double mean, SplittableRandom random) {
		long written = 0;
		try (CopyWriter docs = new CopyWriter(connection, "journal.document",
				"case_id, document_number, seq, version, title, direction, kind, document_date, author, note_text, extraction, journaled_at, journaled_by")) {
			for (int k = from; k < to && written < target; k++) {
				// heavy-tailed: most cases have a few documents, one in a hundred has ten times the mean
				int n = 1 + (int) (-Math.log(1 - random.nextDouble()) * (mean - 1) * (random.nextInt(100) == 0 ? 10 : 0.92));
				n = (int) Math.min(n, target - written);
				t.documents[k] = n;
				Instant end = t.closed[k] == null ? t.now : t.closed[k];
				long span = Math.max(1, Duration.between(t.opened[k], end).toSeconds());
				for (int seq = 1; seq <= n; seq++) {
					Instant at = t.opened[k].plusSeconds(span * seq / (n + 1));
					DanishText.Topic topic = seq == 1 && t.caseType[k].equals("NOTIFICATION") ? DanishText.Topic.NOTIFICATION : DanishText.Topic.NOTE;
					int words = Math.max(10, t.size.words() / 2 + random.nextInt(t.size.words()));
					docs.value(t.firstCaseId + k).value(t.caseNumber[k] + "-" + seq).value(seq).value(1)
						.value(seq == 1 ? "Henvendelse i sagen" : "Notat " + seq).value(seq == 1 ? "INCOMING" : "INTERNAL")
						.value(seq == 1 ? "LETTER" : "NOTE").value(LocalDate.ofInstant(at, WorkingDayCalendar.COPENHAGEN)).value("Sagsbehandler")
						.value(DanishText.compose(topic, words, Names.first(random, true), Names.first(random, false), random)).value("NONE").value(at)
						.value("load").end();
				}
				written += n;
				if (from == 0) {
					t.progress("documents", written * 2, t.size.documents());
				}
			}
		}
		return written;
	}
}
