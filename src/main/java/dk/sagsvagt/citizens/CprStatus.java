package dk.sagsvagt.citizens;

/**
 * A person's status in CPR ({@code persondata/status/status}, SF1520's statusTypeType), with its Danish meaning as
 * the schema gives it.
 */
public enum CprStatus {
	ACTIVE(1, "Aktiv"), ACTIVE_SPECIAL_ROAD_CODE(3, "Aktiv (speciel vejkode)"), ACTIVE_GREENLAND(5, "Aktiv, bopæl i Grønland"),
	ACTIVE_GREENLAND_SPECIAL_ROAD_CODE(7, "Aktiv, bopæl i Grønland (speciel vejkode)"),
	NO_RESIDENCE(20, "Uden bopæl i Danmark (personnummer af skattehensyn)"), CANCELLED(30, "Annulleret personnummer"),
	DELETED_DUPLICATE(50, "Slettet personnummer (dobbeltnummer)"), CHANGED(60, "Ændret personnummer"),
	DISAPPEARED(70, "Forsvundet"), EMIGRATED(80, "Udrejst"), DEAD(90, "Død");

	private final int code;

	private final String danish;

	CprStatus(int code, String danish) {
		this.code = code;
		this.danish = danish;
	}

	public int code() {
		return code;
	}

	public String danish() {
		return danish;
	}

	public boolean active() {
		return code < 20;
	}

	/** The status of a code; an unknown code is read as the nearest known below it (CPR adds codes rarely). */
	public static CprStatus of(int code) {
		CprStatus found = ACTIVE;
		for (CprStatus s : values()) {
			if (s.code <= code) {
				found = s;
			}
		}
		return found;
	}
}
