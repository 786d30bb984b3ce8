package dk.sagsvagt.organisation;

/** What a staff member or external reviewer does. Danish names are in the message bundle under {@code role.*}. */
public enum StaffRole {
	CASEWORKER, TEAM_LEADER, UNIT_LEADER, CENTRE_LEADER, SUPERVISION_LAWYER, ADMINISTRATOR,
	/** A reviewer from the municipal ombudsman (Borgerrådgiveren, kommunestyrelsesloven § 65 e). */
	OMBUDSMAN,
	/** A reviewer from the national appeals board (Ankestyrelsen). */
	APPEALS_BOARD;

	/** External reviewers belong to an oversight body, not to a unit of the administration. */
	public boolean isExternal() {
		return this == OMBUDSMAN || this == APPEALS_BOARD;
	}

	public boolean isLeader() {
		return this == TEAM_LEADER || this == UNIT_LEADER || this == CENTRE_LEADER;
	}
}
