package dk.sagsvagt.deadlines;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.journal.Direction;
import dk.sagsvagt.journal.Document;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.Journal;
import dk.sagsvagt.journal.NewDocument;
import dk.sagsvagt.journal.UploadedFile;
import dk.sagsvagt.organisation.Signatures;
import dk.sagsvagt.shared.ConflictException;
import dk.sagsvagt.shared.DanishDates;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.NotFoundException;
import dk.sagsvagt.shared.PdfReport;
import dk.sagsvagt.shared.WorkingDayCalendar;
import dk.sagsvagt.shared.Letterhead;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The letter to the citizen when a published processing-time limit cannot be met (retssikkerhedsloven § 3, stk. 2):
 * why, and when a decision can be expected. Sending it journals the PDF in the case and moves the expected date.
 */
@Service
public class DelayLetters {

	private final JdbcClient jdbc;

	private final Cases cases;

	private final Journal journal;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final String letterhead;

	/** The administration and its address, above every letter. */
	private final java.util.List<String> letterheadLines;

	private final Signatures signatures;

	DelayLetters(JdbcClient jdbc, Cases cases, Journal journal, TransactionTemplate transaction, Clock clock,
			Letterhead letterhead, Signatures signatures) {
		this.signatures = signatures;
		this.jdbc = jdbc;
		this.cases = cases;
		this.journal = journal;
		this.transaction = transaction;
		this.clock = clock;
		this.letterhead = letterhead.administration();
		this.letterheadLines = letterhead.lines();
	}

	private record Limit(String caseNumber, String ruleCode, Instant startedAt, Instant dueAt, String status) {
	}

	/** The letter as it would be sent, for the caseworker to read first. */
	public byte[] draft(long deadlineId, String reason, LocalDate expected, CurrentUser user) {
		Limit limit = limit(deadlineId);
		CaseFile caseFile = cases.open(limit.caseNumber(), user, Action.EDIT_CASE);
		validate(limit, reason, expected);
		return letter(caseFile, limit, reason.strip(), expected, user);
	}

	/** Journals the letter in the case and records the new expected date; returns the journaled document. */
	public Document send(long deadlineId, String reason, LocalDate expected, CurrentUser user) {
		Limit limit = limit(deadlineId);
		CaseFile caseFile = cases.open(limit.caseNumber(), user, Action.EDIT_CASE);
		validate(limit, reason, expected);
		byte[] pdf = letter(caseFile, limit, reason.strip(), expected, user);
		Instant now = Instant.now(clock);
		Instant newDue = expected.plusDays(1).atStartOfDay(WorkingDayCalendar.COPENHAGEN).toInstant();
		// the letter and the new expected date are saved together or not at all
		return transaction.execute(status -> {
			// a letter sent after the limit ran out does not hide that it was missed
			DeadlineChanges.keepBreach(jdbc, deadlineId, limit.dueAt(), now);
			Document document = journal.journal(caseFile.caseNumber(), new NewDocument("Brev om forlænget sagsbehandlingstid",
					Direction.OUTGOING, DocumentKind.LETTER, null, null), UploadedFile.of("brev-om-forlaenget-sagsbehandlingstid.pdf", "application/pdf", pdf), user);
			jdbc.sql("UPDATE deadlines.deadline SET delay_letter_at = ?, due_at = ?, due_date = ? WHERE id = ?")
				.params(Timestamp.from(now), Timestamp.from(newDue), expected, deadlineId)
				.update();
			jdbc.sql("""
					INSERT INTO deadlines.deadline_change (deadline_id, kind, changed_at, reason, changed_by, old_due_at, new_due_at)
					VALUES (?, 'DELAY_LETTER', ?, ?, ?, ?, ?)""")
				.params(deadlineId, Timestamp.from(now), reason.strip() + " (brev " + document.documentNumber() + ")",
						user.username(), Timestamp.from(limit.dueAt()), Timestamp.from(newDue))
				.update();
			return document;
		});
	}

	private Limit limit(long deadlineId) {
		return jdbc.sql("SELECT case_number, rule_code, started_at, due_at, status FROM deadlines.deadline WHERE id = ?")
			.param(deadlineId)
			.query((rs, n) -> new Limit(rs.getString("case_number"), rs.getString("rule_code"), rs.getTimestamp("started_at").toInstant(),
					rs.getTimestamp("due_at").toInstant(), rs.getString("status")))
			.optional()
			.orElseThrow(() -> new NotFoundException("Fristen findes ikke."));
	}

	private void validate(Limit limit, String reason, LocalDate expected) {
		if (!limit.ruleCode().equals("PROCESSING_TIME")) {
			throw new ConflictException("Brevet gælder kun kommunens offentliggjorte sagsbehandlingsfrister.");
		}
		if (!limit.status().equals("OPEN")) {
			throw new ConflictException("Der er allerede truffet afgørelse i sagen.");
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "Skriv hvorfor fristen ikke kan overholdes.");
		}
		if (expected == null) {
			throw new InvalidInputException("expected", "Angiv hvornår borgeren kan forvente en afgørelse.");
		}
		LocalDate currentDue = limit.dueAt().atZone(WorkingDayCalendar.COPENHAGEN).toLocalDate().minusDays(1);
		if (!expected.isAfter(currentDue)) {
			throw new InvalidInputException("expected", "Den forventede dato skal ligge efter den nuværende frist.");
		}
	}

	private byte[] letter(CaseFile caseFile, Limit limit, String reason, LocalDate expected, CurrentUser user) {
		LocalDate received = limit.startedAt().atZone(WorkingDayCalendar.COPENHAGEN).toLocalDate();
		LocalDate due = limit.dueAt().atZone(WorkingDayCalendar.COPENHAGEN).toLocalDate().minusDays(1);
		LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.COPENHAGEN));
		return new PdfReport(letterheadLines, "Din sag tager længere tid end forventet")
			.paragraph("Dato: " + DanishDates.longDate(today) + "    Sagsnummer: " + caseFile.caseNumber())
			.paragraph("Vi modtog din ansøgning den " + DanishDates.longDate(received) + " (" + caseFile.caseTypeName() + "). Kommunen har "
					+ "fastsat en frist for, hvor lang tid behandlingen af denne type sager må tage, og efter fristen skulle du "
					+ "have haft en afgørelse senest den " + DanishDates.longDate(due) + ".")
			.paragraph("Vi kan desværre ikke overholde fristen. Begrundelsen er: " + reason)
			.paragraph("Du kan forvente en afgørelse senest den " + DanishDates.longDate(expected) + ".")
			.paragraph("Vi skriver til dig efter retssikkerhedslovens § 3, stk. 2, som kræver, at du får skriftlig besked, når "
					+ "fristen ikke kan overholdes. Har du spørgsmål, er du velkommen til at kontakte os og oplyse sagsnummeret.")
			.signature(signatures.of(user.username(), letterhead).lines())
			.render();
	}
}
