package dk.sagsvagt.handover;

import java.time.LocalDate;
import java.util.List;

import dk.sagsvagt.oversight.RequestResponsibles.OwnedRequest;
import dk.sagsvagt.supervision.FlagOwners.OwnedFlag;

/**
 * Everything a staff member holds, for the handover page. A case is at risk when one of its open deadlines falls
 * within the next {@link Handovers#RISK_WORKING_DAYS} working days; it needs a handover note. Cases the reader may not
 * see (specially protected, or outside their scope) are only counted in {@code protectedCases}: no number, title or
 * citizen; someone named on the protection hands them over.
 */
public record Holdings(String username, String fullName, long unitId, boolean active, List<HeldCase> cases, int protectedCases,
		List<OwnedRequest> requests,
		List<OwnedFlag> followUps, int otherDeadlines, List<Colleague> colleagues, LocalDate riskUntil) {

	/** An open case with its soonest open deadline; {@code nextDueShown} with its hour for an hour rule. */
	public record HeldCase(String caseNumber, String caseType, String title, boolean inquiry, LocalDate nextDue, String nextDeadline,
			boolean atRisk, String nextDueShown) {
	}

	/** A colleague who can take over, with what they hold now. */
	public record Colleague(String username, String fullName, String role, long openCases, long openDeadlines) {
	}

	public boolean isEmpty() {
		return cases.isEmpty() && protectedCases == 0 && requests.isEmpty() && followUps.isEmpty() && otherDeadlines == 0;
	}

	public long atRisk() {
		return cases.stream().filter(HeldCase::atRisk).count();
	}
}
