package dk.sagsvagt.oversight;

import java.util.Map;
import java.util.Set;

/**
 * Where a complaint over a decision stands (retssikkerhedsloven §§ 66–68): received; reconsidered by the
 * municipality, which either changes its decision or upholds it; an upheld complaint forwarded to Ankestyrelsen; and
 * Ankestyrelsen's outcome. Backed by the CHECK on {@code oversight.complaint.status}; pages and services ask it what
 * may happen next.
 */
public enum ComplaintStatus {

	RECEIVED, CHANGED_BY_MUNICIPALITY, UPHELD, FORWARDED, DECIDED;

	private static final Map<ComplaintStatus, Set<ComplaintStatus>> NEXT = Map.of(RECEIVED, Set.of(CHANGED_BY_MUNICIPALITY, UPHELD),
			UPHELD, Set.of(FORWARDED), FORWARDED, Set.of(DECIDED));

	public boolean canTransitionTo(ComplaintStatus next) {
		return NEXT.getOrDefault(this, Set.of()).contains(next);
	}

	/** The municipality reconsiders a complaint once, when it comes (§ 66, stk. 1). */
	public boolean mayReconsider() {
		return this == RECEIVED;
	}

	/** Only a complaint over a decision the municipality upholds goes on to Ankestyrelsen (§ 66, stk. 2). */
	public boolean mayForward() {
		return canTransitionTo(FORWARDED);
	}

	/** Ankestyrelsen's outcome is registered for a complaint sent to it. */
	public boolean mayRecordOutcome() {
		return canTransitionTo(DECIDED);
	}
}
