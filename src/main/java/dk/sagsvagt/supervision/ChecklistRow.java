package dk.sagsvagt.supervision;

import java.util.List;

/**
 * A question for one case with every level's answer, lowest first; the effective answer is the highest level's.
 * {@code overruled} when a higher level answered differently from a lower one (both are kept).
 */
public record ChecklistRow(Question question, List<CaseAnswer> answers) {

	public CaseAnswer effective() {
		return answers.isEmpty() ? null : answers.get(answers.size() - 1);
	}

	public boolean overruled() {
		return answers.stream().map(CaseAnswer::answer).distinct().count() > 1;
	}

	public CaseAnswer at(int level) {
		return answers.stream().filter(a -> a.level() == level).findFirst().orElse(null);
	}
}
