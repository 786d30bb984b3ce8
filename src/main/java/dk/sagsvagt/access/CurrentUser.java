package dk.sagsvagt.access;

import dk.sagsvagt.organisation.StaffRole;

/** The logged-in staff member. */
public record CurrentUser(String username, long staffId, String fullName, StaffRole role, long unitId) {

	public boolean isLeader() {
		return role == StaffRole.LEADER;
	}
}
