package dk.sagsvagt.journal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.sagsvagt.cases.CaseImport;
import dk.sagsvagt.journal.internal.StoredFile;
import dk.sagsvagt.shared.InvalidInputException;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Journals documents as they were journaled in the past (a migration from an earlier case system, which the demo
 * data goes through too), numbering them per case in the order they were journaled and keeping the per-case counter
 * and the case timeline consistent. Each document is checked as one journaled here, and its file stored the same
 * way; the cases must have no documents yet.
 */
@Service
public class JournalImport {

	private final JdbcTemplate jdbc;

	private final CaseImport cases;

	private final Journal journal;

	private final Clock clock;

	JournalImport(JdbcTemplate jdbc, CaseImport cases, Journal journal, Clock clock) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.journal = journal;
		this.clock = clock;
	}

	/**
	 * Journals the documents, numbered per case in the order they were journaled; returns their numbers, in input
	 * order. A refusal names the document by its place in the input ({@code documents[3].title}).
	 */
	@Transactional
	public List<String> journalAll(List<HistoricDocument> documents) {
		Instant now = Instant.now(clock);
		Map<HistoricDocument, Journal.Historic> checked = new IdentityHashMap<>();
		for (int i = 0; i < documents.size(); i++) {
			HistoricDocument d = documents.get(i);
			if (d.journaledAt() == null || d.journaledAt().isAfter(now)) {
				throw new InvalidInputException("documents[" + i + "].journaledAt",
						"Dokumentets journaliseringstidspunkt skal udfyldes og må ikke ligge i fremtiden.");
			}
			if (d.author() == null || d.author().isBlank() || d.author().length() > 300) {
				throw new InvalidInputException("documents[" + i + "].author", "Dokumentets forfatter skal udfyldes (højst 300 tegn).");
			}
			try {
				checked.put(d, journal.checkHistoric(d));
			}
			catch (InvalidInputException e) {
				throw new InvalidInputException("documents[" + i + "]." + e.field(), e.getMessage());
			}
		}
		Map<HistoricDocument, String> numbers = new IdentityHashMap<>();
		Map<Long, List<HistoricDocument>> byCase = new LinkedHashMap<>();
		for (HistoricDocument d : documents) {
			byCase.computeIfAbsent(d.caseId(), k -> new ArrayList<>()).add(d);
		}
		List<Object[]> rows = new ArrayList<>(documents.size());
		List<Object[]> counters = new ArrayList<>(byCase.size());
		List<CaseImport.HistoricEvent> events = new ArrayList<>(documents.size());
		boolean pending = false;
		for (Map.Entry<Long, List<HistoricDocument>> entry : byCase.entrySet()) {
			List<HistoricDocument> inOrder = new ArrayList<>(entry.getValue());
			inOrder.sort(Comparator.comparing(HistoricDocument::journaledAt));
			int seq = 0;
			for (HistoricDocument d : inOrder) {
				seq++;
				String number = d.caseNumber() + "-" + seq;
				numbers.put(d, number);
				Journal.Historic h = checked.get(d);
				Journal.Attachment a = h.attachment();
				StoredFile stored = a == null ? null : a.stored();
				pending |= a != null && a.text().status().isPending();
				rows.add(new Object[] { d.caseId(), number, seq, h.valid().title(), h.valid().direction().name(), h.valid().kind().name(),
						Date.valueOf(h.valid().date()), d.author().strip(), h.valid().text(), stored == null ? null : stored.sha256(),
						a == null ? null : a.fileName(), a == null ? null : a.contentType(), stored == null ? null : stored.size(),
						a == null ? null : a.text().text(), a == null ? TextExtraction.NONE.name() : a.text().status().name(),
						Timestamp.from(d.journaledAt()), d.journaledBy() });
				events.add(new CaseImport.HistoricEvent(d.caseId(), d.journaledAt(), "DOCUMENT_JOURNALED",
						"Journaliseret " + number + ": " + h.valid().title(), d.journaledBy()));
			}
			counters.add(new Object[] { entry.getKey(), seq });
		}
		jdbc.batchUpdate("""
				INSERT INTO journal.document (case_id, document_number, seq, version, title, direction, kind,
				    document_date, author, note_text, file_sha256, file_name, content_type, file_size,
				    extracted_text, extraction, journaled_at, journaled_by)
				VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		jdbc.batchUpdate("INSERT INTO journal.document_counter (case_id, last_seq) VALUES (?, ?)", counters);
		cases.recordEvents(events);
		if (pending) {
			journal.wakeExtractionAfterCommit();
		}
		return documents.stream().map(numbers::get).toList();
	}
}
