package dk.sagsvagt.decisions;

/** What a decision does. Danish names are in the message bundle under {@code decision.type.*}. */
public enum DecisionType {
	GRANT, REFUSAL, CHANGE, TERMINATION;

	/** Whether the decision puts a measure in place (a grant or a change), so plan and consent apply. */
	public boolean establishesMeasure() {
		return this == GRANT || this == CHANGE;
	}
}
