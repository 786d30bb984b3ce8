package dk.sagsvagt.journal;

/** Whether a document came in, went out, or stayed inside the administration. */
public enum Direction {
	INCOMING, OUTGOING, INTERNAL
}
