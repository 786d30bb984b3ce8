package dk.sagsvagt.access;

import java.util.List;

/** What the policy needs to know of a case to decide: where it lies, who handles it, whom it is about. */
public record CaseFacts(long caseId, String caseNumber, long unitId, Long caseworkerId, List<Long> citizenIds) {

	public CaseFacts {
		citizenIds = List.copyOf(citizenIds);
	}
}
