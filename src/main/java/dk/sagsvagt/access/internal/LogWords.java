package dk.sagsvagt.access.internal;

import java.util.EnumMap;
import java.util.Map;

import dk.sagsvagt.access.Action;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Staff;
import dk.sagsvagt.organisation.StaffRole;

/**
 * The access log in words a citizen or an oversight body reads (the extracts of issues 8 and 17): what was done, by
 * which role in which unit. Every action has its Danish name, so no code reaches a reader.
 */
final class LogWords {

	private static final Map<Action, String> ACTIONS = new EnumMap<>(Map.ofEntries(Map.entry(Action.VIEW_CASE, "Så sagen"),
			Map.entry(Action.LIST_CASES, "Så sagen i en sagsliste"), Map.entry(Action.VIEW_DOCUMENT, "Så et dokument"),
			Map.entry(Action.DOWNLOAD, "Hentede en fil"), Map.entry(Action.SEARCH, "Søgning med sagen blandt resultaterne"),
			Map.entry(Action.EXPORT, "Eksport"), Map.entry(Action.VIEW_CPR, "Så CPR-nummeret"),
			Map.entry(Action.CREATE_CASE, "Oprettede sagen"), Map.entry(Action.JOURNAL, "Journaliserede"),
			Map.entry(Action.EDIT_CASE, "Ændrede sagen"), Map.entry(Action.ADMINISTER, "Administration"),
			Map.entry(Action.VERIFY_LOG, "Kontrol af adgangsloggen"), Map.entry(Action.CITIZEN_EXTRACT, "Udtræk af adgangsloggen"),
			Map.entry(Action.CASE_LOG_EXTRACT, "Udtræk af adgangsloggen pr. sag"), Map.entry(Action.SUPERVISE, "Ledelsestilsyn"),
			Map.entry(Action.ANSWER_OVERSIGHT, "Besvarelse af en tilsynsmyndighed"), Map.entry(Action.LEAD, "Ledelse"),
			Map.entry(Action.REQUEST, "Forespørgsel"), Map.entry(Action.RETENTION, "Sletning af gamle logdage"),
			Map.entry(Action.MIGRATE, "Overtog sagen fra et tidligere sagssystem")));

	private LogWords() {
	}

	/** The action as the log stored it, in Danish; an action no longer known is "Anden handling". */
	static String action(String stored) {
		try {
			return ACTIONS.getOrDefault(Action.valueOf(stored), "Anden handling");
		}
		catch (IllegalArgumentException | NullPointerException e) {
			return "Anden handling";
		}
	}

	static String role(StaffRole role) {
		return switch (role) {
			case CASEWORKER -> "Sagsbehandler";
			case TEAM_LEADER -> "Teamleder";
			case UNIT_LEADER -> "Enhedschef";
			case CENTRE_LEADER -> "Centerchef";
			case SUPERVISION_LAWYER -> "Jurist";
			case ADMINISTRATOR -> "Administrator";
			case OMBUDSMAN -> "Borgerrådgiveren";
			case APPEALS_BOARD -> "Ankestyrelsen";
		};
	}

	/** Who did it, as the log names them: name, role and unit (a body's role stands for its unit). */
	record Who(String name, String role, String unit) {

		static Who of(Organisation organisation, String username) {
			Staff staff = organisation.staffByUsername(username).orElse(null);
			if (staff == null) {
				return new Who("Ukendt", "Ukendt", "");
			}
			String role = LogWords.role(staff.role());
			return new Who(staff.fullName(), role, staff.unitId() == null ? role : organisation.unit(staff.unitId()).name());
		}
	}

	/** Whether every action has its Danish name (a test asks, so a new action cannot reach a reader as a code). */
	static boolean namesEveryAction() {
		return ACTIONS.keySet().containsAll(java.util.EnumSet.allOf(Action.class));
	}
}
