package dk.sagsvagt.deadlines;

import java.time.LocalDate;

/**
 * One version of a deadline rule, in force from {@code effectiveFrom} up to (not including) {@code effectiveTo}.
 * {@code amount} is null for units without a fixed length. {@code citizenSide}: the citizen's deadline (e.g. to
 * complain), which runs out without the municipality missing anything. {@code source}: where the version's start date
 * comes from (the act and its entry into force), as the catalogue cites it.
 */
public record DeadlineRule(String code, String variant, LocalDate effectiveFrom, LocalDate effectiveTo, String name,
		String variantName, String law, String triggerEvent, DeadlineUnit unit, Integer amount,
		boolean movesToWorkingDay, boolean suspendable, boolean extendable, String explanation, String metByEvent,
		boolean citizenSide, String source) {

	public boolean inForceOn(LocalDate date) {
		return !date.isBefore(effectiveFrom) && (effectiveTo == null || date.isBefore(effectiveTo));
	}
}
