package dk.sagsvagt.supervision;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CaseFacts;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.journal.Direction;
import dk.sagsvagt.journal.Document;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.Journal;
import dk.sagsvagt.journal.NewDocument;
import dk.sagsvagt.shared.AccessDeniedException;
import dk.sagsvagt.shared.ConflictException;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.supervision.internal.AddendumStore;
import dk.sagsvagt.supervision.internal.RoundAccess;
import dk.sagsvagt.supervision.internal.RoundDocuments;
import dk.sagsvagt.supervision.internal.RoundGrants;
import dk.sagsvagt.supervision.internal.RoundStore;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Corrections to a concluded round (issue 17). A concluded round is frozen, so what it found stays as it was
 * journaled; a correction is an addendum, journaled as its own document in the round's case, after which the
 * workbook and the result note are journaled again as a new version of the same documents (the first versions stay).
 */
@Service
public class RoundAddenda {

	private final SupervisionRounds rounds;

	private final RoundConclusions conclusions;

	private final RoundStore store;

	private final AddendumStore addenda;

	private final RoundDocuments documents;

	private final RoundAccess roundAccess;

	private final RoundGrants grants;

	private final Journal journal;

	private final TransactionTemplate transaction;

	private final Clock clock;

	RoundAddenda(SupervisionRounds rounds, RoundConclusions conclusions, RoundStore store, AddendumStore addenda, RoundDocuments documents,
			RoundAccess roundAccess, RoundGrants grants, Journal journal, TransactionTemplate transaction, Clock clock) {
		this.rounds = rounds;
		this.conclusions = conclusions;
		this.store = store;
		this.addenda = addenda;
		this.documents = documents;
		this.roundAccess = roundAccess;
		this.grants = grants;
		this.journal = journal;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** The round's addenda, for those who may read the round; those about a case the user may not read are left out. */
	public List<Addendum> of(long id, CurrentUser user) {
		Round round = rounds.get(id, user);
		List<Addendum> shown = addenda.of(id).stream()
			.filter(a -> a.caseNumber() == null || roundAccess.mayReadCase(round, user, roundAccess.facts(a.caseNumber())))
			.toList();
		List<String> named = shown.stream().map(Addendum::caseNumber).filter(n -> n != null).distinct().toList();
		if (!named.isEmpty()) {
			roundAccess.logRead(round, user, Action.VIEW_CASE, named, "tillæg til tilsyn");
		}
		return shown;
	}

	public Addendum add(long id, String text, String caseNumber, CurrentUser user) {
		Round round = rounds.get(id, user);
		if (!round.member(user.username())) {
			throw new AccessDeniedException("Kun tilsynets gennemgåere og den, der planlagde det, kan skrive et tillæg.");
		}
		String body = text == null ? "" : text.strip();
		if (body.length() < 10 || body.length() > 10_000) {
			throw new InvalidInputException("text", "Skriv rettelsen (mellem 10 og 10.000 tegn).");
		}
		String about = caseNumber == null || caseNumber.isBlank() ? null : caseNumber.strip();
		if (about != null) {
			if (store.sample(id).stream().noneMatch(s -> s.caseNumber().equals(about))) {
				throw new InvalidInputException("caseNumber", "Sag " + about + " er ikke i tilsynets stikprøve.");
			}
			roundAccess.requireCase(round, user, about, "tillæg om sag");
		}
		return transaction.execute(status -> {
			Round locked = store.lock(id);
			if (!locked.isConcluded()) {
				throw new ConflictException("Et tillæg skrives, når tilsynet er afsluttet; indtil da rettes svar og udpegninger direkte.");
			}
			Instant now = Instant.now(clock);
			int seq = addenda.nextSeq(id);
			String name = user.fullName();
			// the addendum, the workbook and the note may name any sampled case: readable only by those who may read them all
			List<CaseFacts> held = store.sample(id).stream().map(s -> roundAccess.facts(s.caseNumber())).toList();
			Addendum draft = new Addendum(seq, about, body, null, user.username(), name, now);
			Document doc = journal.journalOwnWork(locked.caseNumber(), new NewDocument("Tillæg nr. " + seq + ": " + locked.name(),
					Direction.INTERNAL, DocumentKind.NOTE, null, null), "tillaeg-" + seq + ".pdf", "application/pdf",
					documents.addendum(locked, draft), user);
			grants.outputs(doc, held);
			Addendum added = new Addendum(seq, about, body, doc.documentNumber(), user.username(), name, now);
			addenda.insert(id, added);
			RoundDocuments.Content content = conclusions.content(locked,
					n -> !roundAccess.protectedFromAMember(locked, roundAccess.facts(n)));
			String reason = "Tillæg nr. " + seq;
			journal.correctOwnWork(locked.workbookDocument(), new NewDocument("Regneark: " + locked.name(), Direction.INTERNAL,
					DocumentKind.REPORT, null, null), "tilsyn-regneark.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", documents.workbook(content), reason, user);
			journal.correctOwnWork(locked.resultNoteDocument(), new NewDocument("Resultatnotat: " + locked.name(), Direction.INTERNAL,
					DocumentKind.REPORT, null, null), "resultatnotat.pdf", "application/pdf", documents.resultNote(content), reason, user);
			// the new versions are rendered from the sampled cases' checklists: a read of them, logged with their citizens
			roundAccess.logRead(locked, user, Action.EXPORT, store.sample(id).stream().map(SampledCase::caseNumber).toList(), "tillæg");
			return added;
		});
	}
}
