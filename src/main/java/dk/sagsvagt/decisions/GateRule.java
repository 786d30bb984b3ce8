package dk.sagsvagt.decisions;

import java.time.LocalDate;

/** One version of a legal gate in the catalogue. {@code minAge} applies to the young person's hearing only. */
public record GateRule(String code, LocalDate effectiveFrom, LocalDate effectiveTo, String name, String law,
		String explanation, String exemptionLaw, Integer minAge) {

	public boolean inForceOn(LocalDate date) {
		return !date.isBefore(effectiveFrom) && (effectiveTo == null || date.isBefore(effectiveTo));
	}
}
