package dk.sagsvagt.access;

import java.util.Collection;

import dk.sagsvagt.citizens.Citizen;
import dk.sagsvagt.citizens.Citizens;
import dk.sagsvagt.citizens.Cpr;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.shared.AccessDeniedException;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to who may see what: scopes, case assignments, disclosures to oversight bodies and special protection.
 * Every change is written to the append-only {@code access.permission_change} log in the same transaction.
 */
@Service
@Transactional
public class AccessGrants {

	private final JdbcClient jdbc;

	private final Organisation organisation;

	private final Citizens citizens;

	private final PasswordEncoder passwords;

	AccessGrants(JdbcClient jdbc, Organisation organisation, Citizens citizens, PasswordEncoder passwords) {
		this.jdbc = jdbc;
		this.organisation = organisation;
		this.citizens = citizens;
		this.passwords = passwords;
	}

	/** A new user with a password; the creation is logged like any change of permissions. */
	public void createUser(String username, String fullName, StaffRole role, Long unitId, String password, String changedBy) {
		if (username == null || !username.matches("[a-z0-9._-]{2,64}")) {
			throw new InvalidInputException("username", "Brugernavnet skal have 2-64 tegn: små bogstaver, tal, punktum, bindestreg.");
		}
		if (fullName == null || fullName.isBlank()) {
			throw new InvalidInputException("fullName", "Navn skal udfyldes.");
		}
		if (!role.isExternal() && unitId == null) {
			throw new InvalidInputException("unitId", "Vælg en enhed.");
		}
		if (password == null || password.length() < 12) {
			throw new InvalidInputException("password", "Adgangskoden skal have mindst 12 tegn.");
		}
		if (organisation.staffByUsername(username).isPresent()) {
			throw new InvalidInputException("username", "Brugernavnet er optaget.");
		}
		organisation.createStaff(username, fullName.strip(), role, role.isExternal() ? null : unitId);
		jdbc.sql("INSERT INTO access.user_account (username, password_hash) VALUES (?, ?)")
			.params(username, passwords.encode(password))
			.update();
		record(changedBy, username, "bruger oprettet med rollen " + role);
	}

	/** A new unit in a centre. */
	public long createUnit(long centreId, String name, String changedBy) {
		if (name == null || name.isBlank()) {
			throw new InvalidInputException("name", "Enhedens navn skal udfyldes.");
		}
		long id = organisation.createUnit(centreId, name.strip());
		record(changedBy, "enhed " + id, "enhed oprettet: " + name.strip());
		return id;
	}

	/** A staff member's new role and unit. */
	public void changeRole(long staffId, String username, String fullName, StaffRole role, Long unitId, String changedBy) {
		requireAnotherPerson(username, changedBy);
		organisation.updateStaff(staffId, fullName, role, unitId);
		record(changedBy, username, "rolle sat til " + role + (unitId == null ? "" : ", enhed " + organisation.unit(unitId).name()));
	}

	/** Protects a case (by id) or a citizen (by CPR number); exactly one must be given. */
	public void protect(Long caseId, String cpr, String reason, Collection<String> readers, String changedBy) {
		boolean byCase = caseId != null;
		boolean byCitizen = cpr != null && !cpr.isBlank();
		if (byCase == byCitizen) {
			throw new InvalidInputException("caseNumber", "Angiv enten et sagsnummer eller et CPR-nummer.");
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "Angiv begrundelsen for den særlige beskyttelse.");
		}
		if (readers.isEmpty()) {
			throw new InvalidInputException("readers", "Angiv mindst én bruger, der må se det beskyttede.");
		}
		for (String reader : readers) {
			if (organisation.staffByUsername(reader).isEmpty()) {
				throw new InvalidInputException("readers", "Brugeren '" + reader + "' findes ikke.");
			}
		}
		if (byCase) {
			protectCase(caseId, reason.strip(), readers, changedBy);
		}
		else {
			Citizen citizen = citizens.findByCpr(Cpr.parse(cpr, "cpr"))
				.orElseThrow(() -> new NotFoundException("Der er ingen borger med dette CPR-nummer."));
			protectCitizen(citizen.id(), reason.strip(), readers, changedBy);
		}
	}

	/** A user's scope; never set by the user themselves. */
	public void setScope(String username, Scope scope, String changedBy) {
		requireAnotherPerson(username, changedBy);
		jdbc.sql("""
				INSERT INTO access.user_scope (username, scope) VALUES (?, ?)
				ON CONFLICT (username) DO UPDATE SET scope = EXCLUDED.scope""")
			.params(username, scope.name())
			.update();
		record(changedBy, username, "scope sat til " + scope);
	}

	/** Gives a user the case whatever their scope, e.g. a supervision lawyer for a round. */
	public void assignCase(String username, long caseId, String reason, String changedBy) {
		jdbc.sql("INSERT INTO access.case_assignment (username, case_id, reason) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
			.params(username, caseId, reason)
			.update();
		record(changedBy, username, "tildelt sag " + caseId + ": " + reason);
	}

	/** Lets the reviewers of an oversight body read one document. */
	public void disclose(String body, String documentNumber, long caseId, String changedBy) {
		jdbc.sql("INSERT INTO access.document_disclosure (body, document_number, case_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
			.params(body, documentNumber, caseId)
			.update();
		record(changedBy, body, "dokument " + documentNumber + " udleveret");
	}

	/** Only the named users may read the case, whatever their scope. */
	public void protectCase(long caseId, String reason, Collection<String> readers, String changedBy) {
		protect("case_id", caseId, reason, readers, changedBy);
	}

	/** Only the named users may read the citizen's cases, whatever their scope. */
	public void protectCitizen(long citizenId, String reason, Collection<String> readers, String changedBy) {
		protect("citizen_id", citizenId, reason, readers, changedBy);
	}

	private void protect(String column, long id, String reason, Collection<String> readers, String changedBy) {
		long protection = jdbc.sql("INSERT INTO access.protection (" + column + ", reason, created_by) VALUES (?, ?, ?) RETURNING id")
			.params(id, reason, changedBy)
			.query(Long.class)
			.single();
		for (String reader : readers) {
			jdbc.sql("INSERT INTO access.protection_reader (protection_id, username) VALUES (?, ?)")
				.params(protection, reader)
				.update();
		}
		record(changedBy, column + " " + id, "særlig beskyttelse: " + reason + "; kan læses af " + String.join(", ", readers));
	}

	/** A document disclosed to an oversight body. */
	public record Disclosed(String documentNumber, java.time.Instant disclosedAt) {
	}

	@Transactional(readOnly = true)
	public java.util.List<Disclosed> disclosedTo(String body) {
		return jdbc.sql("SELECT document_number, disclosed_at FROM access.document_disclosure WHERE body = ? ORDER BY disclosed_at DESC")
			.param(body)
			.query((rs, n) -> new Disclosed(rs.getString("document_number"), rs.getTimestamp("disclosed_at").toInstant()))
			.list();
	}

	/** A recorded change of permissions. */
	public record PermissionChange(java.time.Instant changedAt, String changedBy, String subject, String change) {
	}

	@Transactional(readOnly = true)
	public java.util.List<PermissionChange> recentChanges(int limit) {
		return jdbc.sql("SELECT changed_at, changed_by, subject, change FROM access.permission_change ORDER BY id DESC LIMIT ?")
			.param(limit)
			.query((rs, n) -> new PermissionChange(rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"),
					rs.getString("subject"), rs.getString("change")))
			.list();
	}

	/** Scopes set for users, by username; users not listed have their role's default. */
	@Transactional(readOnly = true)
	public java.util.Map<String, Scope> scopes() {
		java.util.Map<String, Scope> scopes = new java.util.HashMap<>();
		jdbc.sql("SELECT username, scope FROM access.user_scope")
			.query(rs -> {
				scopes.put(rs.getString("username"), Scope.valueOf(rs.getString("scope")));
			});
		return scopes;
	}

	/**
	 * Nobody widens their own access: an administrator could otherwise make themselves centre leader and read every
	 * case of the centre with no second person knowing. Another administrator makes the change, and it is logged.
	 */
	private static void requireAnotherPerson(String username, String changedBy) {
		if (username != null && username.equalsIgnoreCase(changedBy)) {
			throw new AccessDeniedException("Du kan ikke ændre din egen rolle eller adgang. Bed en anden administrator om det.");
		}
	}

	private void record(String changedBy, String subject, String change) {
		jdbc.sql("INSERT INTO access.permission_change (changed_by, subject, change) VALUES (?, ?, ?)")
			.params(changedBy, subject, change)
			.update();
	}
}
