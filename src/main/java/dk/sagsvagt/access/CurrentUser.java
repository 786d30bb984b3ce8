package dk.sagsvagt.access;

import dk.sagsvagt.organisation.StaffRole;

/** The logged-in user: a staff member, or an external reviewer of an oversight body ({@code unitId} null). */
public record CurrentUser(String username, long staffId, String fullName, StaffRole role, Long unitId, Long teamId,
		Scope scope) {

	public CurrentUser(String username, long staffId, String fullName, StaffRole role, Long unitId) {
		this(username, staffId, fullName, role, unitId, null, Scope.defaultFor(role));
	}

	/**
	 * The application itself, as the access log names it when it reads for a job or for a step a user began (a CPR
	 * number handed to Digital Post, a look-up without a signed-in user): it has no scope and sees nothing by it.
	 */
	public static final CurrentUser SYSTEM = new CurrentUser(dk.sagsvagt.organisation.Organisation.SYSTEM_USER, 0, "Sagsvagt",
			StaffRole.ADMINISTRATOR, null, null, Scope.NONE);

	public boolean isLeader() {
		return role.isLeader();
	}
}
