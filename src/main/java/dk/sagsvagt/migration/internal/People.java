package dk.sagsvagt.migration.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Staff;
import dk.sagsvagt.organisation.Unit;
import dk.sagsvagt.shared.InvalidInputException;

/**
 * The staff and units a migration file names (logins and unit names here), each looked up once per run. A login
 * the file names must be one here: the journal and the timeline show a person's name, never an unknown login.
 */
final class People {

	private final Organisation organisation;

	private final Map<String, Optional<Staff>> staff = new HashMap<>();

	private final Map<String, Optional<Unit>> units = new HashMap<>();

	People(Organisation organisation) {
		this.organisation = organisation;
	}

	long unit(String name, String field) {
		if (name == null || name.isBlank()) {
			throw new InvalidInputException(field, "Angiv den enhed, der har sagen.");
		}
		return units.computeIfAbsent(name.strip(), organisation::unitNamed)
			.orElseThrow(() -> new InvalidInputException(field, "Enheden '" + name + "' findes ikke i Sagsvagt."))
			.id();
	}

	/** The staff member with the login, or null when none is given. */
	Staff staff(String login, String field) {
		if (login == null || login.isBlank()) {
			return null;
		}
		return staff.computeIfAbsent(login.strip(), organisation::staffByUsername)
			.orElseThrow(() -> new InvalidInputException(field, "Medarbejderen med brugernavnet '" + login + "' findes ikke i Sagsvagt."));
	}

	/** The login recorded for a step, the importer's when the file names none. */
	String actor(String login, String field, String importer) {
		Staff s = staff(login, field);
		return s == null ? importer : s.username();
	}
}
