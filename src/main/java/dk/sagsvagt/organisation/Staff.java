package dk.sagsvagt.organisation;

public record Staff(long id, String username, String fullName, StaffRole role, long unitId, boolean active) {
}
