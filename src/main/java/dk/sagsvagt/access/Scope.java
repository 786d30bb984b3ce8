package dk.sagsvagt.access;

import dk.sagsvagt.organisation.StaffRole;

/** Which cases a user's role reaches. Cases assigned to the user are reached whatever the scope. */
public enum Scope {
	/** Cases where the user is caseworker. */
	OWN,
	/** Cases whose caseworker is in the user's team. */
	TEAM,
	UNIT, CENTRE,
	/** The whole administration. */
	ADMINISTRATION,
	/** Only cases assigned to the user (a supervision round) or documents disclosed to the user's body. */
	ASSIGNED,
	NONE;

	public static Scope defaultFor(StaffRole role) {
		return switch (role) {
			case CASEWORKER, UNIT_LEADER -> UNIT;
			case TEAM_LEADER -> TEAM;
			case CENTRE_LEADER -> CENTRE;
			case SUPERVISION_LAWYER, OMBUDSMAN, APPEALS_BOARD -> ASSIGNED;
			case ADMINISTRATOR -> NONE;
		};
	}
}
