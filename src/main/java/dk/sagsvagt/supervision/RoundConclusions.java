package dk.sagsvagt.supervision;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.journal.Direction;
import dk.sagsvagt.journal.Document;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.Journal;
import dk.sagsvagt.journal.NewDocument;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Unit;
import dk.sagsvagt.shared.AccessDeniedException;
import dk.sagsvagt.shared.ConflictException;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.supervision.internal.RoundAccess;
import dk.sagsvagt.supervision.internal.RoundDocuments;
import dk.sagsvagt.supervision.internal.RoundGrants;
import dk.sagsvagt.supervision.internal.RoundResults;
import dk.sagsvagt.supervision.internal.RoundReviews;
import dk.sagsvagt.supervision.internal.RoundStore;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A round's outputs and ending: general findings, the workbook and the result note, concluding (both journaled in
 * the round's own case so they can be disclosed later). Telling each unit and the unit leaders' acknowledgement is
 * {@link RoundReporting}.
 */
@Service
public class RoundConclusions {

	private final RoundStore store;

	private final SupervisionRounds rounds;

	private final Checklists checklists;

	private final RoundResults results;

	private final Flags flags;

	private final RoundDocuments documents;

	private final Journal journal;

	private final Organisation organisation;

	private final dk.sagsvagt.cases.Cases cases;

	private final AccessPolicy access;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final RoundAccess roundAccess;

	private final RoundGrants grants;

	private final dk.sagsvagt.supervision.internal.AddendumStore addenda;

	private final RoundReviews reviews;

	RoundConclusions(dk.sagsvagt.supervision.internal.AddendumStore addenda, RoundStore store, SupervisionRounds rounds,
			Checklists checklists, RoundResults results,
			Flags flags, RoundDocuments documents, Journal journal, Organisation organisation, dk.sagsvagt.cases.Cases cases,
			AccessPolicy access, TransactionTemplate transaction, Clock clock, RoundAccess roundAccess, RoundGrants grants,
			RoundReviews reviews) {
		this.reviews = reviews;
		this.roundAccess = roundAccess;
		this.grants = grants;
		this.addenda = addenda;
		this.cases = cases;
		this.store = store;
		this.rounds = rounds;
		this.checklists = checklists;
		this.results = results;
		this.flags = flags;
		this.documents = documents;
		this.journal = journal;
		this.organisation = organisation;
		this.access = access;
		this.transaction = transaction;
		this.clock = clock;
	}

	public List<QuestionResult> results(long id, CurrentUser user) {
		Round round = rounds.get(id, user);
		return results.results(round, round.previousRoundId() == null ? null : rounds.round(round.previousRoundId()));
	}

	public void addFinding(long id, String text, List<String> caseNumbers, List<String> questions, CurrentUser user) {
		Round round = reviewerOf(id, user);
		String finding = text == null ? "" : text.strip();
		if (finding.isEmpty() || finding.length() > 10_000) {
			throw new InvalidInputException("text", "Beskriv problemstillingen (højst 10.000 tegn).");
		}
		transaction.executeWithoutResult(status -> {
			Flags.requireOpen(store.lock(id));
			store.addFinding(round.id(), finding, caseNumbers == null ? List.of() : caseNumbers, questions == null ? List.of() : questions,
					user.username(), Instant.now(clock));
		});
	}

	/**
	 * The findings the user may read, logged with the citizens of the cases they name: a finding naming a case the
	 * user may not read is left out (issue 16 review, S5).
	 */
	public List<Finding> findingsShownTo(Round round, CurrentUser user) {
		List<Finding> shown = findings(round).stream()
			.filter(f -> f.caseNumbers().stream().allMatch(n -> roundAccess.mayReadCase(round, user, roundAccess.facts(n))))
			.toList();
		List<String> named = shown.stream().flatMap(f -> f.caseNumbers().stream()).distinct().toList();
		if (!named.isEmpty()) {
			roundAccess.logRead(round, user, Action.VIEW_CASE, named, "generelle problemstillinger");
		}
		return shown;
	}

	public List<Finding> findings(Round round) {
		return store.findings(round.id());
	}

	/** The workbook with the checklists of the cases the user may read; logged with those cases' citizens. */
	public byte[] workbook(long id, CurrentUser user) {
		Round round = rounds.get(id, user);
		RoundDocuments.Content content = contentFor(round, user);
		roundAccess.logRead(round, user, Action.EXPORT, shown(content), "regneark");
		return documents.workbook(content);
	}

	/** The result note; logged with the citizens of the cases it names. */
	public byte[] resultNote(long id, CurrentUser user) {
		Round round = rounds.get(id, user);
		RoundDocuments.Content content = contentFor(round, user);
		roundAccess.logRead(round, user, Action.EXPORT, shown(content), "resultatnotat");
		return documents.resultNote(content);
	}

	/** The case numbers an output shows: the sample and the population. */
	private static List<String> shown(RoundDocuments.Content content) {
		java.util.Set<String> numbers = new java.util.LinkedHashSet<>();
		content.sample().forEach(s -> numbers.add(s.caseNumber()));
		content.population().forEach(row -> numbers.add(row[0]));
		content.findings().forEach(f -> numbers.addAll(f.caseNumbers()));
		return List.copyOf(numbers);
	}

	/** Only the cases the user may read show case by case (issue 16: a checklist is the case's content). */
	private RoundDocuments.Content contentFor(Round round, CurrentUser user) {
		RoundDocuments.Content all = content(round, caseNumber -> roundAccess.mayReadCase(round, user, roundAccess.facts(caseNumber)));
		if (roundAccess.readsWhole(round, user)) {
			return all;
		}
		// a leader reviewing his or her own part of the round sees that part only (issue 16 review, S4)
		return new RoundDocuments.Content(all.round(), all.templateName(), all.questions(), roundAccess.sampleShownTo(round, user, all.sample()),
				all.checklists(), all.unitNames(), all.caseTypeNames(), all.results(), all.flags(), all.findings(),
				roundAccess.populationShownTo(round, user, all.population(), java.util.Arrays.asList(store.population(round.id()).unitIds())),
				all.previous(), all.addenda().stream()
					.filter(a -> a.caseNumber() == null || roundAccess.mayReadCase(round, user, roundAccess.facts(a.caseNumber()))).toList(),
				all.names());
	}

	/** What the round's documents show, with the checklists of the cases {@code shown} lets through. */
	RoundDocuments.Content content(Round round, java.util.function.Predicate<String> shown) {
		Round previous = round.previousRoundId() == null ? null : rounds.round(round.previousRoundId());
		List<SampledCase> sample = store.sample(round.id());
		Map<String, List<ChecklistRow>> lists = new LinkedHashMap<>();
		sample.stream().filter(SampledCase::active).filter(s -> shown.test(s.caseNumber()))
			.forEach(s -> lists.put(s.caseNumber(), checklists.checklist(round, s.caseNumber())));
		String templateName = checklists.templates().stream().filter(t -> t.id().equals(round.templateId())).findFirst().orElseThrow().name();
		return new RoundDocuments.Content(round, templateName, checklists.questions(round.templateId()), sample, lists,
				organisation.units().stream().collect(Collectors.toMap(Unit::id, Unit::name)),
				cases.caseTypes().stream().collect(Collectors.toMap(dk.sagsvagt.cases.CaseType::code, dk.sagsvagt.cases.CaseType::name)),
				results.results(round, previous),
				flags.of(round).stream().filter(f -> lists.containsKey(f.caseNumber())).toList(),
				findings(round).stream().filter(f -> f.caseNumbers().stream().allMatch(shown)).toList(),
				store.populationRows(round.id(), false), previous, addenda.of(round.id()),
				organisation::displayName);
	}

	/**
	 * Concludes the round: the workbook and the result note are journaled in the round's own case. Refused while a
	 * sampled case is not reviewed at every level the round requires (issue 17, {@link RoundProgress}); the status and
	 * the reviews are checked under the round's lock, and the outputs are built from what the lock saw.
	 */
	public Round conclude(long id, CurrentUser user) {
		reviewerOf(id, user);
		transaction.executeWithoutResult(status -> {
			Round round = store.lock(id);
			if (round.isConcluded()) {
				throw new ConflictException("Tilsynet er allerede afsluttet.");
			}
			if (!round.status().underWay()) {
				throw new ConflictException("Kun et tilsyn under gennemgang kan afsluttes.");
			}
			reviews.requireComplete(round, user);
			// the journaled outputs can be read by every member and disclosed later: no protected case shows case by case
			RoundDocuments.Content content = content(round, caseNumber -> !roundAccess.protectedFromAMember(round, roundAccess.facts(caseNumber)));
			byte[] workbook = documents.workbook(content);
			byte[] note = documents.resultNote(content);
			// the outputs hold the sampled cases: read only by those who may read them all (AccessPolicy), logged with their citizens
			List<dk.sagsvagt.access.CaseFacts> held = content.sample().stream().map(s -> roundAccess.facts(s.caseNumber())).toList();
			Document book = journal.journalOwnWork(round.caseNumber(), new NewDocument("Regneark: " + round.name(), Direction.INTERNAL,
					DocumentKind.REPORT, null, null), "tilsyn-regneark.xlsx",
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook, user);
			Document result = journal.journalOwnWork(round.caseNumber(), new NewDocument("Resultatnotat: " + round.name(),
					Direction.INTERNAL, DocumentKind.REPORT, null, null), "resultatnotat.pdf", "application/pdf", note, user);
			grants.outputs(book, held);
			grants.outputs(result, held);
			store.concluded(id, Instant.now(clock), book.documentNumber(), result.documentNumber());
			// issue 16: a review ends with the round; a flag's owner keeps the flagged case until the follow-up is written
			grants.endReview(round, null, user.username());
		});
		return store.find(id).orElseThrow();
	}

	/** What concluding would record, checked as {@link #conclude} checks it: the sampled cases reviewed and those excluded. */
	public record IfConcluded(String roundName, long reviewed, long excluded) {
	}

	public IfConcluded ifConcluded(long id, CurrentUser user) {
		Round round = reviewerOf(id, user);
		if (round.isConcluded()) {
			throw new ConflictException("Tilsynet er allerede afsluttet.");
		}
		if (!round.status().underWay()) {
			throw new ConflictException("Kun et tilsyn under gennemgang kan afsluttes.");
		}
		reviews.requireComplete(round, user);
		List<SampledCase> sample = store.sample(id);
		long excluded = sample.stream().filter(s -> !s.active()).count();
		return new IfConcluded(round.name(), sample.size() - excluded, excluded);
	}

	private Round reviewerOf(long id, CurrentUser user) {
		Round round = rounds.get(id, user);
		if (!round.reviewer(user.username()) && !round.createdBy().equals(user.username())) {
			throw new AccessDeniedException("Kun tilsynets gennemgåere kan gøre dette.");
		}
		return round;
	}
}
