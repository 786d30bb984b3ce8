package dk.sagsvagt.deadlines;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Danish names of the events that start and meet deadlines, as people read them on the case's timeline and in the
 * form that registers one; the codes ({@code NEED_BECAME_KNOWN}) stay in the database and the API.
 */
public final class DeadlineEvents {

	private static final Map<String, String> NAMES = new LinkedHashMap<>();

	static {
		NAMES.put("NOTIFICATION_RECEIVED", "Underretning modtaget");
		NAMES.put("NOTIFICATION_ASSESSED", "Underretning vurderet");
		NAMES.put("RECEIPT_SENT", "Kvittering sendt til underretter");
		NAMES.put("NOTIFICATION_CONCERNS_ABUSE", "Underretningen handler om overgreb");
		NAMES.put("NOTIFIER_INFORMED", "Fagperson orienteret om, hvorvidt der er iværksat undersøgelse eller indsats");
		NAMES.put("NEED_BECAME_KNOWN", "Kommunen blev opmærksom på behov (undersøgelse startet)");
		NAMES.put("ASSESSMENT_FINISHED", "Børnefaglig undersøgelse afsluttet");
		NAMES.put("PRELIMINARY_ASSESSMENT_MADE", "Foreløbig vurdering udarbejdet");
		NAMES.put("MEASURE_STARTED", "Indsats iværksat");
		NAMES.put("TURNED_SIXTEEN", "Den unge er fyldt 16 år");
		NAMES.put("YOUNG_PERSON_DECISION_MADE", "Afgørelse om indsats til en ung over 16 år");
		NAMES.put("YOUNG_PERSON_PLAN_MADE", "Ungeplan udarbejdet");
		NAMES.put("FOLLOW_UP_DONE", "Opfølgning foretaget");
		NAMES.put("ACCESS_REQUEST_RECEIVED", "Anmodning om aktindsigt modtaget");
		NAMES.put("ACCESS_REQUEST_ANSWERED", "Aktindsigt besvaret");
		NAMES.put("COMPLAINT_RECEIVED", "Klage modtaget");
		NAMES.put("RECONSIDERATION_DONE", "Genvurdering foretaget");
		NAMES.put("APPLICATION_RECEIVED", "Ansøgning modtaget");
		NAMES.put("DECISION_SENT", "Afgørelse sendt");
		NAMES.put("DECISION_MADE", "Afgørelse truffet");
		NAMES.put("DECISION_RECEIVED", "Afgørelse modtaget af borgeren");
		NAMES.put("DELIVERY_FAILED", "Digital Post kunne ikke levere afgørelsen");
		NAMES.put("CHILD_CONVERSATION_HELD", "Samtale med barnet holdt");
		NAMES.put("PLAN_MADE", "Plan udarbejdet");
		NAMES.put("ACTION_ASSIGNED", "Handling tildelt");
		NAMES.put("ACTION_DONE", "Handling gennemført");
		NAMES.put("CASE_FLAGGED", "Sagen markeret til opfølgning i ledelsestilsyn");
		NAMES.put("FLAG_FOLLOWED_UP", "Opfølgning på markering gennemført");
		NAMES.put("INQUIRY_RECEIVED", "Henvendelse modtaget");
		NAMES.put("INQUIRY_ANSWERED", "Henvendelse besvaret");
		NAMES.put("OVERSIGHT_REQUEST_RECEIVED", "Anmodning fra tilsynsmyndighed modtaget");
		NAMES.put("OVERSIGHT_ANSWERED", "Tilsynsmyndighed besvaret");
	}

	private DeadlineEvents() {
	}

	/** The event's Danish name; an event not named here is shown as "anden fristhændelse", never by its code. */
	public static String name(String code) {
		return NAMES.getOrDefault(code, "anden fristhændelse");
	}

	/** Whether a Danish name is known for the code (a test checks every event of the catalogue has one). */
	public static boolean isNamed(String code) {
		return NAMES.containsKey(code);
	}
}
