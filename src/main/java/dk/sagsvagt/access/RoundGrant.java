package dk.sagsvagt.access;

/**
 * Why a user holds a case through a supervision round. Each is read-only (see {@link AccessPolicy}) and ends: a
 * review when the round is concluded or the case leaves the sample, a follow-up when its note is written.
 */
public enum RoundGrant {
	/** A supervision lawyer reviews a sampled case. */
	REVIEW,
	/** A flag's owner follows the flagged case up. */
	FOLLOW_UP,
	/** The round's planner and reviewers read the round's own case, where its outputs are journaled. */
	ROUND_CASE,
	/**
	 * A sampled unit's leader reads the unit's letter in the round's own case: only bundle documents there whose every
	 * case he or she reaches, never the case or its other documents; ended when the unit acknowledges (issue 17 review).
	 */
	UNIT_LETTER,
	/**
	 * The lawyer who chose a flagged case for Ankestyrelsen reads it to send it, also after the review has ended; a
	 * kind of its own, so that unchoosing it does not end the flag owner's follow-up.
	 */
	REFERRAL
}
