package dk.sagsvagt.improvement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.deadlines.DeadlineStatistics;
import dk.sagsvagt.deadlines.RuleCatalogue;
import dk.sagsvagt.supervision.Checklists;
import dk.sagsvagt.supervision.QuestionResult;
import dk.sagsvagt.supervision.Round;
import dk.sagsvagt.supervision.RoundConclusions;
import dk.sagsvagt.supervision.SupervisionRounds;

import org.springframework.stereotype.Component;

/**
 * The measured effect of a recommendation: a supervision question's share of cases meeting it in each concluded
 * round (e.g. the child's plan before the measure, round 1 → round 2), or a deadline rule's share met on time per
 * half-year.
 */
@Component
class PlanEvidence {

	private final SupervisionRounds rounds;

	private final RoundConclusions conclusions;

	private final Checklists checklists;

	private final DeadlineStatistics statistics;

	private final RuleCatalogue rules;

	PlanEvidence(SupervisionRounds rounds, RoundConclusions conclusions, Checklists checklists, DeadlineStatistics statistics,
			RuleCatalogue rules) {
		this.rounds = rounds;
		this.conclusions = conclusions;
		this.checklists = checklists;
		this.statistics = statistics;
		this.rules = rules;
	}

	/** A measurer for one request: each concluded round's results are computed once, however many recommendations ask. */
	Measurer measurer(CurrentUser user) {
		return new Measurer(user);
	}

	final class Measurer {

		private final CurrentUser user;

		private List<Round> concluded;

		private final Map<Long, List<QuestionResult>> results = new HashMap<>();

		private Measurer(CurrentUser user) {
			this.user = user;
		}

		List<ActionPlan.Evidence> measure(String question, String rule) {
			List<ActionPlan.Evidence> out = new ArrayList<>();
			if (question != null) {
				for (Round r : concluded()) {
					for (QuestionResult q : results.computeIfAbsent(r.id(), id -> conclusions.results(id, user))) {
						if (q.question().code().equals(question) && q.all().total() > 0) {
							out.add(new ActionPlan.Evidence(r.name(), q.all().share(), q.all().total()));
						}
					}
				}
			}
			if (rule != null) {
				statistics.onTimeByHalfYear(rule).forEach(p -> out.add(new ActionPlan.Evidence(p.period().replace("-1", ", 1. halvår")
					.replace("-2", ", 2. halvår"), p.onTimeShare(), p.closed())));
			}
			return out;
		}

		private List<Round> concluded() {
			if (concluded == null) {
				concluded = rounds.all(user).stream()
					.filter(Round::isConcluded)
					.sorted(Comparator.comparing(Round::periodFrom).thenComparing(Round::id))
					.toList();
			}
			return concluded;
		}
	}

	/** The checklist questions of all templates, once per code. */
	List<ActionPlan.MeasureOption> questions() {
		java.util.Map<String, String> byCode = new java.util.LinkedHashMap<>();
		checklists.templates().forEach(t -> checklists.questions(t.id()).forEach(q -> byCode.putIfAbsent(q.code(), q.text())));
		return byCode.entrySet().stream().map(e -> new ActionPlan.MeasureOption(e.getKey(), e.getValue())).toList();
	}

	List<ActionPlan.MeasureOption> rules() {
		java.util.Map<String, String> byCode = new java.util.LinkedHashMap<>();
		rules.all().forEach(r -> byCode.putIfAbsent(r.code(), r.name()));
		return byCode.entrySet().stream().map(e -> new ActionPlan.MeasureOption(e.getKey(), e.getValue())).toList();
	}

	boolean knowsQuestion(String code) {
		return questions().stream().anyMatch(o -> o.code().equals(code));
	}

	boolean knowsRule(String code) {
		return rules().stream().anyMatch(o -> o.code().equals(code));
	}
}
