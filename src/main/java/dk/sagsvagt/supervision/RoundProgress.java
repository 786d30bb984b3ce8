package dk.sagsvagt.supervision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * How far a round's review has come, and the rule for when it is done (issue 17: a round concludes only when
 * reviewed). The levels a round requires of a case: every level at which the round has a reviewer who may read the
 * case, except level 4 (the policy centre's lawyer, who reviews a sub-sample or the flagged cases, domain.md) when a
 * lower level is also required: then level 4 is required only for the cases flagged for special attention. So a
 * round with reviewers at level 4 only needs level 4 for every case, and a case no lower-level reviewer may read (a
 * unit leader reviews only his or her own unit's cases) falls to level 4. A case that no reviewer may read requires
 * every level with reviewers and stays missing until it is excluded with a reason. A case is reviewed at a level when
 * every question of the checklist has an answer at that level; a pre-filled answer (level 0) counts only once a
 * reviewer has confirmed it by answering at his or her own level (the same answer needs no comment). An excluded
 * case needs nothing: it has its reason.
 */
public record RoundProgress(List<CaseProgress> cases) {

	/** A case's state at one level. Danish names in the message bundle under {@code review.state.*}. */
	public enum State {
		REVIEWED("gennemgået"), IN_PROGRESS("i gang"), NOT_OPENED("ikke åbnet");

		private final String danish;

		State(String danish) {
			this.danish = danish;
		}

		public String danish() {
			return danish;
		}
	}

	/** One question answered at one level of one case. */
	public record Answered(String caseNumber, String question, int level) {
	}

	/**
	 * A sampled case: its state at each level it requires, and the questions not yet answered at each of them; an
	 * excluded case has its reason and no levels.
	 */
	public record CaseProgress(String caseNumber, long unitId, String excludedReason, Map<Integer, State> levels,
			Map<Integer, List<String>> openQuestions) {

		public boolean excluded() {
			return excludedReason != null;
		}

		public boolean reviewed() {
			// an active case that no level requires (a round without reviewers) has not been reviewed by anyone
			return excluded() || !levels.isEmpty() && levels.values().stream().allMatch(s -> s == State.REVIEWED);
		}

		public State at(int level) {
			return levels.get(level);
		}
	}

	/** The levels the round requires of a case (see the class comment). */
	public static Set<Integer> requiredLevels(Collection<Integer> levelsWithReviewers, boolean flagged) {
		Set<Integer> levels = new TreeSet<>(levelsWithReviewers);
		boolean lower = levels.stream().anyMatch(l -> l < 4);
		if (lower && !flagged) {
			levels.remove(4);
		}
		return levels;
	}

	/** {@code mayReview} tells whether a reviewer (username) may read a case (case number). */
	public static RoundProgress of(Map<Integer, List<String>> reviewers, List<SampledCase> sample, Set<String> flagged,
			List<String> questions, Collection<Answered> answers, java.util.function.BiPredicate<String, String> mayReview) {
		Set<Integer> withReviewers = new TreeSet<>();
		reviewers.forEach((level, names) -> {
			if (!names.isEmpty()) {
				withReviewers.add(level);
			}
		});
		Map<String, Map<Integer, Set<String>>> answered = new java.util.HashMap<>();
		answers.forEach(a -> answered.computeIfAbsent(a.caseNumber(), k -> new java.util.HashMap<>())
			.computeIfAbsent(a.level(), k -> new java.util.HashSet<>()).add(a.question()));
		List<CaseProgress> cases = new ArrayList<>();
		for (SampledCase s : sample) {
			if (!s.active()) {
				cases.add(new CaseProgress(s.caseNumber(), s.unitId(), s.excludedReason(), Map.of(), Map.of()));
				continue;
			}
			Map<Integer, State> levels = new TreeMap<>();
			Map<Integer, List<String>> open = new TreeMap<>();
			Set<Integer> reachable = new TreeSet<>();
			withReviewers.forEach(level -> {
				if (reviewers.get(level).stream().anyMatch(name -> mayReview.test(name, s.caseNumber()))) {
					reachable.add(level);
				}
			});
			for (int level : requiredLevels(reachable.isEmpty() ? withReviewers : reachable, flagged.contains(s.caseNumber()))) {
				Set<String> done = answered.getOrDefault(s.caseNumber(), Map.of()).getOrDefault(level, Set.of());
				List<String> missing = questions.stream().filter(q -> !done.contains(q)).toList();
				levels.put(level, missing.isEmpty() ? State.REVIEWED
						: missing.size() == questions.size() ? State.NOT_OPENED : State.IN_PROGRESS);
				if (!missing.isEmpty()) {
					open.put(level, missing);
				}
			}
			cases.add(new CaseProgress(s.caseNumber(), s.unitId(), null, levels, open));
		}
		return new RoundProgress(List.copyOf(cases));
	}

	/** Whether the round may be concluded: every active case reviewed at every level it requires. */
	public boolean complete() {
		return cases.stream().allMatch(CaseProgress::reviewed);
	}

	/** The active cases not yet reviewed at every level they require. */
	public List<CaseProgress> missing() {
		return cases.stream().filter(c -> !c.reviewed()).toList();
	}
}
