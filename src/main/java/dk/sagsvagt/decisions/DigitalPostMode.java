package dk.sagsvagt.decisions;

/**
 * How decisions reach citizens' Digital Post ({@code sagsvagt.digital-post.mode}, issue 20). Outside the {@code demo}
 * profile the operator must choose, or the application does not start ({@link dk.sagsvagt.shared.IntegrationModes}).
 */
public enum DigitalPostMode {
	/**
	 * A person sends the letter from the municipality's own Digital Post solution and registers when it was sent and
	 * received; until then the decision is marked "skal sendes manuelt" and the complaint period does not start.
	 */
	MANUAL,
	/**
	 * Serviceplatformen: the registration check (SF1601 PostForespoerg), the letter as MeMo 1.2 through SF1601
	 * KombiPostAfsend, and the receipt from Beskedfordeler (PKO_PostStatus).
	 */
	SERVICEPLATFORMEN,
	/** The demo profile's adapter: hands nothing to anyone and answers with a delivery receipt at once. */
	DEMO;

	/** Whether Sagsvagt hands the letter over itself and waits for the service's receipt. */
	public boolean handsOver() {
		return this != MANUAL;
	}
}
