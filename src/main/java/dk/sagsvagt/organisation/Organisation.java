package dk.sagsvagt.organisation;

import java.util.List;
import java.util.Optional;

import dk.sagsvagt.shared.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administration, its centres, units and staff.
 * Reads are single statements and run without a transaction of their own (a read-only transaction would cost two
 * round trips more), or inside the caller's.
 */
@Service
public class Organisation {

	private static final String STAFF = "SELECT id, username, full_name, role, unit_id, team_id, active FROM organisation.staff ";

	private static final String UNIT = """
			SELECT u.id, u.centre_id, u.name, c.name AS centre_name
			FROM organisation.unit u JOIN organisation.centre c ON c.id = u.centre_id
			""";

	private final JdbcClient jdbc;

	Organisation(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean isEmpty() {
		return jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM organisation.administration)").query(Boolean.class).single();
	}

	public Optional<Staff> staffByUsername(String username) {
		return jdbc.sql(STAFF + "WHERE username = ?").param(username).query(Organisation::staff).optional();
	}

	/** What a text a person reads says for someone no longer (or never) in the staff register: never a username. */
	public static final String FORMER_STAFF = "tidligere medarbejder";

	/** The member of staff's full name for a text a person reads, or {@link #FORMER_STAFF} for an unknown username. */
	public String displayName(String username) {
		return username == null ? "" : staffByUsername(username).map(Staff::fullName).orElse(FORMER_STAFF);
	}

	/**
	 * {@link #displayName} for each of the usernames, in one query: for a page that names many actors (a case's
	 * timeline). The system's own user is "Sagsvagt".
	 */
	public java.util.Map<String, String> displayNames(java.util.Collection<String> usernames) {
		java.util.Map<String, String> names = new java.util.HashMap<>();
		java.util.List<String> asked = usernames.stream().filter(java.util.Objects::nonNull).distinct().toList();
		if (asked.isEmpty()) {
			return names;
		}
		jdbc.sql("SELECT username, full_name FROM organisation.staff WHERE username = ANY(?)")
			.param(asked.toArray(String[]::new))
			.query(rs -> {
				names.put(rs.getString(1), rs.getString(2));
			});
		for (String username : asked) {
			names.putIfAbsent(username, SYSTEM_USER.equals(username) ? "Sagsvagt" : FORMER_STAFF);
		}
		return names;
	}

	/** The user name the application's own jobs act under. */
	public static final String SYSTEM_USER = "system";

	public Staff staff(long id) {
		return jdbc.sql(STAFF + "WHERE id = ?")
			.param(id)
			.query(Organisation::staff)
			.optional()
			.orElseThrow(() -> new NotFoundException("Medarbejderen findes ikke."));
	}

	public List<Staff> staffInUnit(long unitId) {
		return jdbc.sql(STAFF + "WHERE unit_id = ? AND active ORDER BY full_name COLLATE \"da-DK-x-icu\"")
			.param(unitId)
			.query(Organisation::staff)
			.list();
	}

	/** Everyone, ordered by name. */
	public List<Staff> allStaff() {
		return jdbc.sql(STAFF + "ORDER BY full_name COLLATE \"da-DK-x-icu\"").query(Organisation::staff).list();
	}

	/**
	 * One page of the staff whose name, username or unit contains {@code query} (case-insensitive; empty: everyone), by
	 * name. A page past the last shows the last.
	 */
	public dk.sagsvagt.shared.PageOf<Staff> searchStaff(String query, int page, int size) {
		String q = query == null ? "" : query.strip();
		String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		String where = " FROM organisation.staff s LEFT JOIN organisation.unit u ON u.id = s.unit_id "
				+ "WHERE (? = '' OR s.full_name ILIKE ? OR s.username ILIKE ? OR u.name ILIKE ?) ";
		long total = jdbc.sql("SELECT count(*)" + where).params(q, like, like, like).query(Long.class).single();
		int last = (int) Math.max(0, (total - 1) / size);
		int shown = Math.min(Math.max(page, 0), last);
		List<Staff> staff = jdbc.sql("SELECT s.id, s.username, s.full_name, s.role, s.unit_id, s.team_id, s.active" + where
				+ "ORDER BY s.full_name COLLATE \"da-DK-x-icu\", s.id LIMIT ? OFFSET ?")
			.params(q, like, like, like, size, (long) shown * size)
			.query(Organisation::staff)
			.list();
		return new dk.sagsvagt.shared.PageOf<>(staff, shown, size, total);
	}

	public Unit unit(long id) {
		return jdbc.sql(UNIT + "WHERE u.id = ?")
			.param(id)
			.query(Organisation::unit)
			.optional()
			.orElseThrow(() -> new NotFoundException("Enheden findes ikke."));
	}

	public List<Unit> units() {
		return jdbc.sql(UNIT + "ORDER BY c.name COLLATE \"da-DK-x-icu\", u.name COLLATE \"da-DK-x-icu\"")
			.query(Organisation::unit)
			.list();
	}

	@Transactional
	public long createAdministration(String name) {
		return insert("INSERT INTO organisation.administration (name) VALUES (?) RETURNING id", name);
	}

	@Transactional
	public long createCentre(long administrationId, String name) {
		return insert("INSERT INTO organisation.centre (administration_id, name) VALUES (?, ?) RETURNING id",
				administrationId, name);
	}

	@Transactional
	public long createUnit(long centreId, String name) {
		return insert("INSERT INTO organisation.unit (centre_id, name) VALUES (?, ?) RETURNING id", centreId, name);
	}

	@Transactional
	public long createStaff(String username, String fullName, StaffRole role, Long unitId) {
		return insert("INSERT INTO organisation.staff (username, full_name, role, unit_id) VALUES (?, ?, ?, ?) RETURNING id",
				username, fullName, role.name(), unitId);
	}

	/** A citizen centre, for choosing where a new unit belongs. */
	public record Centre(long id, String name) {
	}

	public List<Centre> centres() {
		return jdbc.sql("SELECT id, name FROM organisation.centre ORDER BY name COLLATE \"da-DK-x-icu\"")
			.query((rs, n) -> new Centre(rs.getLong("id"), rs.getString("name")))
			.list();
	}

	/** Finds a unit by its name, for single sign-on whose claims name the unit. */
	public java.util.Optional<Unit> unitNamed(String name) {
		return jdbc.sql(UNIT + "WHERE u.name = ?").param(name).query(Organisation::unit).optional();
	}

	/** Brings a staff member's name, role and unit up to date, e.g. from the identity provider at log-in. */
	@Transactional
	public void updateStaff(long id, String fullName, StaffRole role, Long unitId) {
		jdbc.sql("UPDATE organisation.staff SET full_name = ?, role = ?, unit_id = ? WHERE id = ?")
			.params(fullName, role.name(), unitId, id)
			.update();
	}

	/**
	 * Marks a staff member as having left; for the module that has checked they hold no open work (the database
	 * refuses it too while they do).
	 */
	@Transactional
	public void deactivate(long id) {
		jdbc.sql("UPDATE organisation.staff SET active = false WHERE id = ?").param(id).update();
	}

	@Transactional
	public long createTeam(long unitId, String name) {
		return insert("INSERT INTO organisation.team (unit_id, name) VALUES (?, ?) RETURNING id", unitId, name);
	}

	@Transactional
	public void assignTeam(long staffId, Long teamId) {
		jdbc.sql("UPDATE organisation.staff SET team_id = ? WHERE id = ?").params(teamId, staffId).update();
	}

	/** Ids of the units in a centre. */
	public List<Long> unitsOfCentre(long centreId) {
		return jdbc.sql("SELECT id FROM organisation.unit WHERE centre_id = ?").param(centreId).query(Long.class).list();
	}

	/** Ids of the units in the same centre as the unit, itself included: one query, for every access decision. */
	public List<Long> unitsInCentreOf(long unitId) {
		return jdbc.sql("SELECT id FROM organisation.unit WHERE centre_id = (SELECT centre_id FROM organisation.unit WHERE id = ?)")
			.param(unitId)
			.query(Long.class)
			.list();
	}

	/** Ids of the staff in a team. */
	public List<Long> membersOfTeam(long teamId) {
		return jdbc.sql("SELECT id FROM organisation.staff WHERE team_id = ?").param(teamId).query(Long.class).list();
	}

	private long insert(String sql, Object... params) {
		return jdbc.sql(sql).params(params).query(Long.class).single();
	}

	private static Staff staff(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Staff(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
				StaffRole.valueOf(rs.getString("role")), rs.getObject("unit_id", Long.class),
				rs.getObject("team_id", Long.class), rs.getBoolean("active"));
	}

	private static Unit unit(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Unit(rs.getLong("id"), rs.getLong("centre_id"), rs.getString("name"), rs.getString("centre_name"));
	}
}
