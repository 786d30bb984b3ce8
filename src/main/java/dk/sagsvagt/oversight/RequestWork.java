package dk.sagsvagt.oversight;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dk.sagsvagt.access.AccessGrants;
import dk.sagsvagt.access.CaseFacts;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.access.RequestGrant;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.journal.Direction;
import dk.sagsvagt.journal.Document;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.Journal;
import dk.sagsvagt.journal.NewDocument;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.supervision.Flag;
import dk.sagsvagt.supervision.Flags;
import dk.sagsvagt.supervision.Round;
import dk.sagsvagt.supervision.SupervisionRounds;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rights and rules that follow from a request: its responsible journals in its case and in the round's case it
 * concerns, its approver reads its case; an item is answered only from the cases it may be answered from; a written
 * answer is a note in the request's case; a request's items, listed or one per flagged case of a round.
 */
@Component
class RequestWork {

	private final JdbcClient jdbc;

	private final AccessGrants grants;

	private final Cases cases;

	private final Journal journal;

	private final SupervisionRounds rounds;

	private final Flags flags;

	RequestWork(JdbcClient jdbc, AccessGrants grants, Cases cases, Journal journal, SupervisionRounds rounds, Flags flags) {
		this.rounds = rounds;
		this.flags = flags;
		this.jdbc = jdbc;
		this.grants = grants;
		this.cases = cases;
		this.journal = journal;
	}

	/** The responsible's right to journal in the request's own case (the registrar's right is the case's WORK grant). */
	void grantResponsible(long requestId, long caseId, String responsible, String actor) {
		grants.grantForRequest(RequestGrant.REQUEST_WORK, requestId, responsible, caseId, null, "Ansvarlig for anmodning " + requestId,
				actor);
	}

	/**
	 * The request concerns the round: the round's own case becomes a case its documents may come from, and the
	 * responsible may journal there (a generalised note about the round, an assessment e-mail).
	 */
	void concernsRound(long requestId, String responsible, Round round, String actor) {
		jdbc.sql("INSERT INTO oversight.request_round (request_id, round_id, round_case_number) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
			.params(requestId, round.id(), round.caseNumber())
			.update();
		grants.grantForRequest(RequestGrant.REQUEST_WORK, requestId, responsible, cases.ownWork(round.caseNumber()).id(), round.id(),
				"Ansvarlig for anmodning " + requestId + " om tilsyn " + round.id(), actor);
	}

	/**
	 * An item answered again without the round's outputs: when no other item uses them and the request was not asked
	 * per flagged case of the round, the request no longer concerns the round and its responsible's right there ends.
	 */
	void noLongerConcernsRound(long requestId, Long roundId, boolean askedPerCase, String actor) {
		if (roundId == null || askedPerCase) {
			return;
		}
		String roundCase = jdbc.sql("SELECT round_case_number FROM oversight.request_round WHERE request_id = ? AND round_id = ?")
			.params(requestId, roundId)
			.query(String.class)
			.optional()
			.orElse(null);
		if (roundCase == null) {
			return;
		}
		boolean used = jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM oversight.item i JOIN oversight.item_document d ON d.item_id = i.id
				               WHERE i.request_id = ? AND d.document_number LIKE ? || '-%')""")
			.params(requestId, roundCase)
			.query(Boolean.class)
			.single();
		if (!used) {
			jdbc.sql("DELETE FROM oversight.request_round WHERE request_id = ? AND round_id = ?").params(requestId, roundId).update();
			grants.endForRequest(RequestGrant.REQUEST_WORK, requestId, null, cases.ownWork(roundCase).id(), actor);
		}
	}

	/** A new responsible takes the request's work over; the old one's rights on its cases end. */
	void transfer(long requestId, long caseId, String from, String to, String actor) {
		grants.endForRequest(RequestGrant.REQUEST_WORK, requestId, from, caseId, actor);
		grantResponsible(requestId, caseId, to, actor);
		for (String roundCase : roundCases(requestId)) {
			long roundCaseId = cases.ownWork(roundCase).id();
			grants.endForRequest(RequestGrant.REQUEST_WORK, requestId, from, roundCaseId, actor);
			grants.grantForRequest(RequestGrant.REQUEST_WORK, requestId, to, roundCaseId, roundOf(requestId, roundCase),
					"Ansvarlig for anmodning " + requestId, actor);
		}
	}

	/** The leader who signs the answer off reads what she approves: the request's case, where the cover letter lies. */
	void grantApprover(long requestId, long caseId, String approver) {
		grants.grantForRequest(RequestGrant.REQUEST_APPROVAL, requestId, approver, caseId, null,
				"Godkender svaret på anmodning " + requestId, approver);
	}

	/** A changed item clears the sign-off: what the approver approved is no longer the answer, so her right ends. */
	void endApprover(long requestId, long caseId, String approver, String actor) {
		grants.endForRequest(RequestGrant.REQUEST_APPROVAL, requestId, approver, caseId, actor);
	}

	/**
	 * The request is answered: the responsible's work on it ends (no more journaling by the grant); the approver keeps
	 * reading the request's case and the cover letter she approved (issue 17: a leader who approved an answer can read
	 * it afterwards), read-only. Its case stays with its own unit by scope, and what was sent is in the disclosure log.
	 */
	void endWork(long requestId, String actor) {
		grants.endForRequest(RequestGrant.REQUEST_WORK, requestId, null, null, actor);
	}

	List<Long> roundIds(long requestId) {
		return jdbc.sql("SELECT round_id FROM oversight.request_round WHERE request_id = ? ORDER BY round_id")
			.param(requestId)
			.query(Long.class)
			.list();
	}

	List<String> roundCases(long requestId) {
		return jdbc.sql("SELECT round_case_number FROM oversight.request_round WHERE request_id = ? ORDER BY round_id")
			.param(requestId)
			.query(String.class)
			.list();
	}

	private Long roundOf(long requestId, String roundCase) {
		return jdbc.sql("SELECT round_id FROM oversight.request_round WHERE request_id = ? AND round_case_number = ?")
			.params(requestId, roundCase)
			.query(Long.class)
			.single();
	}

	/**
	 * An item about a case is answered from that case, the request's own case or the round's case the request
	 * concerns; one without a subject case from any document the user may download (checked by the caller).
	 */
	void requireSources(InformationRequest request, RequestItem item, List<String> roundCasesAdded, Set<Document> documents) {
		if (item.subjectCaseNumber() == null) {
			return;
		}
		Set<String> allowed = new LinkedHashSet<>(List.of(item.subjectCaseNumber(), request.caseNumber()));
		allowed.addAll(roundCases(request.id()));
		allowed.addAll(roundCasesAdded);
		for (Document d : documents) {
			if (!allowed.contains(d.caseNumber())) {
				throw new InvalidInputException("documents", "Dokument " + d.documentNumber() + " hører til sag " + d.caseNumber()
						+ ". Delpunktet handler om sag " + item.subjectCaseNumber() + " og kan kun besvares med dokumenter fra den sag, "
						+ "fra anmodningens egen sag" + (allowed.size() > 2 ? " eller fra tilsynets sag" : "") + ".");
			}
		}
	}

	/**
	 * A written answer: 10 to 20.000 characters, journaled as an outgoing note of the request's case. An answer about a
	 * child's case summarises that case, so it is recorded as a bundle of it: only those who may read that case read the
	 * note, and special protection on it applies (an item without a subject case needs no bundle).
	 */
	Document journalWrittenAnswer(InformationRequest request, RequestItem item, String text, CaseFacts subject, CurrentUser user) {
		String answer = text.strip();
		if (answer.length() < 10 || answer.length() > 20_000) {
			throw new InvalidInputException("writtenAnswer", "Et skriftligt svar skal have mellem 10 og 20.000 tegn.");
		}
		Document note = journal.journalOwnWork(request.caseNumber(), new NewDocument("Svar på delpunkt " + item.seq() + " til "
				+ request.bodyName(), Direction.OUTGOING, DocumentKind.NOTE, null, answer), null, null, new byte[0], user);
		if (subject != null) {
			grants.recordBundle(note.documentNumber(), List.of(subject));
		}
		return note;
	}

	/** The items: the listed ones, then one per flagged case of the round; each {text, subject case number}. */
	List<String[]> items(NewRequest r, CurrentUser user) {
		List<String[]> items = new ArrayList<>();
		for (String item : r.items() == null ? List.<String>of() : r.items()) {
			if (item != null && !item.isBlank()) {
				if (item.strip().length() > 2000) {
					throw new InvalidInputException("items", "Et delpunkt må højst have 2000 tegn.");
				}
				items.add(new String[] { item.strip(), null });
			}
		}
		if (r.perFlaggedCaseOfRound() != null) {
			Round round = rounds.get(r.perFlaggedCaseOfRound(), user);
			String text = r.perCaseText() == null || r.perCaseText().isBlank() ? "Al dokumentation om sagen eller en kopi af sagen"
					: r.perCaseText().strip();
			List<Flag> flagged = flags.of(round);
			if (flagged.isEmpty()) {
				throw new InvalidInputException("perFlaggedCaseOfRound", "Tilsynet har ingen sager med særlig opmærksomhed.");
			}
			for (Flag f : flagged) {
				items.add(new String[] { text + " (sag " + f.caseNumber() + ")", f.caseNumber() });
			}
		}
		return items;
	}
}
