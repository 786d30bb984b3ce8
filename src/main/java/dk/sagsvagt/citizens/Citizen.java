package dk.sagsvagt.citizens;

/** A citizen. {@link #cpr()} must only be shown masked unless the user opens it. */
public record Citizen(long id, Cpr cpr, String name) {

	public String maskedCpr() {
		return cpr.masked();
	}
}
