package dk.sagsvagt.organisation;

/** A staff member, or an external reviewer ({@code unitId} null). */
public record Staff(long id, String username, String fullName, StaffRole role, Long unitId, Long teamId,
		boolean active) {
}
