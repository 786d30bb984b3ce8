package dk.sagsvagt.access;

import dk.sagsvagt.organisation.StaffRole;

/** The logged-in user: a staff member, or an external reviewer of an oversight body ({@code unitId} null). */
public record CurrentUser(String username, long staffId, String fullName, StaffRole role, Long unitId, Long teamId,
		Scope scope) {

	public CurrentUser(String username, long staffId, String fullName, StaffRole role, Long unitId) {
		this(username, staffId, fullName, role, unitId, null, Scope.defaultFor(role));
	}

	public boolean isLeader() {
		return role.isLeader();
	}
}
