package dk.sagsvagt.access;

import java.util.Collection;
import java.util.List;

import dk.sagsvagt.access.internal.Grants;

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

	private final Grants grants;

	AccessGrants(JdbcClient jdbc, Organisation organisation, Citizens citizens, PasswordEncoder passwords, Grants grants) {
		this.jdbc = jdbc;
		this.grants = grants;
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

	/** Gives a user the case of their own work whatever their scope, e.g. an oversight request's case. */
	public void assignCase(String username, long caseId, String reason, String changedBy) {
		jdbc.sql("INSERT INTO access.case_assignment (username, case_id, reason, kind) VALUES (?, ?, ?, 'WORK') ON CONFLICT DO NOTHING")
			.params(username, caseId, reason)
			.update();
		record(changedBy, username, "tildelt sag " + caseId + ": " + reason);
	}

	/**
	 * Gives a member of staff a case through an oversight request: its own case, or (with {@code roundId}) the own case
	 * of the round it concerns. The grant belongs to its request ({@code requestId}) and ends with it. What the grant
	 * allows is the access policy's; the grant is recorded.
	 */
	public void grantForRequest(RequestGrant kind, long requestId, String username, long caseId, Long roundId, String reason,
			String changedBy) {
		int added = jdbc.sql("""
				INSERT INTO access.case_assignment (username, case_id, reason, kind, round_id, request_id) VALUES (?, ?, ?, ?, ?, ?)
				ON CONFLICT DO NOTHING""")
			.params(username, caseId, reason, kind.name(), roundId, requestId)
			.update();
		if (added > 0) {
			record(changedBy, username, (kind == RequestGrant.REQUEST_WORK ? "læse- og journaliseringsadgang" : "læseadgang")
					+ " til sag " + caseId + ": " + reason);
		}
	}

	/**
	 * Ends the request's current grants of the kind: for one user and one case when given, else all of them (the
	 * request is answered). Another request's grant on the same case stays.
	 */
	public void endForRequest(RequestGrant kind, long requestId, String username, Long caseId, String changedBy) {
		List<String> ended = jdbc.sql("""
				UPDATE access.case_assignment SET ended_at = greatest(now(), granted_at)
				WHERE kind = ? AND request_id = ? AND ended_at IS NULL AND (CAST(? AS text) IS NULL OR username = ?)
				  AND (CAST(? AS bigint) IS NULL OR case_id = ?)
				RETURNING username || ' sag ' || case_id""")
			.params(kind.name(), requestId, username, username, caseId, caseId)
			.query(String.class)
			.list();
		if (!ended.isEmpty()) {
			record(changedBy, "anmodning " + requestId, "adgang (" + kind + ") ophørt: " + String.join(", ", ended));
		}
	}

	/** Lets a user read a case for a supervision round, until the grant is ended. */
	public void grantForRound(RoundGrant kind, long roundId, String username, long caseId, String reason, String changedBy) {
		int added = jdbc.sql("""
				INSERT INTO access.case_assignment (username, case_id, reason, kind, round_id) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT DO NOTHING""")
			.params(username, caseId, reason, kind.name(), roundId)
			.update();
		if (added > 0) {
			record(changedBy, username, "læseadgang (" + kind + ", tilsyn " + roundId + ") til sag " + caseId + ": " + reason);
		}
	}

	/** Ends a round's current grants of the kind: for one case and one user when given, else for all. */
	public void endForRound(RoundGrant kind, long roundId, Long caseId, String username, String changedBy) {
		List<String> ended = jdbc.sql("""
				UPDATE access.case_assignment SET ended_at = greatest(now(), granted_at)
				WHERE kind = ? AND round_id = ? AND ended_at IS NULL AND (CAST(? AS bigint) IS NULL OR case_id = ?)
				  AND (CAST(? AS text) IS NULL OR username = ?)
				RETURNING username || ' sag ' || case_id""")
			.params(kind.name(), roundId, caseId, caseId, username, username)
			.query(String.class)
			.list();
		if (!ended.isEmpty()) {
			record(changedBy, "tilsyn " + roundId, "læseadgang (" + kind + ") ophørt: " + String.join(", ", ended));
		}
	}

	/** The protected cases and citizens the user is not named on. */
	public record Protected(java.util.Set<Long> caseIds, java.util.Set<Long> citizenIds) {
	}

	@Transactional(readOnly = true)
	public Protected protectedFrom(String username) {
		return new Protected(java.util.Set.of(grants.blockedCases(username)), java.util.Set.of(grants.blockedCitizens(username)));
	}

	/** Lets the reviewers of an oversight body read one document. */
	public void disclose(String body, String documentNumber, long caseId, String changedBy) {
		jdbc.sql("INSERT INTO access.document_disclosure (body, document_number, case_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
			.params(body, documentNumber, caseId)
			.update();
		record(changedBy, body, "dokument " + documentNumber + " udleveret");
	}

	/**
	 * Lets a specially protected case go to an oversight body in a referral or an answer bundle (and its reviewers
	 * read what was given); without this the case's documents stay out of every bundle.
	 */
	public void grantToBody(String body, long caseId, String reason, String changedBy) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "Angiv hvorfor myndigheden må få den beskyttede sag.");
		}
		jdbc.sql("INSERT INTO access.body_grant (body, case_id, reason, granted_by) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
			.params(body, caseId, reason.strip(), changedBy)
			.update();
		record(changedBy, body, "særligt beskyttet sag " + caseId + " må udleveres: " + reason.strip());
	}

	/**
	 * Records whose data a bundle holds, so each download of it is logged with the citizens, special protection on
	 * any of the cases or citizens applies to it, and only those who may read every case in it read it.
	 */
	public void recordBundle(String documentNumber, Collection<CaseFacts> contents) {
		List<CaseFacts> distinct = contents.stream().collect(java.util.stream.Collectors.toMap(CaseFacts::caseId, f -> f, (a, b) -> a))
			.values().stream().sorted(java.util.Comparator.comparingLong(CaseFacts::caseId)).toList();
		int added = jdbc.sql("INSERT INTO access.bundle_content (document_number, case_ids, citizen_ids) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
			.params(documentNumber, distinct.stream().map(CaseFacts::caseId).toArray(Long[]::new),
					distinct.stream().flatMap(f -> f.citizenIds().stream()).distinct().sorted().toArray(Long[]::new))
			.update();
		for (CaseFacts f : added == 0 ? List.<CaseFacts>of() : distinct) {
			jdbc.sql("INSERT INTO access.bundle_case (document_number, case_id, unit_id, caseworker_id) VALUES (?, ?, ?, ?)")
				.params(documentNumber, f.caseId(), f.unitId(), f.caseworkerId())
				.update();
		}
	}

	/**
	 * The cases a bundle holds (empty for a document that is no bundle), with their current citizens: a bundle given on
	 * to an oversight body carries them, so their special protection decides whether it may go.
	 */
	@Transactional(readOnly = true)
	public List<CaseFacts> bundledCases(String documentNumber) {
		return jdbc.sql("""
				SELECT b.case_id, c.case_number, c.unit_id, c.caseworker_id,
				       ARRAY(SELECT DISTINCT cp.citizen_id FROM cases.case_party cp WHERE cp.case_id = b.case_id) AS citizens
				FROM access.bundle_case b JOIN cases.case_file c ON c.id = b.case_id
				WHERE b.document_number = ? ORDER BY b.case_id""")
			.param(documentNumber)
			.query((rs, n) -> new CaseFacts(rs.getLong(1), rs.getString(2), rs.getLong(3), (Long) rs.getObject(4),
					List.of((Long[]) rs.getArray(5).getArray())))
			.list();
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

	/** A document disclosed to an oversight body, with the citizens of its case (for the access log). */
	public record Disclosed(String documentNumber, java.time.Instant disclosedAt, java.util.List<Long> citizenIds) {
	}

	/**
	 * The documents disclosed to the reviewer's body, except those on a specially protected case the body has not
	 * been granted and the reviewer is not named for.
	 */
	@Transactional(readOnly = true)
	public java.util.List<Disclosed> disclosedTo(String body, String reviewer) {
		return jdbc.sql("""
				SELECT d.document_number, d.disclosed_at,
				       ARRAY(SELECT cp.citizen_id FROM cases.case_party cp WHERE cp.case_id = d.case_id) AS citizens
				FROM access.document_disclosure d
				WHERE d.body = ?
				  AND (EXISTS (SELECT 1 FROM access.body_grant g WHERE g.body = d.body AND g.case_id = d.case_id)
				       OR NOT EXISTS (SELECT 1 FROM access.protection p
				                      WHERE (p.case_id = d.case_id
				                             OR p.citizen_id IN (SELECT cp.citizen_id FROM cases.case_party cp WHERE cp.case_id = d.case_id))
				                        AND NOT EXISTS (SELECT 1 FROM access.protection_reader r WHERE r.protection_id = p.id AND r.username = ?)))
				ORDER BY d.disclosed_at DESC""")
			.params(body, reviewer)
			.query((rs, n) -> new Disclosed(rs.getString("document_number"), rs.getTimestamp("disclosed_at").toInstant(),
					java.util.List.of((Long[]) rs.getArray("citizens").getArray())))
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

	/** The recorded changes about one user (the subject), newest first. */
	@Transactional(readOnly = true)
	public java.util.List<PermissionChange> changesAbout(String username, int limit) {
		return jdbc.sql("SELECT changed_at, changed_by, subject, change FROM access.permission_change WHERE subject = ? ORDER BY id DESC LIMIT ?")
			.params(username, limit)
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
