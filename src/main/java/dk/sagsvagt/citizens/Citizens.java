package dk.sagsvagt.citizens;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.NotFoundException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
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

	private final ObjectProvider<CprRegister> register;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration refreshAfter;

	Citizens(JdbcClient jdbc, ObjectProvider<CprRegister> register, ApplicationEventPublisher events, Clock clock,
			@Value("${sagsvagt.cpr.refresh-after:P7D}") Duration refreshAfter) {
		this.jdbc = jdbc;
		this.register = register;
		this.events = events;
		this.clock = clock;
		this.refreshAfter = refreshAfter;
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
	 * The citizen with this CPR number, registered now if unknown. A new citizen is looked up in CPR (when a register
	 * is configured): its name and details come from there, and a number CPR does not know is refused. When CPR
	 * cannot answer, the citizen is registered with the name given ("Navn ikke oplyst" without one) as not verified,
	 * and looked up again when next used; so is a citizen last checked longer ago than {@code sagsvagt.cpr.refresh-after}.
	 */
	@Transactional
	public Citizen findOrRegister(Cpr cpr, String name) {
		return findOrRegister(cpr, name, "citizenCpr", false);
	}

	/**
	 * As {@link #findOrRegister}, for a person at the keyboard: a citizen CPR cannot name (no register, or it did not
	 * answer) needs the name typed, so that no citizen is saved as "Navn ikke oplyst" by mistake. {@code field} names
	 * the input.
	 */
	@Transactional
	public Citizen findOrRegisterNamed(Cpr cpr, String name, String field) {
		return findOrRegister(cpr, name, field, true);
	}

	private Citizen findOrRegister(Cpr cpr, String name, String field, boolean nameRequired) {
		Optional<Citizen> known = findByCpr(cpr);
		if (known.isPresent()) {
			refreshIfStale(known.get());
			return findByCpr(cpr).orElseThrow();
		}
		Lookup lookup = lookup(cpr);
		if (lookup.notFound()) {
			events.publishEvent(new CprLookedUp(null, "ukendt nummer", false));
			throw new InvalidInputException(field, "CPR-nummeret findes ikke i CPR-registret.");
		}
		String cleanName = lookup.person() != null && lookup.person().name() != null && !lookup.person().name().isBlank()
				? lookup.person().name() : name == null || name.isBlank() ? null : name.strip();
		if (cleanName == null && nameRequired) {
			throw new InvalidInputException(field, (lookup.failure() == null ? "" : lookup.failure() + " ")
					+ "Skriv borgerens navn: der findes endnu ingen borger med dette CPR-nummer.");
		}
		cleanName = cleanName == null ? UNKNOWN_NAME : cleanName;
		if (cleanName.length() > 200) {
			throw new InvalidInputException("citizenName", "Navnet må højst have 200 tegn.");
		}
		jdbc.sql("""
				INSERT INTO citizens.citizen (cpr, birth_date, name) VALUES (?, ?, ?)
				ON CONFLICT (cpr) DO NOTHING""")
			.params(cpr.digits(), cpr.birthDate(), cleanName)
			.update();
		Citizen citizen = findByCpr(cpr).orElseThrow();
		record(citizen, lookup);
		return findByCpr(cpr).orElseThrow();
	}

	/** What CPR said about a number: the person, no such number, or why it could not say (null: no register). */
	private record Lookup(CprPerson person, boolean notFound, String failure, boolean asked) {
	}

	private Lookup lookup(Cpr cpr) {
		CprRegister cprRegister = register.getIfAvailable();
		if (cprRegister == null) {
			return new Lookup(null, false, null, false);
		}
		try {
			Optional<CprPerson> person = cprRegister.lookup(cpr);
			return person.map(p -> new Lookup(p, false, null, true)).orElseGet(() -> new Lookup(null, true, null, true));
		}
		catch (CprUnavailableException e) {
			return new Lookup(null, false, e.getMessage(), true);
		}
	}

	/** Keeps what CPR answered (name and details, checked now); a failed look-up leaves the citizen not verified. */
	private void record(Citizen citizen, Lookup lookup) {
		if (!lookup.asked()) {
			return;
		}
		CprPerson p = lookup.person();
		if (p == null) {
			events.publishEvent(new CprLookedUp(citizen.id(), "ikke besvaret", false));
			return;
		}
		jdbc.sql("""
				UPDATE citizens.citizen SET name = coalesce(?, name), address = ?, cpr_status = ?, address_protected = ?, digital_post = ?,
				       cpr_checked_at = ?
				WHERE id = ?""")
			.params(p.name() == null || p.name().isBlank() ? null : p.name(), p.address(), p.status().code(), p.addressProtected(),
					p.digitalPost(), java.sql.Timestamp.from(Instant.now(clock)), citizen.id())
			.update();
		events.publishEvent(new CprLookedUp(citizen.id(), "fundet", p.addressProtected()));
		custodyFromCpr(citizen.id(), p.custodyHolders());
	}

	/**
	 * A child's custody holders as CPR names them (forældremyndighed), each registered and looked up in turn; a holder
	 * CPR no longer names is no longer one. A child's case then proposes them as parties.
	 */
	private void custodyFromCpr(long childId, List<Cpr> holders) {
		List<Long> parentIds = new java.util.ArrayList<>();
		for (Cpr holder : holders) {
			try {
				parentIds.add(findOrRegister(holder, null, "citizenCpr", false).id());
			}
			catch (InvalidInputException e) {
				// a holder CPR itself does not know: not recorded
			}
		}
		parentIds.remove(childId);
		jdbc.sql("DELETE FROM citizens.custody WHERE child_id = ? AND NOT (parent_id = ANY(?))")
			.params(childId, parentIds.toArray(Long[]::new))
			.update();
		for (long parentId : parentIds) {
			jdbc.sql("INSERT INTO citizens.custody (child_id, parent_id) VALUES (?, ?) ON CONFLICT DO NOTHING").params(childId, parentId).update();
		}
	}

	/** A citizen never verified, or last checked longer ago than the configured age, is looked up again. */
	private void refreshIfStale(Citizen citizen) {
		if (register.getIfAvailable() == null) {
			return;
		}
		Instant checked = jdbc.sql("SELECT cpr_checked_at FROM citizens.citizen WHERE id = ?").param(citizen.id())
			.query(java.sql.Timestamp.class).optional().map(java.sql.Timestamp::toInstant).orElse(null);
		if (checked != null && checked.isAfter(Instant.now(clock).minus(refreshAfter))) {
			return;
		}
		Lookup lookup = lookup(citizen.cpr());
		if (!lookup.notFound()) {
			record(citizen, lookup);
		}
	}

	/** What CPR last said about the citizen. */
	public CprDetails cprDetails(long citizenId) {
		return jdbc.sql("SELECT address, cpr_status, address_protected, digital_post, cpr_checked_at FROM citizens.citizen WHERE id = ?")
			.param(citizenId)
			.query((rs, n) -> new CprDetails(rs.getString("address"),
					rs.getObject("cpr_status") == null ? null : CprStatus.of(rs.getInt("cpr_status")), rs.getBoolean("address_protected"),
					(Boolean) rs.getObject("digital_post"),
					rs.getTimestamp("cpr_checked_at") == null ? null : rs.getTimestamp("cpr_checked_at").toInstant()))
			.optional()
			.orElseThrow(() -> new NotFoundException("Borgeren findes ikke."));
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
