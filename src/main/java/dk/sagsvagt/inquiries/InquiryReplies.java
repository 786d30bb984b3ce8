package dk.sagsvagt.inquiries;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

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
import dk.sagsvagt.shared.ConflictException;
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

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("da"));

	private final Inquiries inquiries;

	private final Cases cases;

	private final Journal journal;

	private final CaseDeadlines deadlines;

	private final Letterhead letterhead;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final CaseStatusChanges statusChanges;

	InquiryReplies(Inquiries inquiries, Cases cases, CaseStatusChanges statusChanges, Journal journal, CaseDeadlines deadlines, Letterhead letterhead, JdbcClient jdbc,
			TransactionTemplate transaction, Clock clock) {
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
				+ "Tak for din henvendelse af " + DATE.format(i.receivedOn()) + " til " + recipient(i.addressedTo()) + " om "
				+ lowerFirst(i.subject()) + ".\n\n" + WRITE_HERE + "\n\n"
				+ "Har du spørgsmål, er du velkommen til at kontakte mig. Oplys sagsnummer " + i.caseNumber() + ".\n\n"
				+ "Med venlig hilsen\n\n" + i.assigneeName() + "\n" + letterhead.administration();
	}

	/**
	 * Sends the reply: the letter is journaled as outgoing in the inquiry's case and meets the reply deadline on
	 * {@code repliedOn} (today when not given; an earlier day records a reply sent outside the system).
	 */
	public Inquiry reply(long id, String text, LocalDate repliedOn, CurrentUser user) {
		Inquiry i = inquiries.get(id, user);
		CaseFile caseFile = cases.open(i.caseNumber(), user, Action.JOURNAL);
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
					DocumentKind.LETTER, on, null), "svar-paa-henvendelse.pdf", "application/pdf", number -> letter(i, body, on, number), user);
			int updated = jdbc.sql("""
					UPDATE inquiries.inquiry SET status = 'ANSWERED', reply_document = ?, replied_on = ?, replied_by = ?
					WHERE id = ? AND status = 'OPEN'""")
				.params(letter.documentNumber(), on, user.username(), id)
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

	private byte[] letter(Inquiry i, String body, LocalDate on, String documentNumber) {
		PdfReport pdf = new PdfReport(letterhead.lines(), "Svar på din henvendelse");
		pdf.paragraph("Dato: " + DATE.format(on) + "    Sagsnummer: " + i.caseNumber() + "    Dokumentnummer: " + documentNumber);
		if (i.citizenName() != null) {
			pdf.paragraph("Til: " + i.citizenName());
		}
		for (String paragraph : body.split("\\R\\s*\\R")) {
			pdf.paragraph(paragraph.strip());
		}
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
