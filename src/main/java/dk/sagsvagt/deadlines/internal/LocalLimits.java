package dk.sagsvagt.deadlines.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.deadlines.DeadlineUnit;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.WorkingDayCalendar;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The municipality's own limits for duties the law states without a deadline ({@link DeadlineUnit#LOCAL_LIMIT}: the
 * conversation after a notification of abuse, barnets lov § 137, stk. 3; the notice to a professional notifier,
 * § 138). Barnets lov § 136 requires a procedure that follows up every notification in time; the limit is that
 * procedure's, set by the municipality. A limit is a decision with its reason, kept; a change is a new version from
 * today or later, so a deadline already running keeps the date it was given.
 */
@Service
public class LocalLimits {

	/** Longest limit accepted, as for the published processing-time limits: 520 of a unit. */
	static final int MAX_AMOUNT = 520;

	/** A limit from a date, with why it was set and when. */
	public record LocalLimit(String ruleCode, String ruleName, String law, LocalDate effectiveFrom, DeadlineUnit unit, int amount,
			String reason, Instant decidedAt) {

		/** "5 hverdage", "4 uger", "3 måneder". */
		public String danish() {
			return unit.danish(amount);
		}
	}

	/** A rule whose length the municipality sets, for a form to choose from. */
	public record LocalRule(String code, String name, String law) {
	}

	private static final String COLUMNS = """
			l.rule_code, r.name, r.law, l.effective_from, l.unit, l.amount, l.reason, l.decided_at
			FROM deadlines.local_limit l
			JOIN LATERAL (SELECT name, law FROM deadlines.rule WHERE code = l.rule_code ORDER BY effective_from DESC LIMIT 1) r ON true
			""";

	private final JdbcClient jdbc;

	private final Clock clock;

	LocalLimits(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The limit for the rule in force on the day, if the municipality has set one from that day or earlier. */
	public Optional<LocalLimit> inForce(String ruleCode, LocalDate day) {
		return jdbc.sql("SELECT " + COLUMNS + "WHERE l.rule_code = ? AND l.effective_from <= ? ORDER BY l.effective_from DESC LIMIT 1")
			.params(ruleCode, day)
			.query(LocalLimits::limit)
			.optional();
	}

	/** For each rule with a local limit: the one in force today, and any decided from a later date; by rule name. */
	public List<LocalLimit> current() {
		return jdbc.sql("SELECT " + COLUMNS + """
				WHERE l.effective_from >= coalesce((SELECT max(o.effective_from) FROM deadlines.local_limit o
				                                    WHERE o.rule_code = l.rule_code AND o.effective_from <= ?), '-infinity')
				ORDER BY r.name, l.effective_from""")
			.param(today())
			.query(LocalLimits::limit)
			.list();
	}

	/** The rules whose length the municipality sets, newest wording of each. */
	public List<LocalRule> rules() {
		return jdbc.sql("""
				SELECT DISTINCT ON (code) code, name, law FROM deadlines.rule WHERE unit = 'LOCAL_LIMIT'
				ORDER BY code, effective_from DESC""")
			.query((rs, n) -> new LocalRule(rs.getString("code"), rs.getString("name"), rs.getString("law")))
			.list()
			.stream()
			.sorted(java.util.Comparator.comparing(LocalRule::name, java.text.Collator.getInstance(java.util.Locale.forLanguageTag("da"))))
			.toList();
	}

	/**
	 * Sets the rule's limit from {@code from} (today or later), with the reason. Deadlines already started keep
	 * their dates; those started from {@code from} on use the new limit.
	 */
	public void decide(String ruleCode, DeadlineUnit unit, Integer amount, LocalDate from, String reason, CurrentUser user) {
		if (ruleCode == null || rules().stream().noneMatch(r -> r.code().equals(ruleCode))) {
			throw new InvalidInputException("ruleCode", "Vælg en af pligterne på listen.");
		}
		if (unit != DeadlineUnit.WORKING_DAYS && unit != DeadlineUnit.WEEKS && unit != DeadlineUnit.MONTHS) {
			throw new InvalidInputException("unit", "Fristen angives i hverdage, uger eller måneder.");
		}
		if (amount == null || amount < 1 || amount > MAX_AMOUNT) {
			throw new InvalidInputException("amount", "Fristens længde skal være et helt tal fra 1 til " + MAX_AMOUNT + ".");
		}
		if (from == null) {
			throw new InvalidInputException("effectiveFrom", "Angiv hvornår fristen gælder fra.");
		}
		WorkingDayCalendar.requireSupported(from, "effectiveFrom");
		if (from.isBefore(today())) {
			throw new InvalidInputException("effectiveFrom", "En ny frist kan gælde fra i dag eller senere; frister, der allerede løber, beholder deres dato.");
		}
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "Begrund fristen, fx med henvisning til kommunens procedure for behandling af underretninger.");
		}
		if (reason.length() > 2000) {
			throw new InvalidInputException("reason", "Begrundelsen må højst være 2.000 tegn.");
		}
		try {
			jdbc.sql("""
					INSERT INTO deadlines.local_limit (rule_code, effective_from, unit, amount, reason, decided_by, decided_at)
					VALUES (?, ?, ?, ?, ?, ?, ?)""")
				.params(ruleCode, from, unit.name(), amount, reason.strip(), user.username(), Timestamp.from(Instant.now(clock)))
				.update();
		}
		catch (DuplicateKeyException e) {
			throw new InvalidInputException("effectiveFrom", "Der er allerede fastsat en frist for pligten fra den dato.");
		}
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(WorkingDayCalendar.COPENHAGEN));
	}

	private static LocalLimit limit(ResultSet rs, int row) throws SQLException {
		return new LocalLimit(rs.getString("rule_code"), rs.getString("name"), rs.getString("law"),
				rs.getObject("effective_from", LocalDate.class), DeadlineUnit.valueOf(rs.getString("unit")), rs.getInt("amount"),
				rs.getString("reason"), rs.getTimestamp("decided_at").toInstant());
	}
}
