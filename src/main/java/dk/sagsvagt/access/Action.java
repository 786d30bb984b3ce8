package dk.sagsvagt.access;

/** What a user does. Reads of personal data are written to the access log. */
public enum Action {
	VIEW_CASE(true), LIST_CASES(true), VIEW_DOCUMENT(true), DOWNLOAD(true), SEARCH(true),
	/**
	 * Case data leaving in a file (a round's workbook and result note, a bundle for an oversight body): logged with
	 * the citizens it holds. No role is granted it as such; the work it belongs to (supervising, answering an
	 * oversight body) decides.
	 */
	EXPORT(true),
	VIEW_CPR(true), CREATE_CASE(false), JOURNAL(false), EDIT_CASE(false), ADMINISTER(false), VERIFY_LOG(false),
	CITIZEN_EXTRACT(true),
	/** Who read given cases: the access log by case, for an oversight body that asks (issue 17). */
	CASE_LOG_EXTRACT(true),
	/** Plan and run management supervision rounds (ledelsestilsyn). */
	SUPERVISE(false),
	/** Register and answer requests from oversight bodies, and see the disclosure log. */
	ANSWER_OVERSIGHT(false),
	/** Lead the unit's work: hand a caseworker's open work over, put items before a committee, run action plans. */
	LEAD(false),
	/** A request refused before any case was looked at, e.g. a page for another role. */
	REQUEST(false),
	/** Days of the access log deleted because they passed the retention period. */
	RETENTION(false),
	/**
	 * Take cases over from an earlier case system (issue 20); each case taken over is logged with its citizens, so
	 * the log says who put whose data here.
	 */
	MIGRATE(false);

	private final boolean read;

	Action(boolean read) {
		this.read = read;
	}

	/** Whether the action reads personal data, so an allowed one is logged too (denied ones always are). */
	public boolean isRead() {
		return read;
	}
}
