package dk.sagsvagt.demo;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import dk.sagsvagt.shared.WorkingDayCalendar;

/** The deadlines of the load data and the events that start and meet them, planned per case from the rule catalogue. */
final class LoadDeadlines {

	private static final List<String> RULES = List.of("NOTIFICATION_ASSESSMENT", "NOTIFIER_RECEIPT", "CHILD_ASSESSMENT", "FOLLOW_UP",
			"RECONSIDERATION", "INQUIRY_REPLY", "ACCESS_REQUEST");

	private record Rule(String code, String variant, LocalDate from, LocalDate to, String unit, int amount, String trigger, String metBy) {
	}

	private final LoadTables t;

	LoadDeadlines(LoadTables t) {
		this.t = t;
	}

	/** A planned deadline of a case; the events that start and meet it get their ids in plan order. */
	private record Planned(Rule rule, Instant start, Instant due, String status, Instant met) {
	}

	/** The case's deadlines, from a random source of the case's own, so the two passes below plan the same. */
	private List<Planned> plan(int k, Map<String, List<Rule>> rules, double mean) {
		SplittableRandom r = new SplittableRandom(t.size.seed() * 1_000_003L + k);
		int n = (int) Math.floor(mean * 2 * r.nextDouble() + 0.5);
		List<Planned> out = new ArrayList<>(n);
		for (int d = 0; d < n; d++) {
			String code = RULES.get(r.nextInt(RULES.size()));
			Instant start = t.opened[k].plusSeconds(d * 86_400L * 14);
			Rule rule = version(rules.get(code), LocalDate.ofInstant(start, WorkingDayCalendar.COPENHAGEN));
			if (rule == null || start.isAfter(t.now)) {
				continue;
			}
			Instant due = start.plus(length(rule));
			String status = "OPEN";
			Instant met = null;
			if (t.closed[k] != null || due.isBefore(t.now) && r.nextInt(10) < 7) {
				boolean late = r.nextInt(10) == 0;
				met = late ? due.plusSeconds(86_400L * (1 + r.nextInt(20))) : start.plus(Duration.between(start, due).multipliedBy(3).dividedBy(4));
				if (met.isAfter(t.now)) {
					met = t.now.minusSeconds(60);
				}
				status = met.isBefore(due) ? "MET" : "MET_LATE";
			}
			out.add(new Planned(rule, start, due, status, met));
		}
		return out;
	}

	/** The events first (a deadline refers to them), then the deadlines, each in one COPY. */
	long write() throws SQLException {
		Map<String, List<Rule>> rules = rules();
		double mean = (double) t.size.deadlines() / t.caseNumber.length;
		long firstEvent = t.nextId("deadlines.case_event");
		t.withExplicitIds("deadlines.case_event", () -> {
			long event = firstEvent;
			long planned = 0;
			try (CopyWriter events = new CopyWriter(t.c, "deadlines.case_event", "id, case_id, event, occurred_at, recorded_by")) {
				for (int k = 0; k < t.caseNumber.length && planned < t.size.deadlines(); k++) {
					for (Planned p : plan(k, rules, mean)) {
						events.value(event++).value(t.firstCaseId + k).value(p.rule().trigger()).value(p.start()).value("load").end();
						if (p.met() != null) {
							events.value(event++).value(t.firstCaseId + k).value(p.rule().metBy()).value(p.met()).value("load").end();
						}
						planned++;
					}
				}
				return events.rows();
			}
		});
		long event = firstEvent;
		long written = 0;
		try (CopyWriter deadlines = new CopyWriter(t.c, "deadlines.deadline", "case_id, case_number, case_type, unit_id, caseworker_id, rule_code, "
				+ "variant, rule_effective_from, trigger_event_id, started_at, due_date, due_at, status, met_at, met_by_event_id, citizen_side")) {
			for (int k = 0; k < t.caseNumber.length && written < t.size.deadlines(); k++) {
				for (Planned p : plan(k, rules, mean)) {
					long trigger = event++;
					Long metBy = p.met() == null ? null : event++;
					deadlines.value(t.firstCaseId + k).value(t.caseNumber[k]).value(t.caseType[k]).value(t.shape.unitIds[t.caseUnit[k]]).value(t.caseworker[k])
						.value(p.rule().code()).value(p.rule().variant()).value(p.rule().from()).value(trigger).value(p.start())
						.value(LocalDate.ofInstant(p.due().minusSeconds(1), WorkingDayCalendar.COPENHAGEN)).value(p.due()).value(p.status()).value(p.met())
						.value(metBy).value(false).end();
					written++;
				}
				t.progress("deadlines", written, t.size.deadlines());
			}
		}
		return written;
	}

	private static Duration length(Rule rule) {
		return switch (rule.unit()) {
			case "HOURS" -> Duration.ofHours(rule.amount());
			case "WORKING_DAYS" -> Duration.ofDays(rule.amount() * 7L / 5 + 1);
			case "WEEKS" -> Duration.ofDays(rule.amount() * 7L);
			default -> Duration.ofDays(rule.amount() * 30L);
		};
	}

	private static Rule version(List<Rule> versions, LocalDate day) {
		if (versions == null) {
			return null;
		}
		for (Rule r : versions) {
			if (!day.isBefore(r.from()) && (r.to() == null || day.isBefore(r.to()))) {
				return r;
			}
		}
		return null;
	}

	private Map<String, List<Rule>> rules() throws SQLException {
		Map<String, List<Rule>> out = new HashMap<>();
		try (Statement s = t.c.createStatement(); ResultSet rs = s.executeQuery("""
				SELECT code, variant, effective_from, effective_to, unit, amount, trigger_event, met_by_event FROM deadlines.rule
				WHERE variant IN ('DEFAULT', 'FIRST') AND unit IN ('HOURS', 'WORKING_DAYS', 'WEEKS', 'MONTHS') AND amount IS NOT NULL""")) {
			while (rs.next()) {
				out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Rule(rs.getString(1), rs.getString(2),
						rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getString(5), rs.getInt(6), rs.getString(7),
						rs.getString(8)));
			}
		}
		return out;
	}
}
