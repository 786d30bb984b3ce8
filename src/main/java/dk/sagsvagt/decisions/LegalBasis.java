package dk.sagsvagt.decisions;

import java.time.LocalDate;
import dk.sagsvagt.cases.CaseArea;

/**
 * One version of a legal basis for a decision. {@code paragraph} is what the reasons must cite; {@code consentLaw}
 * is null when the measure needs no consent; {@code reconsideration} tells whether a complaint is reconsidered by
 * the municipality first (retssikkerhedsloven § 66).
 */
public record LegalBasis(String code, LocalDate effectiveFrom, LocalDate effectiveTo, String name, String law,
		String paragraph, CaseArea area, String measureCategory, String consentLaw, String complaintBody,
		boolean reconsideration) {

	public boolean inForceOn(LocalDate date) {
		return !date.isBefore(effectiveFrom) && (effectiveTo == null || date.isBefore(effectiveTo));
	}

	public boolean children() {
		return area.isChildren();
	}

	public boolean housing() {
		return measureCategory.equals("ADULT_HOUSING");
	}

	public boolean needsConsent() {
		return consentLaw != null;
	}
}
