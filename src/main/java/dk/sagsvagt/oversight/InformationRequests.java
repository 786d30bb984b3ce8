package dk.sagsvagt.oversight;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dk.sagsvagt.access.AccessGrants;
import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.CaseLists;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.deadlines.CaseDeadlines;
import dk.sagsvagt.journal.Direction;
import dk.sagsvagt.journal.Document;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.Journal;
import dk.sagsvagt.journal.NewDocument;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Staff;
import dk.sagsvagt.oversight.internal.OversightBodies;
import dk.sagsvagt.oversight.internal.RequestStore;
import dk.sagsvagt.shared.ConflictException;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.NotFoundException;
import dk.sagsvagt.shared.WorkingDayCalendar;
import dk.sagsvagt.supervision.Round;
import dk.sagsvagt.supervision.SupervisionRounds;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Information requests from oversight bodies (kommunestyrelsesloven § 65 e): registered in their own case with the
 * body's answer date as a deadline, broken into items (one per flagged case of a round when asked "for each
 * case"), each answered by documents, a whole case or a round's outputs, or by a reason it cannot be. The answer
 * itself is {@link RequestAnswers}. External reviewers see their own body's requests, read-only.
 */
@Service
public class InformationRequests {

	private final RequestStore store;

	private final Cases cases;

	private final Journal journal;

	private final CaseDeadlines deadlines;

	private final SupervisionRounds rounds;

	private final Organisation organisation;

	private final AccessPolicy access;

	private final AccessGrants grants;

	private final OversightBodies bodies;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final CaseLists lists;

	private final RequestWork work;

	InformationRequests(RequestWork work, RequestStore store, Cases cases, CaseLists lists, Journal journal, CaseDeadlines deadlines,
			SupervisionRounds rounds, Organisation organisation, AccessPolicy access, AccessGrants grants,
			OversightBodies bodies, TransactionTemplate transaction, Clock clock) {
		this.work = work;
		this.grants = grants;
		this.bodies = bodies;
		this.store = store;
		this.cases = cases;
		this.lists = lists;
		this.journal = journal;
		this.deadlines = deadlines;
		this.rounds = rounds;
		this.organisation = organisation;
		this.access = access;
		this.transaction = transaction;
		this.clock = clock;
	}

	public InformationRequest register(NewRequest r, CurrentUser user) {
		access.require(user, Action.ANSWER_OVERSIGHT, "registrér anmodning fra tilsynsmyndighed");
		String body = r.body() == null ? "" : r.body();
		String bodyName = bodies.requesting(body).map(OversightBodies.Body::name)
			.orElseThrow(() -> new InvalidInputException("body", "Vælg den myndighed, anmodningen kommer fra."));
		String text = r.text() == null ? "" : r.text().strip();
		if (text.isEmpty() || text.length() > 20_000) {
			throw new InvalidInputException("text", "Skriv anmodningens tekst (højst 20.000 tegn).");
		}
		LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.COPENHAGEN));
		if (r.receivedOn() == null || r.receivedOn().isAfter(today)) {
			throw new InvalidInputException("receivedOn", "Angiv hvornår anmodningen kom (ikke en fremtidig dato).");
		}
		if (r.answerDue() == null || r.answerDue().isBefore(r.receivedOn())) {
			throw new InvalidInputException("answerDue", "Angiv den svarfrist, myndigheden har sat (ikke før modtagelsen).");
		}
		Staff responsible = organisation.staffByUsername(r.responsible() == null ? "" : r.responsible())
			.filter(s -> !s.role().isExternal())
			.orElseThrow(() -> new InvalidInputException("responsible", "Vælg den ansvarlige i forvaltningen."));
		if (r.reminderOf() != null && store.find(r.reminderOf()).filter(e -> e.body().equals(body)).isEmpty()) {
			throw new InvalidInputException("reminderOf", "Den tidligere anmodning findes ikke hos samme myndighed.");
		}
		List<String[]> items = work.items(r, user);
		if (items.isEmpty()) {
			throw new InvalidInputException("items", "Del anmodningen op i mindst ét delpunkt.");
		}
		long id = transaction.execute(status -> {
			CaseFile own = cases.registerOwnWork("OVERSIGHT_REQUEST", "Anmodning fra " + bodyName
					+ (r.bodyReference() == null || r.bodyReference().isBlank() ? "" : " (" + r.bodyReference().strip() + ")"),
					user.unitId() == null ? responsible.unitId() : user.unitId(), responsible.id(), user.username());
			journal.journalOwnWork(own.caseNumber(), new NewDocument("Anmodning fra " + bodyName, Direction.INCOMING, DocumentKind.LETTER,
					r.receivedOn(), null), "anmodning.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8), user);
			long created = store.insert(new RequestStore.NewRequest(own.id(), own.caseNumber(), body, blankToNull(r.bodyReference()),
					r.receivedOn(), text, r.answerDue(), responsible.username(), r.reminderOf()), user.username(), Instant.now(clock));
			for (int i = 0; i < items.size(); i++) {
				store.addItem(created, i + 1, items.get(i)[0], items.get(i)[1]);
			}
			for (String member : new LinkedHashSet<>(List.of(user.username(), responsible.username()))) {
				grants.assignCase(member, own.id(), "Anmodning fra " + bodyName, user.username());
			}
			work.grantResponsible(created, own.id(), responsible.username(), user.username());
			if (r.perFlaggedCaseOfRound() != null) {
				work.concernsRound(created, responsible.username(), rounds.get(r.perFlaggedCaseOfRound(), user), user.username());
			}
			// kommunestyrelsesloven § 65 e: the body sets the date; it stands on the responsible person's worklist
			deadlines.recordWithDueDate(own, "OVERSIGHT_REQUEST_RECEIVED", r.receivedOn().atTime(9, 0)
				.atZone(WorkingDayCalendar.COPENHAGEN).toInstant(), r.answerDue(), responsible.id(), user.username());
			return created;
		});
		return store.find(id).orElseThrow();
	}

	/** The request, for staff who answer requests or for the body it came from. */
	public InformationRequest get(long id, CurrentUser user) {
		InformationRequest request = store.find(id).orElseThrow(() -> new NotFoundException("Anmodningen findes ikke."));
		requireReader(request.body(), user);
		access.logList(user, lists.citizensOf(casesShown(request)), "anmodning " + id + " fra " + request.body());
		return request;
	}

	/** The citizens' cases a request shows: the items' subject cases and the cases of the documents answering them. */
	private static List<String> casesShown(InformationRequest request) {
		Set<String> numbers = new LinkedHashSet<>();
		for (RequestItem item : request.items()) {
			if (item.subjectCaseNumber() != null) {
				numbers.add(item.subjectCaseNumber());
			}
			item.documents().forEach(d -> numbers.add(d.substring(0, d.lastIndexOf('-'))));
		}
		return List.copyOf(numbers);
	}

	/** The requests the user may see: all for staff who answer them, their own body's for external reviewers. */
	public List<InformationRequest> list(CurrentUser user) {
		List<InformationRequest> shown;
		if (user.role().isExternal()) {
			shown = store.list(user.role().name());
		}
		else {
			access.require(user, Action.ANSWER_OVERSIGHT, "anmodninger fra tilsynsmyndigheder");
			shown = store.list(null);
		}
		access.logList(user, lists.citizensOf(shown.stream().flatMap(r -> casesShown(r).stream()).distinct().toList()),
				"anmodninger fra tilsynsmyndigheder");
		return shown;
	}

	private void requireReader(String body, CurrentUser user) {
		if (user.role().isExternal()) {
			// the body's own request: a read, logged; another body's: refused, logged
			access.require(user, user.role().name().equals(body) ? Action.VIEW_DOCUMENT : Action.REQUEST, "anmodning fra " + body);
			return;
		}
		access.require(user, Action.ANSWER_OVERSIGHT, "anmodning fra tilsynsmyndighed");
	}

	/**
	 * Answers an item with documents, all documents of a case, and/or a concluded round's workbook and result note;
	 * or, with {@code cannotAnswerReason}, records why it cannot be answered.
	 */
	public InformationRequest answerItem(long id, long itemId, List<String> documentNumbers, String caseNumber, Long roundOutputs,
			String cannotAnswerReason, CurrentUser user) {
		return answerItem(id, itemId, new ItemAnswer(documentNumbers, caseNumber, roundOutputs, cannotAnswerReason, null), user);
	}

	/**
	 * What an item is answered with: documents, a whole case, a concluded round's outputs, a written answer (journaled
	 * as a note of the request's case), or the reason it cannot be answered.
	 */
	public record ItemAnswer(List<String> documents, String caseNumber, Long roundOutputs, String cannotAnswerReason,
			String writtenAnswer) {
	}

	public InformationRequest answerItem(long id, long itemId, ItemAnswer answer, CurrentUser user) {
		List<String> documentNumbers = answer.documents();
		String caseNumber = answer.caseNumber();
		Long roundOutputs = answer.roundOutputs();
		String cannotAnswerReason = answer.cannotAnswerReason();
		InformationRequest request = get(id, user);
		access.require(user, Action.ANSWER_OVERSIGHT, "besvar delpunkt");
		RequestItem item = request.items().stream().filter(i -> i.id() == itemId).findFirst()
			.orElseThrow(() -> new NotFoundException("Delpunktet findes ikke."));
		if (request.answered()) {
			throw new ConflictException("Anmodningen er besvaret.");
		}
		Set<Document> documents = new LinkedHashSet<>();
		for (String number : documentNumbers == null ? List.<String>of() : documentNumbers) {
			documents.add(journal.version(number, null, user, Action.DOWNLOAD));
		}
		if (caseNumber != null && !caseNumber.isBlank()) {
			documents.addAll(journal.documents(cases.open(caseNumber.strip(), user)));
		}
		Round answeredRound = null;
		if (roundOutputs != null) {
			Round round = rounds.get(roundOutputs, user);
			answeredRound = round;
			if (round.workbookDocument() == null) {
				throw new ConflictException("Tilsynet er ikke afsluttet, så regneark og resultatnotat er ikke journaliseret endnu.");
			}
			documents.add(journal.version(round.workbookDocument(), null, user, Action.DOWNLOAD));
			documents.add(journal.version(round.resultNoteDocument(), null, user, Action.DOWNLOAD));
		}
		work.requireSources(request, item, answeredRound == null ? List.of() : List.of(answeredRound.caseNumber()), documents);
		String written = answer.writtenAnswer() == null || answer.writtenAnswer().isBlank() ? null : answer.writtenAnswer();
		String reason = cannotAnswerReason == null ? null : cannotAnswerReason.strip();
		if (documents.isEmpty() && written == null && (reason == null || reason.length() < 10)) {
			throw new InvalidInputException("documents", "Besvar delpunktet med dokumenter, en sag eller et tilsyns materiale, "
					+ "eller skriv hvorfor det ikke kan besvares (mindst 10 tegn).");
		}
		Round concerned = answeredRound;
		transaction.executeWithoutResult(status -> {
			store.lock(id);
			if (written != null) {
				documents.add(work.journalWrittenAnswer(request, item, written,
						item.subjectCaseNumber() == null ? null : cases.facts(item.subjectCaseNumber()), user));
			}
			if (concerned != null) {
				work.concernsRound(id, request.responsible(), concerned, user.username());
			}
			Instant now = Instant.now(clock);
			store.answerItem(itemId, documents, reason, user.username(), now);
			// the round's outputs no longer answer any item: the request does not concern that round any more
			boolean askedPerCase = request.items().stream().anyMatch(i -> i.subjectCaseNumber() != null);
			for (Long roundId : work.roundIds(id)) {
				if (concerned == null || concerned.id() != roundId) {
					work.noLongerConcernsRound(id, roundId, askedPerCase, user.username());
				}
			}
			// a leader signed off what the answer was; a changed item needs a new sign-off, and the right to read what
			// she approved ends with it (until she signs off again)
			String signedOffBy = store.withdrawSignOff(id);
			if (signedOffBy != null) {
				work.endApprover(id, cases.ownWork(request.caseNumber()).id(), signedOffBy, user.username());
			}
		});
		return store.find(id).orElseThrow();
	}

	/** A leader signs the answer off before it is sent. */
	public InformationRequest signOff(long id, CurrentUser user) {
		InformationRequest request = get(id, user);
		if (!user.isLeader()) {
			access.require(user, Action.REQUEST, "kun en leder kan godkende svaret til en tilsynsmyndighed");
		}
		if (!request.openItems().isEmpty()) {
			throw new OpenItemsException(request.openItems());
		}
		transaction.executeWithoutResult(status -> {
			// the approver's right follows from signing off an open request, never from asking to
			if (!store.signOff(id, user.username(), Instant.now(clock))) {
				throw new ConflictException("Anmodningen er besvaret.");
			}
			work.grantApprover(id, cases.ownWork(request.caseNumber()).id(), user.username());
		});
		return store.find(id).orElseThrow();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
