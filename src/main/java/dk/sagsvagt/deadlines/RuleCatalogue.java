package dk.sagsvagt.deadlines;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import dk.sagsvagt.shared.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The catalogue of deadline rules, every version of each; a case uses the version in force on its trigger date. */
@Service
public class RuleCatalogue {

	private final JdbcClient jdbc;

	RuleCatalogue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<DeadlineRule> all() {
		return jdbc.sql("SELECT * FROM deadlines.rule ORDER BY code, variant, effective_from")
			.query(RuleCatalogue::rule)
			.list();
	}

	/** The rule versions in force on the date that an event of this kind starts. */
	public List<DeadlineRule> startedBy(String event, LocalDate date) {
		return jdbc.sql("SELECT * FROM deadlines.rule WHERE trigger_event = ? ORDER BY code, variant")
			.param(event)
			.query(RuleCatalogue::rule)
			.list()
			.stream()
			.filter(r -> r.inForceOn(date))
			.toList();
	}

	/** The events that start or meet a rule counted in hours: their hour matters, so a form asks for date and time. */
	public java.util.Set<String> hourEvents() {
		return java.util.Set.copyOf(jdbc.sql("""
				SELECT trigger_event FROM deadlines.rule WHERE unit = 'HOURS'
				UNION SELECT met_by_event FROM deadlines.rule WHERE unit = 'HOURS' AND met_by_event IS NOT NULL""")
			.query(String.class)
			.list());
	}

	/** The event that opening a case of the type is, when the law starts a deadline from it (e.g. NOTIFICATION_RECEIVED). */
	public java.util.Optional<String> openingEvent(String caseType) {
		return jdbc.sql("SELECT trigger_event FROM deadlines.case_type_start WHERE case_type = ?").param(caseType).query(String.class)
			.optional();
	}

	/**
	 * The version of the rule (and variant) in force on the date. Without a variant, the rule's only variant or
	 * its {@code DEFAULT} one.
	 */
	public DeadlineRule inForce(String code, String variant, LocalDate date) {
		List<DeadlineRule> versions = jdbc.sql("SELECT * FROM deadlines.rule WHERE code = ? ORDER BY variant, effective_from")
			.param(code == null ? "" : code)
			.query(RuleCatalogue::rule)
			.list();
		if (versions.isEmpty()) {
			throw new InvalidInputException("rule", "Fristreglen '" + code + "' findes ikke.");
		}
		List<DeadlineRule> onDate = versions.stream().filter(r -> r.inForceOn(date)).toList();
		if (onDate.isEmpty()) {
			DeadlineRule first = versions.stream().min(java.util.Comparator.comparing(DeadlineRule::effectiveFrom)).orElseThrow();
			throw new InvalidInputException("start", first.name() + " (" + first.law() + ") gælder for frister, der begynder den "
					+ dk.sagsvagt.shared.DanishDates.longDate(first.effectiveFrom()) + " eller senere"
					+ (first.source() == null ? "" : " (" + first.source() + ")") + ". Der er ingen regel for en start den "
					+ dk.sagsvagt.shared.DanishDates.longDate(date) + ".");
		}
		if (variant != null && !variant.isBlank()) {
			return onDate.stream()
				.filter(r -> r.variant().equals(variant))
				.findFirst()
				.orElseThrow(() -> new InvalidInputException("variant", "Fristreglen '" + code + "' har ikke varianten '"
						+ variant + "' den " + date + ". Mulige: " + variants(onDate) + "."));
		}
		if (onDate.size() == 1) {
			return onDate.get(0);
		}
		return onDate.stream()
			.filter(r -> r.variant().equals("DEFAULT"))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("variant",
					"Fristreglen '" + code + "' afhænger af foranstaltningen. Vælg en variant: " + variants(onDate) + "."));
	}

	private static String variants(List<DeadlineRule> rules) {
		return String.join(", ", rules.stream().map(DeadlineRule::variant).toList());
	}

	private static DeadlineRule rule(ResultSet rs, int row) throws SQLException {
		return new DeadlineRule(rs.getString("code"), rs.getString("variant"), rs.getObject("effective_from", LocalDate.class),
				rs.getObject("effective_to", LocalDate.class), rs.getString("name"), rs.getString("variant_name"),
				rs.getString("law"), rs.getString("trigger_event"), DeadlineUnit.valueOf(rs.getString("unit")),
				rs.getObject("amount", Integer.class), rs.getBoolean("moves_to_working_day"), rs.getBoolean("suspendable"),
				rs.getBoolean("extendable"), rs.getString("explanation"), rs.getString("met_by_event"),
				rs.getString("party").equals("CITIZEN"), rs.getString("source"));
	}
}
