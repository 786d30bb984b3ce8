package dk.sagsvagt.citizens;

/**
 * A person was looked up in CPR, which is a read of personal data: the access module writes it to the access log
 * with the user on whose behalf it was made, and makes a citizen with address protection specially protected.
 * {@code citizenId} is null for a number CPR does not know.
 */
public record CprLookedUp(Long citizenId, String outcome, boolean addressProtected) {
}
