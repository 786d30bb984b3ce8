package dk.sagsvagt.deadlines;

import dk.sagsvagt.deadlines.internal.LocalLimits;

/** How a rule's limit is measured. */
public enum DeadlineUnit {
	/** Clock hours, across nights, weekends and daylight-saving changes. */
	HOURS,
	CALENDAR_DAYS,
	/** Monday–Friday except public holidays (hverdage/arbejdsdage). */
	WORKING_DAYS,
	WEEKS,
	/** Calendar months; the day is clamped to the month's length (31 January + 1 month = end of February). */
	MONTHS,
	/** Must be in place before the decision; no date of its own. */
	BEFORE_DECISION,
	/** Set in the individual case, with reasons (e.g. follow-up under Barnets lov § 95). */
	SET_PER_CASE,
	/** The municipality's published processing-time limit for the benefit (retssikkerhedsloven § 3, stk. 2). */
	PUBLISHED_LIMIT,
	/**
	 * A duty the law states without a deadline (the conversation after a notification of abuse, barnets lov § 137,
	 * stk. 3): due after the municipality's own limit for the rule ({@link LocalLimits}).
	 */
	LOCAL_LIMIT;

	/**
	 * The length in Danish, "24 timer", "1 hverdag", "4 uger", "3 måneder"; only the amount for a unit without a
	 * length of its own.
	 */
	public String danish(int amount) {
		boolean one = amount == 1;
		return amount + switch (this) {
			case HOURS -> one ? " time" : " timer";
			case CALENDAR_DAYS -> one ? " dag" : " dage";
			case WORKING_DAYS -> one ? " hverdag" : " hverdage";
			case WEEKS -> one ? " uge" : " uger";
			case MONTHS -> one ? " måned" : " måneder";
			default -> "";
		};
	}
}
