package dk.sagsvagt.inquiries;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.CaseStatusChanges;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.deadlines.CaseDeadlines;
import dk.sagsvagt.journal.Direction;
import dk.sagsvagt.journal.Document;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.Journal;
import dk.sagsvagt.journal.NewDocument;
import dk.sagsvagt.organisation.Signatures;
import dk.sagsvagt.shared.AccessDeniedException;
import dk.sagsvagt.shared.ConflictException;
import dk.sagsvagt.shared.DanishDates;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.Letterhead;
import dk.sagsvagt.shared.PdfReport;
import dk.sagsvagt.shared.WorkingDayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reply to an inquiry: drafted from a Danish template, sent as a letter (PDF with the letterhead, case and document
 * number) journaled in the inquiry's case, which meets the reply deadline and closes the case.
 */
@Service
public class InquiryReplies {

	static final String WRITE_HERE = "[Skriv svaret her]";

	private final Inquiries inquiries;

	private final Cases cases;

	private final Journal journal;

	private final CaseDeadlines deadlines;

	private final Letterhead letterhead;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final CaseStatusChanges statusChanges;

	private final Signatures signatures;

	InquiryReplies(Inquiries inquiries, Cases cases, CaseStatusChanges statusChanges, Journal journal, CaseDeadlines deadlines, Letterhead letterhead, JdbcClient jdbc,
			TransactionTemplate transaction, Clock clock, Signatures signatures) {
		this.signatures = signatures;
		this.inquiries = inquiries;
		this.cases = cases;
		this.statusChanges = statusChanges;
		this.journal = journal;
		this.deadlines = deadlines;
		this.letterhead = letterhead;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** The template: greeting, thanks for the inquiry of its date to whom it was addressed, room for the answer. */
	public String draft(long id, CurrentUser user) {
		Inquiry i = inquiries.get(id, user);
		return "Kære " + (i.citizenName() == null ? "borger" : i.citizenName()) + "\n\n"
				+ "Tak for din henvendelse af " + DanishDates.longDate(i.receivedOn()) + " til " + recipient(i.addressedTo()) + " om "
				+ lowerFirst(i.subject()) + ".\n\n" + WRITE_HERE + "\n\n"
				+ "Har du spørgsmål, er du velkommen til at kontakte mig. Oplys sagsnummer " + i.caseNumber() + ".";
	}

	/** A closing line ("Med venlig hilsen") typed at the end of the text, and what follows it. */
	private static final java.util.regex.Pattern CLOSING = java.util.regex.Pattern
		.compile("(?is)\\R\\s*(med )?venlig hilsen,?\\s*(\\R[^\\n]{0,120}){0,6}\\s*$");

	/**
	 * The text without a closing the writer typed: the letter closes with the signer's signature (name, title, unit
	 * and its contact details), which would otherwise stand twice.
	 */
	static String withoutClosing(String body) {
		return CLOSING.matcher(body).replaceFirst("").strip();
	}

	public Inquiry reply(long id, String text, LocalDate repliedOn, CurrentUser user) {
		return reply(id, text, repliedOn, Signatory.ADMINISTRATION, user);
	}

	/**
	 * Sends the reply: the letter is journaled as outgoing in the inquiry's case and meets the reply deadline on
	 * {@code repliedOn} (today when not given; an earlier day records a reply sent outside the system). Signed on behalf
	 * of the mayor or the committee chair, it carries that office's letterhead and says so above the signer's name.
	 */
	public Inquiry reply(long id, String text, LocalDate repliedOn, Signatory signedOnBehalfOf, CurrentUser user) {
		Signatory signatory = signedOnBehalfOf == null ? Signatory.ADMINISTRATION : signedOnBehalfOf;
		Inquiry i = inquiries.get(id, user);
		CaseFile caseFile = cases.open(i.caseNumber(), user, Action.JOURNAL);
		// a letter on behalf of the mayor or the committee chair speaks for the political office: a leader signs it
		// (issue 17 review, S2), whoever else may journal in the inquiry's case
		if (signatory != Signatory.ADMINISTRATION && !user.isLeader()) {
			throw new AccessDeniedException("Kun en leder kan underskrive på vegne af " + (signatory == Signatory.MAYOR
					? "borgmesteren." : "formanden for udvalget."));
		}
		if (i.answered()) {
			throw new ConflictException("Henvendelsen er allerede besvaret.");
		}
		String body = text == null ? "" : text.strip();
		if (body.length() < 20 || body.contains(WRITE_HERE)) {
			throw new InvalidInputException("text", "Skriv svaret i brevet (erstat \"" + WRITE_HERE + "\").");
		}
		if (body.length() > 50_000) {
			throw new InvalidInputException("text", "Svaret må højst have 50.000 tegn.");
		}
		LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.COPENHAGEN));
		LocalDate on = repliedOn == null ? today : repliedOn;
		if (on.isAfter(today) || on.isBefore(i.receivedOn())) {
			throw new InvalidInputException("repliedOn", "Svardatoen skal ligge mellem modtagelsen og i dag.");
		}
		transaction.executeWithoutResult(status -> {
			Document letter = journal.journalGenerated(i.caseNumber(), new NewDocument("Svar på henvendelse: " + i.subject(), Direction.OUTGOING,
					DocumentKind.LETTER, on, null), "svar-paa-henvendelse.pdf", "application/pdf", number -> letter(i, body, on, number, signatory, user), user);
			int updated = jdbc.sql("""
					UPDATE inquiries.inquiry SET status = 'ANSWERED', reply_document = ?, replied_on = ?, replied_by = ?, signed_on_behalf_of = ?
					WHERE id = ? AND status = 'OPEN'""")
				.params(letter.documentNumber(), on, user.username(), signatory.name(), id)
				.update();
			if (updated == 0) {
				throw new ConflictException("Henvendelsen er allerede besvaret.");
			}
			Instant at = on.equals(today) ? Instant.now(clock) : on.atTime(12, 0).atZone(WorkingDayCalendar.COPENHAGEN).toInstant();
			deadlines.recordEstablished(caseFile, "INQUIRY_ANSWERED", at, null, user.username());
			statusChanges.close(caseFile, "Henvendelsen er besvaret.", user);
		});
		return inquiries.get(id, user);
	}

	private byte[] letter(Inquiry i, String body, LocalDate on, String documentNumber, Signatory signatory, CurrentUser user) {
		String office = switch (signatory) {
			case MAYOR -> letterhead.mayor();
			case COMMITTEE_CHAIR -> letterhead.committee();
			case ADMINISTRATION -> letterhead.administration();
		};
		PdfReport pdf = new PdfReport(letterhead.linesFor(office), "Svar på din henvendelse");
		// the address block: the citizen register keeps no postal addresses yet, so the letter names the citizen only
		if (i.citizenName() != null) {
			pdf.paragraph(i.citizenName());
		}
		pdf.paragraph("Dato: den " + DanishDates.longDate(on) + "    Sagsnummer: " + i.caseNumber() + "    Dokumentnummer: " + documentNumber);
		for (String paragraph : withoutClosing(body).split("\\R\\s*\\R")) {
			pdf.paragraph(paragraph.strip());
		}
		List<String> signature = new ArrayList<>();
		if (signatory != Signatory.ADMINISTRATION) {
			signature.add(signatory == Signatory.MAYOR ? "På vegne af " + office : "På vegne af formanden for " + office);
		}
		signature.addAll(signatures.of(user.username(), letterhead.administration()).lines());
		pdf.signature(signature);
		return pdf.render();
	}

	static String recipient(String addressedTo) {
		return switch (addressedTo) {
			case "MAYOR" -> "borgmesteren";
			case "COMMITTEE" -> "udvalget";
			default -> "forvaltningen";
		};
	}

	private static String lowerFirst(String text) {
		return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}
}
