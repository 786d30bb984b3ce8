package dk.sagsvagt.supervision;

import java.util.Map;

/**
 * One question's result in a round: the share of the cases it applies to that meet it (answered yes of yes+no), in
 * all and by unit and by measure category, and the change from the previous round with its z statistic.
 */
public record QuestionResult(Question question, Proportion all, Map<String, Proportion> byUnit, Map<String, Proportion> byCategory,
		Proportion previous, Double z) {

	/** Whether the change from the previous round is unlikely to be chance (|z| ≥ 1.96). */
	public boolean likelyReal() {
		return z != null && Math.abs(z) >= Proportion.Z;
	}
}
