package dk.sagsvagt.access;

/**
 * Why a member of staff holds a case through an oversight request (kommunestyrelsesloven § 65 e): the right follows
 * from being responsible for the request or approving its answer, and stays on the case it was given for.
 */
public enum RequestGrant {
	/**
	 * The request's responsible reads and journals (a generalised note, an assessment e-mail) in the request's own
	 * case, and in a round's own case when the request is about that round; nothing else is widened.
	 */
	REQUEST_WORK,
	/** The leader who signs the answer off reads the request's case and the cover letter she approved. */
	REQUEST_APPROVAL
}
