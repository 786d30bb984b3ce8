package dk.sagsvagt.organisation;

public record Unit(long id, long centreId, String name, String centreName) {
}
