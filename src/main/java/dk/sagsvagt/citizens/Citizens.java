package dk.sagsvagt.citizens;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of citizens known to the administration.
 * Reads are single statements and run without a transaction of their own (a read-only transaction would cost two
 * round trips more), or inside the caller's.
 */
@Service
public class Citizens {

	static final String UNKNOWN_NAME = "Navn ikke oplyst";

	private final JdbcClient jdbc;

	Citizens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<Citizen> findByCpr(Cpr cpr) {
		return jdbc.sql("SELECT id, cpr, name FROM citizens.citizen WHERE cpr = ?")
			.param(cpr.digits())
			.query(Citizens::citizen)
			.optional();
	}

	public Citizen get(long id) {
		return jdbc.sql("SELECT id, cpr, name FROM citizens.citizen WHERE id = ?")
			.param(id)
			.query(Citizens::citizen)
			.optional()
			.orElseThrow(() -> new NotFoundException("Borgeren findes ikke."));
	}

	public List<Citizen> get(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT id, cpr, name FROM citizens.citizen WHERE id = ANY(?) ORDER BY name COLLATE \"da-DK-x-icu\"")
			.param(ids.toArray(Long[]::new))
			.query(Citizens::citizen)
			.list();
	}

	/**
	 * The citizen with this CPR number, registered now if unknown. A name given for a known citizen is ignored:
	 * the register (in production the CPR service) is the source of names.
	 */
	@Transactional
	public Citizen findOrRegister(Cpr cpr, String name) {
		String cleanName = name == null || name.isBlank() ? UNKNOWN_NAME : name.strip();
		if (cleanName.length() > 200) {
			throw new InvalidInputException("citizenName", "Navnet må højst have 200 tegn.");
		}
		jdbc.sql("""
				INSERT INTO citizens.citizen (cpr, birth_date, name) VALUES (?, ?, ?)
				ON CONFLICT (cpr) DO NOTHING""")
			.params(cpr.digits(), cpr.birthDate(), cleanName)
			.update();
		return findByCpr(cpr).orElseThrow();
	}

	/**
	 * As {@link #findOrRegister}, for a person at the keyboard: a citizen not yet known needs the name typed (issue 18:
	 * until the CPR lookup arrives, no citizen is saved as "Navn ikke oplyst" by mistake). {@code field} names the input.
	 */
	public Citizen findOrRegisterNamed(Cpr cpr, String name, String field) {
		Optional<Citizen> known = findByCpr(cpr);
		if (known.isPresent()) {
			return known.get();
		}
		if (name == null || name.isBlank()) {
			throw new InvalidInputException(field, "Skriv borgerens navn: der findes endnu ingen borger med dette CPR-nummer.");
		}
		return findOrRegister(cpr, name);
	}

	/** Registers many new citizens at once; returns their ids in the order given. */
	@Transactional
	public List<Long> registerAll(List<Cpr> cprs, List<String> names) {
		if (cprs.size() != names.size()) {
			throw new IllegalArgumentException("one name per CPR number");
		}
		java.util.Map<String, Long> ids = new java.util.HashMap<>();
		jdbc.sql("""
				INSERT INTO citizens.citizen (cpr, birth_date, name)
				SELECT * FROM unnest(?::text[], ?::date[], ?::text[])
				RETURNING id, cpr""")
			.params(cprs.stream().map(Cpr::digits).toArray(String[]::new),
					cprs.stream().map(c -> java.sql.Date.valueOf(c.birthDate())).toArray(java.sql.Date[]::new),
					names.toArray(String[]::new))
			.query(rs -> {
				ids.put(rs.getString("cpr"), rs.getLong("id"));
			});
		return cprs.stream().map(c -> ids.get(c.digits())).toList();
	}

	/** Records many custodial relations at once: {@code childIds[i]} is in the custody of {@code parentIds[i]}. */
	@Transactional
	public void recordCustodyAll(Long[] childIds, Long[] parentIds) {
		jdbc.sql("""
				INSERT INTO citizens.custody (child_id, parent_id)
				SELECT * FROM unnest(?::bigint[], ?::bigint[]) ON CONFLICT DO NOTHING""")
			.params(childIds, parentIds)
			.update();
	}

	public List<Citizen> custodialParents(long childId) {
		return jdbc.sql("""
				SELECT c.id, c.cpr, c.name FROM citizens.custody k JOIN citizens.citizen c ON c.id = k.parent_id
				WHERE k.child_id = ? ORDER BY c.name COLLATE "da-DK-x-icu"
				""")
			.param(childId)
			.query(Citizens::citizen)
			.list();
	}

	private static Citizen citizen(ResultSet rs, int row) throws SQLException {
		return new Citizen(rs.getLong("id"), Cpr.parse(rs.getString("cpr")), rs.getString("name"));
	}
}
