package dk.sagsvagt.oversight.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.deadlines.CaseDeadline;
import dk.sagsvagt.deadlines.CaseDeadlines;
import dk.sagsvagt.deadlines.DeadlineChanges;
import dk.sagsvagt.journal.Direction;
import dk.sagsvagt.journal.Document;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.Journal;
import dk.sagsvagt.journal.NewDocument;
import dk.sagsvagt.oversight.internal.Bundles;
import dk.sagsvagt.shared.ConflictException;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.NotFoundException;
import dk.sagsvagt.shared.PdfReport;
import dk.sagsvagt.shared.WorkingDayCalendar;
import dk.sagsvagt.shared.Letterhead;
import dk.sagsvagt.shared.DanishDates;
import dk.sagsvagt.shared.LateRegistration;
import dk.sagsvagt.organisation.Signatures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Access-to-file requests (aktindsigt) on a case: the 7-working-day deadline (offentlighedsloven § 36, stk. 2;
 * forvaltningsloven § 16, stk. 2) or a letter with the reason and expected date that extends it; a decision per
 * document (disclosed, exempted with the legal reason, or a redacted copy); the answer journaled with the bundle,
 * and the documents given in the disclosure log.
 */
@Service
public class AccessRequests {

	private final JdbcClient jdbc;

	private final Cases cases;

	private final Journal journal;

	private final CaseDeadlines deadlines;

	private final DeadlineChanges changes;

	private final Bundles bundles;

	private final dk.sagsvagt.oversight.internal.DisclosureLog log;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final String letterhead;

	/** The administration and its address, above every letter. */
	private final java.util.List<String> letterheadLines;

	private final Signatures signatures;

	private final WorkingDayCalendar calendar;

	AccessRequests(dk.sagsvagt.oversight.internal.DisclosureLog log, JdbcClient jdbc, Cases cases, Journal journal, CaseDeadlines deadlines, DeadlineChanges changes, Bundles bundles,
			TransactionTemplate transaction, Clock clock, Letterhead letterhead, Signatures signatures, WorkingDayCalendar calendar) {
		this.calendar = calendar;
		this.signatures = signatures;
		this.jdbc = jdbc;
		this.cases = cases;
		this.journal = journal;
		this.deadlines = deadlines;
		this.changes = changes;
		this.bundles = bundles;
		this.log = log;
		this.transaction = transaction;
		this.clock = clock;
		this.letterhead = letterhead.administration();
		this.letterheadLines = letterhead.lines();
	}

	/** A letter to the requester: today's date, the case number and to whom, below the letterhead and title. */
	private PdfReport letter(String title, AccessRequest r) {
		return letter(title, r, LocalDate.now(clock.withZone(WorkingDayCalendar.COPENHAGEN)));
	}

	private PdfReport letter(String title, AccessRequest r, LocalDate dated) {
		return new PdfReport(letterheadLines, title)
			.paragraph("Dato: " + DanishDates.longDate(dated)
					+ "    Sagsnummer: " + r.caseNumber())
			.paragraph("Til: " + r.requester());
	}

	public record AccessRequest(long id, String caseNumber, String requester, boolean party, LocalDate receivedOn, String status,
			String delayReason, LocalDate expectedOn, String coverLetterDocument, String bundleDocument, LocalDate dueDate) {
	}

	/** One document's outcome: DISCLOSED, EXEMPT with the legal reason, or REDACTED with the redacted copy. */
	public record DocumentDecision(String documentNumber, String outcome, String legalReason, String redactedDocument) {
	}

	public AccessRequest register(String caseNumber, String requester, boolean party, LocalDate receivedOn, CurrentUser user) {
		CaseFile caseFile = cases.open(caseNumber, user, Action.EDIT_CASE);
		String who = requester == null ? "" : requester.strip();
		if (who.isEmpty() || who.length() > 200) {
			throw new InvalidInputException("requester", "Angiv hvem der beder om aktindsigt.");
		}
		LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.COPENHAGEN));
		if (receivedOn == null || receivedOn.isAfter(today)) {
			throw new InvalidInputException("receivedOn", "Angiv hvornår anmodningen kom (ikke en fremtidig dato).");
		}
		long id = transaction.execute(status -> {
			long created = jdbc.sql("""
					INSERT INTO oversight.access_request (case_id, case_number, requester, party, received_on, status, created_by, created_at)
					VALUES (?, ?, ?, ?, ?, 'OPEN', ?, ?) RETURNING id""")
				.params(caseFile.id(), caseFile.caseNumber(), who, party, receivedOn, user.username(), Timestamp.from(Instant.now(clock)))
				.query(Long.class)
				.single();
			deadlines.recordEstablished(caseFile, "ACCESS_REQUEST_RECEIVED", receivedOn.atTime(9, 0).atZone(WorkingDayCalendar.COPENHAGEN)
				.toInstant(), null, user.username());
			return created;
		});
		return get(id, user);
	}

	/** The letter when 7 working days are not enough: the reason and the expected date, journaled; the deadline moves. */
	public AccessRequest delay(long id, String reason, LocalDate expectedOn, CurrentUser user) {
		AccessRequest r = get(id, user);
		CaseFile caseFile = cases.open(r.caseNumber(), user, Action.EDIT_CASE);
		String text = reason == null ? "" : reason.strip();
		if (text.length() < 10) {
			throw new InvalidInputException("reason", "Skriv hvorfor anmodningen ikke kan besvares inden for fristen.");
		}
		if (expectedOn == null || r.dueDate() == null || !expectedOn.isAfter(r.dueDate())) {
			throw new InvalidInputException("expectedOn", "Angiv hvornår svaret kan forventes (efter den nuværende frist).");
		}
		byte[] letter = letter("Din anmodning om aktindsigt", r)
			.paragraph("Vi modtog din anmodning om aktindsigt den " + DanishDates.longDate(r.receivedOn()) + ".")
			.paragraph("Vi kan ikke besvare den inden for 7 arbejdsdage (offentlighedslovens § 36, stk. 2). Begrundelsen er: " + text)
			.paragraph("Du kan forvente et svar senest den " + DanishDates.longDate(expectedOn) + ".")
			.signature(signatures.of(user.username(), letterhead).lines())
			.render();
		transaction.executeWithoutResult(status -> {
			Document d = journal.journalGenerated(r.caseNumber(), new NewDocument("Brev om forlænget frist for aktindsigt", Direction.OUTGOING,
					DocumentKind.LETTER, null, null), "aktindsigt-forlaenget-frist.pdf", "application/pdf", number -> letter, user);
			changes.extend(openDeadline(caseFile).id(), expectedOn, text + " (brev " + d.documentNumber() + ")", user.username(), user);
			jdbc.sql("UPDATE oversight.access_request SET delay_reason = ?, expected_on = ?, delay_letter_document = ? WHERE id = ?")
				.params(text, expectedOn, d.documentNumber(), id)
				.update();
		});
		return get(id, user);
	}

	/** Answers with a decision for each document; the bundle holds the disclosed documents and the redacted copies. */
	public AccessRequest answer(long id, List<DocumentDecision> decisions, CurrentUser user) {
		return answer(id, decisions, null, null, user);
	}

	/**
	 * Answers, dated {@code answeredOn} (today when null): an answer given outside the system on an earlier day is
	 * registered with its real date, not before the request came, never ahead, more than 2 working days late only with
	 * {@code lateReason} ({@link LateRegistration}); the deadline is met that day and the letter dated then.
	 */
	public AccessRequest answer(long id, List<DocumentDecision> decisions, LocalDate answeredOn, String lateReason, CurrentUser user) {
		AccessRequest r = get(id, user);
		LateRegistration.Dated answered = LateRegistration.onDay(answeredOn, r.receivedOn(), "anmodningen", lateReason, clock, calendar,
				"answeredOn");
		LocalDate on = answered.on();
		CaseFile caseFile = cases.open(r.caseNumber(), user, Action.EDIT_CASE);
		if (r.status().equals("ANSWERED")) {
			throw new ConflictException("Anmodningen er besvaret.");
		}
		if (decisions == null || decisions.isEmpty()) {
			throw new InvalidInputException("documents", "Tag stilling til sagens dokumenter.");
		}
		List<Document> given = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		List<List<String>> table = new ArrayList<>();
		for (DocumentDecision d : decisions) {
			Document doc = journal.version(d.documentNumber(), null, user, Action.DOWNLOAD);
			if (!doc.caseNumber().equals(r.caseNumber())) {
				throw new InvalidInputException("documents", "Dokument " + d.documentNumber() + " hører ikke til sagen.");
			}
			String outcome = d.outcome() == null ? "" : d.outcome();
			String legal = d.legalReason() == null ? null : d.legalReason().strip();
			switch (outcome) {
				case "DISCLOSED" -> given.add(doc);
				case "EXEMPT" -> requireReason(legal, d.documentNumber());
				case "REDACTED" -> {
					requireReason(legal, d.documentNumber());
					if (d.redactedDocument() == null) {
						throw new InvalidInputException("documents", "Angiv den journaliserede, delvist overstregede kopi af " + d.documentNumber() + ".");
					}
					given.add(journal.version(d.redactedDocument(), null, user, Action.DOWNLOAD));
				}
				default -> throw new InvalidInputException("documents", "Vælg udlevering, undtagelse eller delvis udlevering for " + d.documentNumber() + ".");
			}
			rows.add(new Object[] { d.documentNumber(), doc.version(), outcome, legal, d.redactedDocument() });
			table.add(List.of(d.documentNumber(), doc.title(), switch (outcome) {
				case "DISCLOSED" -> "Udleveret";
				case "EXEMPT" -> "Undtaget: " + legal;
				default -> "Delvist udleveret (" + d.redactedDocument() + "): " + legal;
			}));
		}
		byte[] letter = letter("Svar på din anmodning om aktindsigt", r, on)
			.paragraph("Du bad den " + DanishDates.longDate(r.receivedOn()) + " om aktindsigt. Her er vores afgørelse, dokument for dokument.")
			.table(new float[] { 0.22f, 0.38f, 0.4f }, List.of("Dokument", "Titel", "Afgørelse"), table)
			.paragraph("Du kan klage over afslag på aktindsigt. Klagen sendes til os; fastholder vi afslaget, sender vi den videre.")
			.signature(signatures.of(user.username(), letterhead).lines())
			.render();
		byte[] zip = bundles.zip("Oversigt over udleverede dokumenter", r.caseNumber(), given, Map.of(), Map.of());
		transaction.executeWithoutResult(status -> {
			Document cover = journal.journalGenerated(r.caseNumber(), new NewDocument("Svar på anmodning om aktindsigt", Direction.OUTGOING,
					DocumentKind.DECISION, on, null), "aktindsigt-svar.pdf", "application/pdf", number -> letter, user);
			Document bundle = journal.journalGenerated(r.caseNumber(), new NewDocument("Udleverede dokumenter (aktindsigt)", Direction.OUTGOING,
					DocumentKind.OTHER, on, null), "aktindsigt.zip", "application/zip", number -> zip, user);
			for (Object[] row : rows) {
				jdbc.sql("""
						INSERT INTO oversight.access_request_document (request_id, document_number, version, outcome, legal_reason, redacted_document)
						VALUES (?, ?, ?, ?, ?, ?)""")
					.params(id, row[0], row[1], row[2], row[3], row[4])
					.update();
			}
			for (Document d : given) {
				log.record(d, OversightBodies.ACCESS_REQUESTER, null, id, user.username(), user.username());
			}
			jdbc.sql("""
					UPDATE oversight.access_request SET status = 'ANSWERED', answered_by = ?, answered_at = ?, cover_letter_document = ?,
					    bundle_document = ?, answer_late_reason = ? WHERE id = ?""")
				.params(user.username(), Timestamp.from(answered.at()), cover.documentNumber(), bundle.documentNumber(), answered.lateReason(), id)
				.update();
			deadlines.recordEstablished(caseFile, "ACCESS_REQUEST_ANSWERED", answered.at(), null, user.username());
		});
		return get(id, user);
	}

	private static void requireReason(String legal, String documentNumber) {
		if (legal == null || legal.length() < 5) {
			throw new InvalidInputException("documents", "Angiv den retlige begrundelse for at undtage " + documentNumber + " (fx offentlighedsloven § 21).");
		}
	}

	private CaseDeadline openDeadline(CaseFile caseFile) {
		return deadlines.ofCase(caseFile)
			.stream()
			.filter(d -> d.ruleCode().equals("ACCESS_REQUEST") && d.isOpen())
			.findFirst()
			.orElseThrow(() -> new ConflictException("Sagen har ingen åben frist for aktindsigt."));
	}

	public AccessRequest get(long id, CurrentUser user) {
		AccessRequest r = jdbc.sql("SELECT * FROM oversight.access_request WHERE id = ?")
			.param(id)
			.query((rs, n) -> request(rs))
			.optional()
			.orElseThrow(() -> new NotFoundException("Anmodningen om aktindsigt findes ikke."));
		return withDue(r, cases.open(r.caseNumber(), user));
	}

	/** The case's access requests, newest first; the case must already be opened through the access policy. */
	public List<AccessRequest> ofCase(CaseFile caseFile) {
		return jdbc.sql("SELECT * FROM oversight.access_request WHERE case_id = ? ORDER BY id DESC")
			.param(caseFile.id())
			.query((rs, n) -> request(rs))
			.list()
			.stream()
			.map(r -> withDue(r, caseFile))
			.toList();
	}

	private AccessRequest withDue(AccessRequest r, CaseFile caseFile) {
		LocalDate due = deadlines.ofCase(caseFile).stream().filter(d -> d.ruleCode().equals("ACCESS_REQUEST")).map(CaseDeadline::dueDate)
			.reduce((a, b) -> b).orElse(null);
		return new AccessRequest(r.id(), r.caseNumber(), r.requester(), r.party(), r.receivedOn(), r.status(), r.delayReason(), r.expectedOn(),
				r.coverLetterDocument(), r.bundleDocument(), due);
	}

	private static AccessRequest request(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new AccessRequest(rs.getLong("id"), rs.getString("case_number"), rs.getString("requester"), rs.getBoolean("party"),
				rs.getObject("received_on", LocalDate.class), rs.getString("status"), rs.getString("delay_reason"),
				rs.getObject("expected_on", LocalDate.class), rs.getString("cover_letter_document"), rs.getString("bundle_document"), null);
	}
}
