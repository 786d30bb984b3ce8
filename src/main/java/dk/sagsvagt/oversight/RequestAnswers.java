package dk.sagsvagt.oversight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CaseFacts;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.deadlines.CaseDeadlines;
import dk.sagsvagt.journal.Direction;
import dk.sagsvagt.journal.Document;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.Journal;
import dk.sagsvagt.journal.NewDocument;
import dk.sagsvagt.oversight.internal.BundleContents;
import dk.sagsvagt.oversight.internal.Bundles;
import dk.sagsvagt.oversight.internal.RequestStore;
import dk.sagsvagt.shared.DanishDates;
import dk.sagsvagt.shared.ConflictException;
import dk.sagsvagt.shared.PdfReport;
import dk.sagsvagt.shared.WorkingDayCalendar;
import dk.sagsvagt.shared.Letterhead;
import dk.sagsvagt.shared.LateRegistration;
import dk.sagsvagt.organisation.Signatures;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Answers a request once every item is answered and a leader has signed off: a cover letter listing item by item
 * what is sent, and a bundle (ZIP with the documents and an index PDF), both journaled in the request's case; every
 * document given is entered in the disclosure log and made readable for the body's reviewers.
 */
@Service
public class RequestAnswers {

	private final RequestStore store;

	private final InformationRequests requests;

	private final Journal journal;

	private final Cases cases;

	private final CaseDeadlines deadlines;

	private final AccessPolicy access;

	private final dk.sagsvagt.oversight.internal.DisclosureLog log;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final WorkingDayCalendar calendar;

	private final String letterhead;

	/** The administration and its address, above every letter. */
	private final java.util.List<String> letterheadLines;

	private final Bundles bundles;

	private final Signatures signatories;

	private final BundleContents bundleContents;

	private final RequestWork work;

	RequestAnswers(BundleContents bundleContents, RequestWork work, Signatures signatories, Bundles bundles, RequestStore store, InformationRequests requests, Journal journal, Cases cases,
			CaseDeadlines deadlines, AccessPolicy access, dk.sagsvagt.oversight.internal.DisclosureLog log, TransactionTemplate transaction,
			Clock clock, Letterhead letterhead, WorkingDayCalendar calendar) {
		this.calendar = calendar;
		this.store = store;
		this.requests = requests;
		this.journal = journal;
		this.cases = cases;
		this.deadlines = deadlines;
		this.access = access;
		this.log = log;
		this.transaction = transaction;
		this.clock = clock;
		this.letterhead = letterhead.administration();
		this.letterheadLines = letterhead.lines();
		this.bundles = bundles;
		this.signatories = signatories;
		this.bundleContents = bundleContents;
		this.work = work;
	}

	/** What answering would send, checked as {@link #answer} checks it: to whom, how many items and documents. */
	public record IfAnswered(String bodyName, int items, long documents) {
	}

	public IfAnswered ifAnswered(long id, CurrentUser user) {
		InformationRequest request = answerable(id, user);
		return new IfAnswered(request.bodyName(), request.items().size(),
				request.items().stream().flatMap(i -> i.documents().stream()).distinct().count());
	}

	private InformationRequest answerable(long id, CurrentUser user) {
		InformationRequest request = requests.get(id, user);
		access.require(user, Action.ANSWER_OVERSIGHT, "besvar anmodning");
		if (request.answered()) {
			throw new ConflictException("Anmodningen er allerede besvaret.");
		}
		if (!request.openItems().isEmpty()) {
			throw new OpenItemsException(request.openItems());
		}
		if (request.signedOffAt() == null) {
			throw new ConflictException("En leder skal godkende svaret, før det sendes.");
		}
		return request;
	}

	public InformationRequest answer(long id, CurrentUser user) {
		return answer(id, null, null, user);
	}

	/**
	 * Sends the answer, dated {@code answeredOn} (today when null): an answer sent outside the system on an earlier day
	 * is registered with its real date, not before the request was received, never ahead, and more than 2 working days
	 * late only with {@code lateReason} ({@link LateRegistration}). The deadline is met on that day and the statistics
	 * count the days to it.
	 */
	public InformationRequest answer(long id, LocalDate answeredOn, String lateReason, CurrentUser user) {
		InformationRequest request = answerable(id, user);
		LateRegistration.Dated answered = LateRegistration.onDay(answeredOn, request.receivedOn(), "anmodningen", lateReason, clock,
				calendar, "answeredOn");
		LocalDate on = answered.on();
		Map<String, Document> documents = new LinkedHashMap<>();
		Map<String, Integer> itemOf = new LinkedHashMap<>();
		for (RequestItem item : request.items()) {
			for (String number : item.documents()) {
				int version = store.answeringVersion(item.id(), number);
				documents.putIfAbsent(number, journal.version(number, version, user, Action.DOWNLOAD));
				itemOf.putIfAbsent(number, item.seq());
			}
		}
		// a protected case's documents go to the body only when it has been granted the case explicitly, also when they
		// come inside another bundle
		Collection<CaseFacts> contents = bundleContents.allowedFor(request.body(), documents.values(), user);
		Map<String, String> groups = new LinkedHashMap<>();
		itemOf.forEach((number, seq) -> groups.put(number, String.valueOf(seq)));
		byte[] bundle = bundles.zip("Oversigt over materiale til " + request.bodyName(), request.caseNumber(),
				new ArrayList<>(documents.values()), groups, Map.of());
		transaction.executeWithoutResult(status -> {
			store.lock(id);
			// an item answered again meanwhile cleared the sign-off: what was approved is not what would be sent
			InformationRequest locked = store.find(id).orElseThrow();
			if (locked.answered()) {
				throw new ConflictException("Anmodningen er allerede besvaret.");
			}
			if (!locked.openItems().isEmpty()) {
				throw new OpenItemsException(locked.openItems());
			}
			if (locked.signedOffAt() == null || !locked.signedOffBy().equals(request.signedOffBy())
					|| !locked.items().equals(request.items())) {
				throw new ConflictException("En leder skal godkende svaret, før det sendes.");
			}
			Document cover = journal.journalOwnWorkGenerated(request.caseNumber(), new NewDocument("Svar til " + request.bodyName(),
					Direction.OUTGOING, DocumentKind.LETTER, on, null), "svar.pdf", "application/pdf",
					number -> coverLetter(request, number, on), user);
			Document zip = journal.journalOwnWork(request.caseNumber(), new NewDocument("Materiale til " + request.bodyName()
					+ " (" + documents.size() + " dokumenter)", Direction.OUTGOING, DocumentKind.OTHER, on, null), "materiale.zip",
					"application/zip", bundle, user);
			log.bundle(zip, contents);
			List<Document> given = new ArrayList<>(documents.values());
			given.add(cover);
			given.add(zip);
			for (Document d : given) {
				log.record(d, request.body(), id, null, request.signedOffBy(), user.username());
			}
			store.answered(id, user.username(), answered.at(), cover.documentNumber(), zip.documentNumber(), answered.lateReason());
			deadlines.recordEstablished(cases.ownWork(request.caseNumber()), "OVERSIGHT_ANSWERED", answered.at(), null, user.username());
			// the work and the approval are done: the request's grants end; its case stays with its unit by scope
			work.endWork(id, user.username());
		});
		return store.find(id).orElseThrow();
	}

	/**
	 * The cover letter, rendered once its document number is drawn so that it prints it: dated, with Danish dates, and
	 * signed off by the approver's name and title.
	 */
	byte[] coverLetter(InformationRequest r, String documentNumber, LocalDate date) {
		PdfReport pdf = new PdfReport(letterheadLines, "Svar til " + r.bodyName());
		pdf.paragraph("København, den " + DanishDates.longDate(date));
		pdf.paragraph("Sagsnummer: " + r.caseNumber() + "    Dokumentnummer: " + documentNumber
				+ (r.bodyReference() == null ? "" : "    Jeres reference: " + r.bodyReference()));
		pdf.paragraph("Vi har den " + DanishDates.longDate(r.receivedOn()) + " modtaget jeres anmodning. Her er vores svar, delpunkt for delpunkt. "
				+ "Materialet er vedlagt samlet med en oversigt.");
		List<List<String>> rows = new ArrayList<>();
		for (RequestItem item : r.items()) {
			rows.add(List.of(String.valueOf(item.seq()), item.text(), item.status() == ItemStatus.CANNOT_ANSWER
					? "Kan ikke besvares: " + item.reason() : String.join(", ", item.documents())));
		}
		pdf.table(new float[] { 0.06f, 0.47f, 0.47f }, List.of("Nr.", "Delpunkt", "Sendt"), rows);
		pdf.paragraph("Svaret er godkendt den " + DanishDates.longDate(r.signedOffAt()) + " af " + signatories.nameAndTitle(r.signedOffBy()) + ".");
		pdf.signature(signatories.of(r.signedOffBy(), letterhead).lines());
		return pdf.render();
	}
}
