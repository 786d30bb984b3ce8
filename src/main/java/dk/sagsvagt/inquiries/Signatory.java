package dk.sagsvagt.inquiries;

/**
 * On whose behalf a reply is signed: the letterhead is the mayor's office, the committee or the administration, and a
 * reply for the mayor or the committee chair says "På vegne af ..." above the signer's name and title.
 */
public enum Signatory {
	MAYOR, COMMITTEE_CHAIR, ADMINISTRATION
}
