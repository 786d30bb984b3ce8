package dk.sagsvagt.oversight.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.sagsvagt.access.AccessGrants;
import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CaseFacts;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.journal.Direction;
import dk.sagsvagt.journal.Document;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.Journal;
import dk.sagsvagt.journal.NewDocument;
import dk.sagsvagt.oversight.internal.Bundles;
import dk.sagsvagt.oversight.internal.DisclosureLog;
import dk.sagsvagt.oversight.internal.OversightBodies;
import dk.sagsvagt.shared.DanishDates;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.Letterhead;
import dk.sagsvagt.organisation.Signatures;
import dk.sagsvagt.shared.PdfReport;
import dk.sagsvagt.shared.WorkingDayCalendar;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Documents given to an oversight body on the administration's own initiative, with no request (the sending of
 * 19 December 2017 in the seed letter). A leader approves and sends: the approver must be a leader, and is the
 * leader who sends (an approval by someone else than the caller cannot be checked, so it is not taken on trust).
 * The sending is journaled as a cover letter in a case of its own; each document is entered in the disclosure log
 * with the reason and the approver, and becomes readable for the body's reviewers, as with a request's answer.
 */
@Service
public class OwnInitiativeDisclosures {

	/** What was sent: the case the sending is journaled in, its cover letter and bundle, and the documents given. */
	public record OwnInitiativeDisclosure(String caseNumber, String coverLetterDocument, String bundleDocument, String body,
			List<String> documents, String reason, String approvedBy, Instant disclosedAt) {
	}

	private final OversightBodies bodies;

	private final Journal journal;

	private final Cases cases;

	private final AccessPolicy access;

	private final AccessGrants grants;

	private final DisclosureLog log;

	private final Bundles bundles;

	private final Signatures signatories;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final String letterhead;

	/** The administration and its address, above every letter. */
	private final java.util.List<String> letterheadLines;

	private final BundleContents bundleContents;

	OwnInitiativeDisclosures(BundleContents bundleContents, OversightBodies bodies, Journal journal, Cases cases, AccessPolicy access, AccessGrants grants,
			DisclosureLog log, Bundles bundles, Signatures signatories, TransactionTemplate transaction, Clock clock,
			Letterhead letterhead) {
		this.bodies = bodies;
		this.journal = journal;
		this.cases = cases;
		this.access = access;
		this.grants = grants;
		this.log = log;
		this.bundles = bundles;
		this.signatories = signatories;
		this.transaction = transaction;
		this.clock = clock;
		this.letterhead = letterhead.administration();
		this.letterheadLines = letterhead.lines();
		this.bundleContents = bundleContents;
	}

	public OwnInitiativeDisclosure disclose(String body, List<String> documentNumbers, String reason, String approvedBy, CurrentUser user) {
		access.require(user, Action.ANSWER_OVERSIGHT, "udlevering til tilsynsmyndighed på eget initiativ");
		if (!user.isLeader()) {
			access.require(user, Action.REQUEST, "kun en leder kan godkende en udlevering til en tilsynsmyndighed");
		}
		if (approvedBy != null && !approvedBy.isBlank() && !approvedBy.strip().equals(user.username())) {
			throw new InvalidInputException("approvedBy", "Den leder, der godkender udleveringen, skal selv sende den.");
		}
		// the sending is journaled in a case of the sender's own unit
		if (user.unitId() == null) {
			throw new InvalidInputException("unitId", "Du skal høre til en enhed for at sende materiale til en tilsynsmyndighed. "
					+ "Bed en administrator om at sætte dig i en enhed.");
		}
		OversightBodies.Body to = bodies.requesting(body == null ? "" : body)
			.orElseThrow(() -> new InvalidInputException("body", "Vælg den myndighed, materialet sendes til."));
		String why = reason == null ? "" : reason.strip();
		if (why.length() < 10 || why.length() > 2000) {
			throw new InvalidInputException("reason", "Skriv hvorfor materialet sendes (10 til 2000 tegn).");
		}
		List<String> numbers = documentNumbers == null ? List.of()
				: documentNumbers.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).distinct().toList();
		if (numbers.isEmpty() || numbers.size() > 500) {
			throw new InvalidInputException("documentNumbers", "Vælg de dokumenter, der sendes (1 til 500).");
		}
		Map<String, Document> documents = new LinkedHashMap<>();
		for (String number : numbers) {
			documents.put(number, journal.version(number, null, user, Action.DOWNLOAD));
		}
		// a protected case's documents go to the body only when it has been granted the case explicitly, also when they
		// come inside another bundle
		Collection<CaseFacts> contents = bundleContents.allowedFor(to.code(), documents.values(), user);
		Instant now = Instant.now(clock);
		LocalDate today = now.atZone(WorkingDayCalendar.COPENHAGEN).toLocalDate();
		return transaction.execute(status -> {
			CaseFile own = cases.registerOwnWork("OVERSIGHT_REQUEST", "Udlevering til " + to.name() + " på forvaltningens eget initiativ",
					user.unitId(), user.staffId(), user.username());
			grants.assignCase(user.username(), own.id(), "Udlevering til " + to.name(), user.username());
			Document cover = journal.journalOwnWorkGenerated(own.caseNumber(), new NewDocument("Materiale til " + to.name(),
					Direction.OUTGOING, DocumentKind.LETTER, today, null), "foelgebrev.pdf", "application/pdf",
					number -> coverLetter(to.name(), own.caseNumber(), number, today, why, documents.values(), user.username()), user);
			byte[] bundle = bundles.zip("Oversigt over materiale til " + to.name(), own.caseNumber(), new ArrayList<>(documents.values()),
					Map.of(), Map.of());
			Document zip = journal.journalOwnWork(own.caseNumber(), new NewDocument("Materiale til " + to.name() + " ("
					+ documents.size() + " dokumenter)", Direction.OUTGOING, DocumentKind.OTHER, today, null), "materiale.zip",
					"application/zip", bundle, user);
			log.bundle(zip, contents);
			// the cover letter lists the documents' titles: it holds what the material holds
			log.bundle(cover, contents);
			List<Document> given = new ArrayList<>(documents.values());
			given.add(cover);
			given.add(zip);
			for (Document d : given) {
				log.record(d, to.code(), null, null, why, own.caseNumber(), user.username(), user.username());
			}
			return new OwnInitiativeDisclosure(own.caseNumber(), cover.documentNumber(), zip.documentNumber(), to.code(),
					List.copyOf(documents.keySet()), why, user.username(), now);
		});
	}

	private byte[] coverLetter(String bodyName, String caseNumber, String documentNumber, LocalDate date, String reason,
			java.util.Collection<Document> documents, String approver) {
		PdfReport pdf = new PdfReport(letterheadLines, "Materiale til " + bodyName);
		pdf.paragraph("København, den " + DanishDates.longDate(date));
		pdf.paragraph("Sagsnummer: " + caseNumber + "    Dokumentnummer: " + documentNumber);
		pdf.paragraph("Forvaltningen sender på eget initiativ det materiale, der er nævnt nedenfor. " + reason);
		List<List<String>> rows = documents.stream()
			.map(d -> List.of(d.documentNumber(), d.title(), "den " + DanishDates.longDate(d.documentDate() != null ? d.documentDate()
					: d.journaledAt().atZone(WorkingDayCalendar.COPENHAGEN).toLocalDate())))
			.toList();
		pdf.table(new float[] { 0.22f, 0.53f, 0.25f }, List.of("Dokument", "Titel", "Dato"), rows);
		pdf.paragraph("Udleveringen er godkendt af " + signatories.nameAndTitle(approver) + ".");
		pdf.signature(signatories.of(approver, letterhead).lines());
		return pdf.render();
	}
}
