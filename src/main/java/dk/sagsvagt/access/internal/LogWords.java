package dk.sagsvagt.access.internal;

import dk.sagsvagt.access.Action;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Staff;
import dk.sagsvagt.shared.Texts;

import org.springframework.stereotype.Component;

/**
 * The access log in words a citizen or an oversight body reads (the extracts of issues 8 and 17): what was done
 * ({@code accesslog.action.*} in the message bundle) and by which role ({@code role.*}, as letters sign) in which
 * unit. Every action has its Danish name, so no code reaches a reader.
 */
@Component
class LogWords {

	private final Texts texts;

	private final Organisation organisation;

	LogWords(Texts texts, Organisation organisation) {
		this.texts = texts;
		this.organisation = organisation;
	}

	/** The action as the log stored it, in Danish; an action no longer known is "Anden handling". */
	String action(String stored) {
		try {
			return texts.get("accesslog.action." + Action.valueOf(stored).name());
		}
		catch (IllegalArgumentException | NullPointerException e) {
			return texts.get("accesslog.action.unknown");
		}
	}

	/** Who did it, as the log names them: name, role and unit (a body's role stands for its unit). */
	record Who(String name, String role, String unit) {
	}

	Who who(String username) {
		Staff staff = organisation.staffByUsername(username).orElse(null);
		if (staff == null) {
			return new Who("Ukendt", "Ukendt", "");
		}
		String role = texts.get("role." + staff.role().name());
		return new Who(staff.fullName(), role, staff.unitId() == null ? role : organisation.unit(staff.unitId()).name());
	}
}
