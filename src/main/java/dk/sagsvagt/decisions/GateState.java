package dk.sagsvagt.decisions;

/** Where a decision stands against one legal gate. Only {@link #OPEN} stops it from being sent. */
public enum GateState {
	OPEN, MET, EXEMPT,
	/** The law allows the requirement after the decision: sending starts a deadline instead. */
	DEADLINE, NOT_APPLICABLE
}
