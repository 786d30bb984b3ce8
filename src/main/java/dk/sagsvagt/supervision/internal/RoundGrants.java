package dk.sagsvagt.supervision.internal;

import java.util.List;

import dk.sagsvagt.access.AccessGrants;
import dk.sagsvagt.access.RoundGrant;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.supervision.Round;
import dk.sagsvagt.supervision.SampledCase;

import org.springframework.stereotype.Component;

/**
 * The read-only grants a round gives (issue 16: least privilege). A supervision lawyer reviewing the round reads
 * exactly its sampled cases until it is concluded or the case leaves the sample; a leader reviews what his or her own
 * scope reaches and gets nothing; a flag's owner reads the flagged case until the follow-up note is written; the
 * round's members read the round's own case.
 */
@Component
public class RoundGrants {

	private final AccessGrants grants;

	private final Organisation organisation;

	RoundGrants(AccessGrants grants, Organisation organisation) {
		this.grants = grants;
		this.organisation = organisation;
	}

	public void roundCase(long roundId, String name, long caseId, List<String> members, String by) {
		members.stream().distinct().forEach(m -> grants.grantForRound(RoundGrant.ROUND_CASE, roundId, m, caseId, reason(name), by));
	}

	/** A sampled unit's leaders read the unit's letter in the round's own case (see {@link RoundGrant#UNIT_LETTER}). */
	public void unitLetter(long roundId, String name, long caseId, List<String> leaders, String by) {
		leaders.stream().distinct()
			.forEach(l -> grants.grantForRound(RoundGrant.UNIT_LETTER, roundId, l, caseId, "Tilbagemelding fra " + reason(name), by));
	}

	/** The unit has acknowledged its letter: its leaders' reach of it ends. */
	public void endUnitLetter(long roundId, List<String> leaders, String by) {
		leaders.stream().distinct().forEach(l -> grants.endForRound(RoundGrant.UNIT_LETTER, roundId, null, l, by));
	}

	public void review(Round round, SampledCase sampled, String by) {
		round.reviewers().values().stream().flatMap(List::stream).distinct()
			.filter(name -> organisation.staffByUsername(name).map(s -> s.role() == StaffRole.SUPERVISION_LAWYER).orElse(false))
			.forEach(name -> grants.grantForRound(RoundGrant.REVIEW, round.id(), name, sampled.caseId(), reason(round.name()), by));
	}

	/** Ends the review of one case (excluded from the sample), or of all (a redraw, the round concluded). */
	public void endReview(Round round, Long caseId, String by) {
		grants.endForRound(RoundGrant.REVIEW, round.id(), caseId, null, by);
	}

	public void followUp(Round round, String owner, long caseId, String by) {
		grants.grantForRound(RoundGrant.FOLLOW_UP, round.id(), owner, caseId, "Opfølgning på " + reason(round.name()), by);
	}

	public void endFollowUp(long roundId, String owner, long caseId, String by) {
		grants.endForRound(RoundGrant.FOLLOW_UP, roundId, caseId, owner, by);
	}

	/** Records a journaled output of the round as a bundle of the cases it holds. */
	public void outputs(dk.sagsvagt.journal.Document output, List<dk.sagsvagt.access.CaseFacts> held) {
		grants.recordBundle(output.documentNumber(), held);
	}

	/**
	 * The chooser's read of a case chosen for Ankestyrelsen. It ends when the choice is undone; sending the referral
	 * publishes no event yet, so the grant stays until then (issue 16 review, S6: left open).
	 */
	public void referral(Round round, String chooser, long caseId, String by) {
		grants.grantForRound(RoundGrant.REFERRAL, round.id(), chooser, caseId, "Henvisning til Ankestyrelsen fra " + reason(round.name()), by);
	}

	public void endReferral(long roundId, String chooser, long caseId, String by) {
		grants.endForRound(RoundGrant.REFERRAL, roundId, caseId, chooser, by);
	}

	private static String reason(String roundName) {
		return "Ledelsestilsyn: " + roundName;
	}
}
