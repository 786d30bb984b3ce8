package dk.sagsvagt.citizens;

import java.time.Instant;

/**
 * What the CPR register last said about a citizen: {@code checkedAt} null means never verified ("ikke verificeret
 * i CPR"). The address must not be shown where the citizen has address protection, except to those named on it.
 */
public record CprDetails(String address, CprStatus status, boolean addressProtected, Boolean digitalPost, Instant checkedAt) {

	public boolean verified() {
		return checkedAt != null;
	}
}
