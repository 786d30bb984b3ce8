package dk.sagsvagt.decisions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * What a caseworker writes in a decision before it is sent. Everything but type and measure may be filled in
 * later; the gates tell what is still missing. {@code notifiedCitizenIds} null means the case's primary party,
 * custodial parents and representatives.
 */
public record DecisionDraft(DecisionType type, String measure, String legalBasis, String facts, String assessment,
		String reasons, @DateTimeFormat(iso = ISO.DATE) LocalDate effectiveDate, Boolean urgent,
		@DateTimeFormat(iso = ISO.DATE) LocalDate hearingSentOn, @DateTimeFormat(iso = ISO.DATE) LocalDate hearingResponseDueOn,
		@DateTimeFormat(iso = ISO.DATE) LocalDate hearingAnsweredOn, @DateTimeFormat(iso = ISO.DATE) LocalDate childConversationOn,
		String childConversationSummary, String childPlanDocument, @DateTimeFormat(iso = ISO.DATE) LocalDate consentOn,
		String consentBy, @DateTimeFormat(iso = ISO.DATE) LocalDate youngPersonHeardOn, Boolean housingWish,
		String offerGiven, BigDecimal offerGivenPrice, String offerWished, BigDecimal offerWishedPrice,
		Boolean inTargetGroup, Boolean significantlyMoreExpensive, String housingReasons, List<Long> notifiedCitizenIds) {

	/** A draft with only type and measure. */
	public static DecisionDraft of(DecisionType type, String measure, String legalBasis) {
		return new DecisionDraft(type, measure, legalBasis, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	/** The same draft sent to these citizens. */
	public DecisionDraft withNotifiedCitizenIds(List<Long> citizenIds) {
		return new DecisionDraft(type, measure, legalBasis, facts, assessment, reasons, effectiveDate, urgent, hearingSentOn,
				hearingResponseDueOn, hearingAnsweredOn, childConversationOn, childConversationSummary, childPlanDocument, consentOn,
				consentBy, youngPersonHeardOn, housingWish, offerGiven, offerGivenPrice, offerWished, offerWishedPrice, inTargetGroup,
				significantlyMoreExpensive, housingReasons, citizenIds);
	}

	/** The same draft with the child's plan it rests on (a document number). */
	public DecisionDraft withChildPlanDocument(String documentNumber) {
		return new DecisionDraft(type, measure, legalBasis, facts, assessment, reasons, effectiveDate, urgent, hearingSentOn,
				hearingResponseDueOn, hearingAnsweredOn, childConversationOn, childConversationSummary, documentNumber, consentOn,
				consentBy, youngPersonHeardOn, housingWish, offerGiven, offerGivenPrice, offerWished, offerWishedPrice, inTargetGroup,
				significantlyMoreExpensive, housingReasons, notifiedCitizenIds);
	}
}
