package dk.sagsvagt.journal;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.sagsvagt.cases.CaseImport;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Journals many past documents at once, numbering them per case in the order they were journaled and keeping the
 * per-case counter and the case timeline consistent. For demo data and migrations; the cases must have no
 * documents yet.
 */
@Service
public class JournalImport {

	private final JdbcTemplate jdbc;

	private final CaseImport cases;

	JournalImport(JdbcTemplate jdbc, CaseImport cases) {
		this.jdbc = jdbc;
		this.cases = cases;
	}

	/** Journals the documents, numbered per case in the order they were journaled; returns their numbers, in input order. */
	@Transactional
	public List<String> journalAll(List<HistoricDocument> documents) {
		Map<HistoricDocument, String> numbers = new java.util.IdentityHashMap<>();
		Map<Long, List<HistoricDocument>> byCase = new LinkedHashMap<>();
		for (HistoricDocument d : documents) {
			byCase.computeIfAbsent(d.caseId(), k -> new ArrayList<>()).add(d);
		}
		List<Object[]> rows = new ArrayList<>(documents.size());
		List<Object[]> counters = new ArrayList<>(byCase.size());
		List<CaseImport.HistoricEvent> events = new ArrayList<>(documents.size());
		for (Map.Entry<Long, List<HistoricDocument>> entry : byCase.entrySet()) {
			List<HistoricDocument> inOrder = new ArrayList<>(entry.getValue());
			inOrder.sort(Comparator.comparing(HistoricDocument::journaledAt));
			int seq = 0;
			for (HistoricDocument d : inOrder) {
				seq++;
				String number = d.caseNumber() + "-" + seq;
				numbers.put(d, number);
				rows.add(new Object[] { d.caseId(), number, seq, d.title(), d.direction().name(), d.kind().name(),
						Date.valueOf(d.documentDate()), d.author(), d.text(), TextExtraction.NONE.name(),
						Timestamp.from(d.journaledAt()), d.journaledBy() });
				events.add(new CaseImport.HistoricEvent(d.caseId(), d.journaledAt(), "DOCUMENT_JOURNALED",
						"Journaliseret " + number + ": " + d.title(), d.journaledBy()));
			}
			counters.add(new Object[] { entry.getKey(), seq });
		}
		jdbc.batchUpdate("""
				INSERT INTO journal.document (case_id, document_number, seq, version, title, direction, kind,
				    document_date, author, note_text, extraction, journaled_at, journaled_by)
				VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
		jdbc.batchUpdate("INSERT INTO journal.document_counter (case_id, last_seq) VALUES (?, ?)", counters);
		cases.recordEvents(events);
		return documents.stream().map(numbers::get).toList();
	}
}
