package dk.sagsvagt.decisions;

/**
 * A decision is a draft until it is sent, and a sent decision is never changed (a new decision changes it); backed by
 * the CHECK on {@code decisions.decision.status} and the store's {@code WHERE status = 'DRAFT'} on every change.
 */
public enum DecisionStatus {

	DRAFT, SENT;

	public boolean isSent() {
		return this == SENT;
	}

	/** Only a draft may be edited, exempted or sent. */
	public boolean mayChange() {
		return this == DRAFT;
	}
}
