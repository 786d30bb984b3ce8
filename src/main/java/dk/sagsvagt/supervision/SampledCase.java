package dk.sagsvagt.supervision;

/** A case in a round's sample, with its stratum and key; an excluded one has the reason and its replacement. */
public record SampledCase(String caseNumber, long caseId, long unitId, String stratum, String key, String drawnAs,
		String excludedReason, String replacedBy) {

	public boolean active() {
		return excludedReason == null;
	}
}
