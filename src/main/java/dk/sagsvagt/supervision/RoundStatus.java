package dk.sagsvagt.supervision;

import java.util.Map;
import java.util.Set;

/**
 * Where a round stands: planned, its sample drawn, under review, concluded (workbook and result note journaled), and
 * its results reported to the units. Backed by the CHECK on {@code supervision.round.status}; services and pages ask
 * it what may happen next. Danish names are in the message bundle under {@code round.status.*}.
 */
public enum RoundStatus {

	PLANNED, SAMPLED, UNDER_REVIEW, CONCLUDED, REPORTED;

	private static final Map<RoundStatus, Set<RoundStatus>> NEXT = Map.of(PLANNED, Set.of(SAMPLED), SAMPLED,
			Set.of(SAMPLED, UNDER_REVIEW, CONCLUDED), UNDER_REVIEW, Set.of(CONCLUDED), CONCLUDED, Set.of(REPORTED));

	public boolean canTransitionTo(RoundStatus next) {
		return NEXT.getOrDefault(this, Set.of()).contains(next);
	}

	/** The sample may be drawn, or drawn again, until the review has begun. */
	public boolean mayRedraw() {
		return this == PLANNED || this == SAMPLED;
	}

	/** Cases are reviewed, excluded and answered while the sample stands and the round is not concluded. */
	public boolean underWay() {
		return this == SAMPLED || this == UNDER_REVIEW;
	}

	/** Concluded, whether or not reported yet: its results stand. */
	public boolean isConcluded() {
		return this == CONCLUDED || this == REPORTED;
	}

	/** A concluded round's results go to the units once. */
	public boolean mayReport() {
		return canTransitionTo(REPORTED);
	}
}
