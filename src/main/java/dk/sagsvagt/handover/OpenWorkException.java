package dk.sagsvagt.handover;

import java.util.Map;

import dk.sagsvagt.shared.ConflictException;

/** Deactivation refused: the person still holds open work; the counts go in the problem response. */
public class OpenWorkException extends ConflictException {

	private final Holdings holdings;

	public OpenWorkException(Holdings holdings) {
		super(holdings.fullName() + " kan ikke deaktiveres: " + (holdings.cases().size() + holdings.protectedCases()) + " åbne sager, " + holdings.requests().size()
				+ " anmodninger fra tilsynsmyndigheder, " + holdings.followUps().size() + " opfølgninger fra tilsyn og "
				+ holdings.otherDeadlines() + " andre frister skal først overdrages.");
		this.holdings = holdings;
	}

	@Override
	public Map<String, Object> properties() {
		return Map.of("openCases", holdings.cases().size() + holdings.protectedCases(), "openRequests", holdings.requests().size(), "openFollowUps",
				holdings.followUps().size(), "otherDeadlines", holdings.otherDeadlines());
	}
}
