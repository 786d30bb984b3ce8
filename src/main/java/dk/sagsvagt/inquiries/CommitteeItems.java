package dk.sagsvagt.inquiries;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.journal.Document;
import dk.sagsvagt.journal.Journal;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Agenda items that put a report before a committee (Borgerrådgiveren's report on the quality of case work, a
 * supervision round's result note): a title, the case presentation (sagsfremstilling) and the journaled documents
 * attached. Each document is one the leader may read, and attaching it is a logged read of it; its case's timeline
 * records that it went before the committee.
 */
@Service
public class CommitteeItems {

	static final int MAX_DOCUMENTS = 50;

	private final Committees committees;

	private final Journal journal;

	private final Cases cases;

	private final AccessPolicy access;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	CommitteeItems(Committees committees, Journal journal, Cases cases, AccessPolicy access, JdbcClient jdbc,
			TransactionTemplate transaction, Clock clock) {
		this.committees = committees;
		this.journal = journal;
		this.cases = cases;
		this.access = access;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Adds the item as the next on the agenda of a meeting not yet held (409 otherwise). */
	public AgendaItem add(long meetingId, String title, String presentation, List<String> documentNumbers, CurrentUser user) {
		access.require(user, Action.LEAD, "dagsordenspunkt");
		Meeting meeting = committees.coming(meetingId);
		String heading = title == null ? "" : title.strip();
		String text = presentation == null ? "" : presentation.strip();
		if (heading.isEmpty() || heading.length() > 300) {
			throw new InvalidInputException("title", "Skriv punktets overskrift (højst 300 tegn).");
		}
		if (text.length() < 10 || text.length() > 20_000) {
			throw new InvalidInputException("presentation", "Skriv en kort sagsfremstilling til udvalget, mindst 10 tegn.");
		}
		if (text.matches("(?s).*\\b\\d{6}-?\\d{4}\\b.*") || heading.matches(".*\\b\\d{6}-?\\d{4}\\b.*")) {
			throw new InvalidInputException("presentation", "Punktet må ikke indeholde cpr-numre; dagsordenen kan blive offentlig.");
		}
		Set<String> numbers = new LinkedHashSet<>(documentNumbers == null ? List.of()
				: documentNumbers.stream().filter(d -> d != null && !d.isBlank()).map(String::strip).toList());
		if (numbers.size() > MAX_DOCUMENTS) {
			throw new InvalidInputException("documentNumbers", "Der kan højst vedlægges " + MAX_DOCUMENTS + " dokumenter.");
		}
		List<Document> documents = new ArrayList<>();
		for (String number : numbers) {
			try {
				// an agenda may become public and every leader sees its attachments' numbers and titles: only the
				// administration's own work (a case with no citizen party, e.g. a result note) goes before the
				// committee, never a citizen's document (issue 17 review, S2)
				int dash = number.lastIndexOf('-');
				if (dash <= 0 || !cases.facts(number.substring(0, dash)).citizenIds().isEmpty()) {
					throw new InvalidInputException("documentNumbers", "Et bilag til udvalget skal være et dokument fra forvaltningens "
							+ "egne sager (fx et resultatnotat), ikke fra en borgers sag.");
				}
				// the access policy decides and logs the read of each document attached
				documents.add(journal.version(number, null, user, Action.VIEW_DOCUMENT));
			}
			catch (NotFoundException e) {
				throw new InvalidInputException("documentNumbers", "Dokument " + number + " findes ikke.");
			}
		}
		Instant now = Instant.now(clock);
		long id = transaction.execute(status -> {
			// one writer per agenda at a time, so positions are drawn in turn
			jdbc.sql("SELECT id FROM inquiries.meeting WHERE id = ? FOR UPDATE").param(meetingId).query(Long.class).single();
			long itemId = jdbc.sql("""
					INSERT INTO inquiries.agenda_item (meeting_id, position, title, summary, created_by, created_at)
					VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM inquiries.agenda_item WHERE meeting_id = ?), ?, ?, ?, ?)
					RETURNING id""")
				.params(meetingId, meetingId, heading, text, user.username(), Timestamp.from(now))
				.query(Long.class)
				.single();
			int position = 0;
			for (Document d : documents) {
				jdbc.sql("INSERT INTO inquiries.agenda_document (item_id, position, document_number, case_number, title) VALUES (?, ?, ?, ?, ?)")
					.params(itemId, ++position, d.documentNumber(), d.caseNumber(), d.title())
					.update();
				cases.recordEvent(d.caseId(), now, "COMMITTEE", "Dokument " + d.documentNumber() + " forelagt " + meeting.committee()
						+ " (mødet " + Committees.date(meeting.meetsOn()) + ")", user.username());
			}
			return itemId;
		});
		return committees.get(meetingId, user).items().stream().filter(i -> i.id() == id).findFirst().orElseThrow();
	}
}
