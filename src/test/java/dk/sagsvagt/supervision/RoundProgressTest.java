package dk.sagsvagt.supervision;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rule of which levels a round requires of a case and when a case is reviewed, on concrete data. */
class RoundProgressTest {

	static final List<String> QUESTIONS = List.of("HEARING", "CHILD_PLAN");

	static SampledCase active(String n, long unit) {
		return new SampledCase(n, 1, unit, "Alle", "k" + n, "DRAWN", null, null);
	}

	static List<RoundProgress.Answered> all(String n, int level) {
		return QUESTIONS.stream().map(q -> new RoundProgress.Answered(n, q, level)).toList();
	}

	@Test
	void aRoundWithoutReviewersIsNotReviewed() {
		RoundProgress p = RoundProgress.of(Map.of(), List.of(active("1", 1)), Set.of(), QUESTIONS, List.of(), (r, c) -> true);
		assertThat(p.complete()).isFalse();
		RoundProgress excludedOnly = RoundProgress.of(Map.of(), List.of(new SampledCase("1", 1, 1, "Alle", "k1", "DRAWN",
				"Udeladt: forkert sagstype", null)), Set.of(), QUESTIONS, List.of(), (r, c) -> true);
		assertThat(excludedOnly.complete()).isTrue();
	}

	@Test
	void levelFourIsRequiredOnlyForFlaggedCasesWhenALowerLevelReviews() {
		Map<Integer, List<String>> reviewers = Map.of(2, List.of("leder"), 4, List.of("jurist"));
		var answers = new java.util.ArrayList<RoundProgress.Answered>();
		answers.addAll(all("1", 2));
		answers.addAll(all("2", 2));
		answers.add(new RoundProgress.Answered("2", "HEARING", 4));
		RoundProgress p = RoundProgress.of(reviewers, List.of(active("1", 1), active("2", 1)), Set.of("2"), QUESTIONS, answers, (r, c) -> true);
		assertThat(p.cases().get(0).levels()).containsExactly(Map.entry(2, RoundProgress.State.REVIEWED));
		assertThat(p.cases().get(1).levels()).containsExactly(Map.entry(2, RoundProgress.State.REVIEWED),
				Map.entry(4, RoundProgress.State.IN_PROGRESS));
		assertThat(p.cases().get(1).openQuestions().get(4)).containsExactly("CHILD_PLAN");
		assertThat(p.complete()).isFalse();
		assertThat(p.missing()).extracting(RoundProgress.CaseProgress::caseNumber).containsExactly("2");
	}

	@Test
	void prefilledAnswersAloneAreNotAReview() {
		Map<Integer, List<String>> reviewers = Map.of(1, List.of("leder"));
		RoundProgress p = RoundProgress.of(reviewers, List.of(active("1", 1)), Set.of(), QUESTIONS, all("1", 0), (r, c) -> true);
		assertThat(p.cases().get(0).at(1)).isEqualTo(RoundProgress.State.NOT_OPENED);
		assertThat(p.complete()).isFalse();
		p = RoundProgress.of(reviewers, List.of(active("1", 1)), Set.of(), QUESTIONS, all("1", 1), (r, c) -> true);
		assertThat(p.complete()).isTrue();
	}

	@Test
	void aCaseNoLowerReviewerMayReadFallsToLevelFourAndAnExcludedCaseNeedsNothing() {
		Map<Integer, List<String>> reviewers = Map.of(2, List.of("leder.a"), 4, List.of("jurist"));
		SampledCase inB = active("B1", 2);
		SampledCase excluded = new SampledCase("X", 1, 1, "Alle", "kx", "DRAWN", "Fejlregistreret", "B1");
		RoundProgress p = RoundProgress.of(reviewers, List.of(inB, excluded), Set.of(), QUESTIONS, List.of(),
				(r, c) -> !(r.equals("leder.a") && c.equals("B1")));
		assertThat(p.cases().get(0).levels()).containsOnlyKeys(4);
		assertThat(p.cases().get(1).reviewed()).isTrue();
		assertThat(p.missing()).hasSize(1);
	}

	@Test
	void onlyLevelFourReviewsEveryCase() {
		assertThat(RoundProgress.requiredLevels(Set.of(4), false)).containsExactly(4);
		assertThat(RoundProgress.requiredLevels(Set.of(1, 4), false)).containsExactly(1);
		assertThat(RoundProgress.requiredLevels(Set.of(1, 3, 4), true)).containsExactly(1, 3, 4);
	}
}
