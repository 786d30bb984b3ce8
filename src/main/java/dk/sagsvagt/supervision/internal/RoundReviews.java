package dk.sagsvagt.supervision.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CaseFacts;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.supervision.Checklists;
import dk.sagsvagt.supervision.Flag;
import dk.sagsvagt.supervision.Flags;
import dk.sagsvagt.supervision.Question;
import dk.sagsvagt.supervision.ReviewsMissingException;
import dk.sagsvagt.supervision.Round;
import dk.sagsvagt.supervision.RoundProgress;
import dk.sagsvagt.supervision.SampledCase;
import dk.sagsvagt.supervision.SupervisionRounds;
import dk.sagsvagt.supervision.internal.RoundStore;

import org.springframework.stereotype.Service;

/**
 * A round's review progress per case and per reviewer (see {@link RoundProgress} for the rule), and the check that
 * refuses a conclusion while a case is missing. A leader reviewing part of a round sees the case numbers of that part
 * only, as in the sample; every read of case numbers is logged with their citizens.
 */
@Service
public class RoundReviews {

	private final RoundStore store;

	private final SupervisionRounds rounds;

	private final Checklists checklists;

	private final Flags flags;

	private final RoundAccess roundAccess;

	private final Organisation organisation;

	RoundReviews(RoundStore store, SupervisionRounds rounds, Checklists checklists, Flags flags,
			RoundAccess roundAccess, Organisation organisation) {
		this.store = store;
		this.rounds = rounds;
		this.checklists = checklists;
		this.flags = flags;
		this.roundAccess = roundAccess;
		this.organisation = organisation;
	}

	public record LevelProgress(int level, RoundProgress.State state, String stateDanish, List<String> openQuestions) {
	}

	public record CaseView(String caseNumber, long unitId, String excludedReason, List<LevelProgress> levels) {
	}

	/** A reviewer's counts among the cases he or she must review: required at the level and readable to him or her. */
	public record ReviewerProgress(String username, String name, int level, int reviewed, int inProgress, int notOpened) {
	}

	public record Progress(long roundId, boolean complete, int casesMissing, List<CaseView> cases, List<ReviewerProgress> reviewers,
			String nextCase) {
	}

	public RoundProgress progressOf(Round round) {
		return progressOf(round, new Reach(round));
	}

	private RoundProgress progressOf(Round round, Reach reach) {
		List<RoundProgress.Answered> answers = store.reviewed(round.id()).stream()
			.map(a -> new RoundProgress.Answered(a.caseNumber(), a.question(), a.level()))
			.toList();
		Set<String> flagged = flags.of(round).stream().map(Flag::caseNumber).collect(Collectors.toSet());
		return RoundProgress.of(round.reviewers(), store.sample(round.id()), flagged,
				checklists.questions(round.templateId()).stream().map(Question::code).toList(), answers,
				reach::mayRead);
	}

	/** The progress as the user may see it; the read of the case numbers shown is logged. */
	public Progress progress(long id, CurrentUser user) {
		Round round = rounds.get(id, user);
		Reach reach = new Reach(round);
		RoundProgress progress = progressOf(round, reach);
		Set<String> shown = roundAccess.sampleShownTo(round, user, store.sample(round.id())).stream().map(SampledCase::caseNumber)
			.collect(Collectors.toSet());
		List<CaseView> cases = progress.cases().stream().filter(c -> shown.contains(c.caseNumber()))
			.map(c -> new CaseView(c.caseNumber(), c.unitId(), c.excludedReason(), c.levels().entrySet().stream()
				.map(e -> new LevelProgress(e.getKey(), e.getValue(), e.getValue().danish(), c.openQuestions().getOrDefault(e.getKey(), List.of())))
				.toList()))
			.toList();
		List<ReviewerProgress> reviewers = new ArrayList<>();
		round.reviewers().forEach((level, names) -> names.forEach(name -> {
			int[] counts = new int[3];
			for (RoundProgress.CaseProgress c : progress.cases()) {
				RoundProgress.State state = c.at(level);
				if (state != null && reach.mayRead(name, c.caseNumber())) {
					counts[state.ordinal()]++;
				}
			}
			reviewers.add(new ReviewerProgress(name, displayName(name), level, counts[0], counts[1], counts[2]));
		}));
		reviewers.sort(java.util.Comparator.comparingInt(ReviewerProgress::level).thenComparing(ReviewerProgress::name));
		String next = progress.cases().stream().filter(c -> !c.excluded() && shown.contains(c.caseNumber()))
			.filter(c -> c.levels().entrySet().stream()
				.anyMatch(e -> e.getValue() != RoundProgress.State.REVIEWED && round.reviewer(user.username(), e.getKey())))
			.filter(c -> roundAccess.mayReadCase(round, user, reach.facts(c.caseNumber())))
			.map(RoundProgress.CaseProgress::caseNumber)
			.findFirst()
			.orElse(null);
		roundAccess.logRead(round, user, Action.LIST_CASES, cases.stream().map(CaseView::caseNumber).toList(), "gennemgangens fremdrift");
		return new Progress(round.id(), progress.complete(), progress.missing().size(), cases, List.copyOf(reviewers), next);
	}

	/**
	 * Refuses a conclusion while a case is missing (call under the round's lock): the refusal names the missing cases
	 * the user may see, a read that is logged, and counts the others.
	 */
	public void requireComplete(Round round, CurrentUser user) {
		if (round.reviewers().values().stream().allMatch(List::isEmpty)
				&& store.sample(round.id()).stream().anyMatch(SampledCase::active)) {
			throw new dk.sagsvagt.shared.ConflictException("Tilsynet kan ikke afsluttes: det har ingen gennemgåere, så ingen af "
					+ "stikprøvens sager er gennemgået.");
		}
		Reach reach = new Reach(round);
		RoundProgress progress = progressOf(round, reach);
		if (progress.complete()) {
			return;
		}
		Set<String> shown = roundAccess.sampleShownTo(round, user, store.sample(round.id())).stream().map(SampledCase::caseNumber)
			.collect(Collectors.toSet());
		List<ReviewsMissingException.Missing> missing = new ArrayList<>();
		int notShown = 0;
		for (RoundProgress.CaseProgress c : progress.missing()) {
			if (!shown.contains(c.caseNumber())) {
				notShown++;
				continue;
			}
			for (var e : c.levels().entrySet()) {
				if (e.getValue() == RoundProgress.State.REVIEWED) {
					continue;
				}
				Map<String, String> who = new LinkedHashMap<>();
				round.reviewers().getOrDefault(e.getKey(), List.of()).stream()
					.filter(name -> reach.mayRead(name, c.caseNumber()))
					.forEach(name -> who.put(name, displayName(name)));
				missing.add(new ReviewsMissingException.Missing(c.caseNumber(), e.getKey(), e.getValue(), who,
						c.openQuestions().getOrDefault(e.getKey(), List.of())));
			}
		}
		roundAccess.logRead(round, user, Action.LIST_CASES, missing.stream().map(ReviewsMissingException.Missing::caseNumber).distinct().toList(),
				"sager, der mangler gennemgang");
		throw new ReviewsMissingException(missing, notShown);
	}

	/**
	 * Who may read which sampled case, decided once per reviewer and case within one computation of the progress:
	 * each decision takes several queries, and the progress asks for the same pair more than once (issue 17 review).
	 */
	private final class Reach {

		private final Round round;

		private final Map<String, CaseFacts> facts = new HashMap<>();

		private final Map<List<String>, Boolean> verdicts = new HashMap<>();

		Reach(Round round) {
			this.round = round;
		}

		CaseFacts facts(String caseNumber) {
			return facts.computeIfAbsent(caseNumber, roundAccess::facts);
		}

		boolean mayRead(String username, String caseNumber) {
			return verdicts.computeIfAbsent(List.of(username, caseNumber),
					k -> roundAccess.mayReadCase(round, username, facts(caseNumber)));
		}
	}

	private String displayName(String username) {
		return organisation.displayName(username);
	}
}
