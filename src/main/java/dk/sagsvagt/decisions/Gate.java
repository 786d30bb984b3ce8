package dk.sagsvagt.decisions;

/**
 * One legal gate as it stands for a decision: its name and paragraph, the state and a Danish explanation, and the
 * paragraph allowing an exemption (null when none can be given) with the recorded reason.
 */
public record Gate(String code, String name, String law, GateState state, String detail, String exemptionLaw,
		String exemptionReason) {

	public boolean blocks() {
		return state == GateState.OPEN;
	}

	public boolean exemptable() {
		return exemptionLaw != null;
	}
}
