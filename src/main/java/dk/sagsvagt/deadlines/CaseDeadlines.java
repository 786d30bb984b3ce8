package dk.sagsvagt.deadlines;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.CaseOpened;
import dk.sagsvagt.cases.CaseLists;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.deadlines.internal.ProcessingTimeLimits;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.WorkingDayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deadlines on cases: an event (a notification received, an assessment finished, …) starts the deadlines of the
 * rules it triggers, by the rule versions in force on its date, and meets the open deadlines it answers, on time or
 * late. Recording the same event again changes nothing.
 */
@Service
public class CaseDeadlines {

	static final String COLUMNS = """
			d.id, d.case_id, d.case_number, d.rule_code, d.variant, r.name, r.law, d.started_at, d.due_date, d.due_at, d.status, d.met_at, d.delay_letter_at, d.citizen_side, r.unit,
			d.suspended_since, d.breached_at,
			(SELECT c.reason FROM deadlines.deadline_change c WHERE c.deadline_id = d.id AND c.kind = 'SUSPENDED' ORDER BY c.id DESC LIMIT 1)
			    AS suspension_reason
			FROM deadlines.deadline d
			JOIN deadlines.rule r ON r.code = d.rule_code AND r.variant = d.variant AND r.effective_from = d.rule_effective_from
			""";

	private final JdbcClient jdbc;

	private final RuleCatalogue catalogue;

	private final DeadlineCalculator calculator;

	private final Cases cases;

	private final CaseLists lists;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ProcessingTimeLimits limits;

	private final WorkingDayCalendar calendar;

	private final RuleEffects effects;

	CaseDeadlines(JdbcClient jdbc, RuleCatalogue catalogue, DeadlineCalculator calculator, Cases cases, CaseLists lists,
			TransactionTemplate transaction, Clock clock, ProcessingTimeLimits limits, WorkingDayCalendar calendar,
			RuleEffects effects) {
		this.effects = effects;
		this.limits = limits;
		this.calendar = calendar;
		this.jdbc = jdbc;
		this.catalogue = catalogue;
		this.calculator = calculator;
		this.cases = cases;
		this.lists = lists;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Records an event in a case the user may work on ({@code caseFile} opened for editing), as it happens now. */
	public List<CaseDeadline> record(CaseFile caseFile, String event, Instant occurredAt, String variant, CurrentUser user) {
		return record(caseFile, event, occurredAt, variant, null, user);
	}

	/**
	 * Records an event as it happened, which may be before it is registered ({@link dk.sagsvagt.shared.LateRegistration}):
	 * never in the future, not before the case began (its opening, or when what opened it was received), and
	 * registered late only with {@code lateReason}. The deadlines are computed from when it happened; the late
	 * registration stays visible with who and why.
	 */
	public List<CaseDeadline> record(CaseFile caseFile, String event, Instant occurredAt, String variant, String lateReason,
			CurrentUser user) {
		Instant now = Instant.now(clock);
		Instant at = occurredAt == null ? now : occurredAt;
		Instant began = caseBegan(caseFile);
		String late = dk.sagsvagt.shared.LateRegistration.check(at, began, "sagen begyndte (" + dk.sagsvagt.shared.DanishDateTimes.format(began)
				+ ")", lateReason, now, calendar, "occurredAt");
		record(caseFile.id(), caseFile.caseNumber(), caseFile.caseType(), caseFile.unitId(), caseFile.caseworkerId(), event,
				at, variant, user.username(), null, false, late);
		return ofCase(caseFile);
	}

	/** When the case began: its opening, or earlier when what opened it was received before (a notification on Friday). */
	private Instant caseBegan(CaseFile caseFile) {
		Instant opening = jdbc.sql("SELECT min(occurred_at) FROM deadlines.case_event WHERE case_id = ? AND opens_case")
			.param(caseFile.id())
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.orElse(null);
		return opening != null && opening.isBefore(caseFile.openedAt()) ? opening : caseFile.openedAt();
	}

	/**
	 * Records an event another module has established, such as a decision sent or the day its letter counts as
	 * received, which may lie ahead. No access check: the caller has opened the case for editing.
	 */
	public void recordEstablished(CaseFile caseFile, String event, Instant at, String variant, String actor) {
		record(caseFile.id(), caseFile.caseNumber(), caseFile.caseType(), caseFile.unitId(), caseFile.caseworkerId(), event,
				at, variant, actor);
	}

	/**
	 * Records an event that starts a deadline whose date is set for the case (a supervision follow-up, the answer
	 * date an oversight body set), on the worklist of {@code ownerStaffId}. No access check: the caller has checked.
	 */
	public long recordWithDueDate(CaseFile caseFile, String event, Instant at, LocalDate due, Long ownerStaffId, String actor) {
		if (due == null) {
			throw new InvalidInputException("due", "Angiv fristens dato.");
		}
		long eventId = record(caseFile.id(), caseFile.caseNumber(), caseFile.caseType(), caseFile.unitId(), ownerStaffId, event, at, null,
				actor, due);
		return jdbc.sql("SELECT id FROM deadlines.deadline WHERE trigger_event_id = ? ORDER BY id LIMIT 1").param(eventId).query(Long.class)
			.single();
	}

	/**
	 * Meets one deadline by an event, where a case holds several of the same rule (the actions of an action plan); the
	 * others stay open. No access check: the caller owns what the deadline is about.
	 */
	public void meetOne(long deadlineId, String event, Instant at, String actor) {
		transaction.executeWithoutResult(status -> {
			long caseId = jdbc.sql("SELECT case_id FROM deadlines.deadline WHERE id = ?").param(deadlineId).query(Long.class).single();
			long eventId = jdbc.sql("INSERT INTO deadlines.case_event (case_id, event, occurred_at, recorded_by) VALUES (?, ?, ?, ?) RETURNING id")
				.params(caseId, event, Timestamp.from(at), actor)
				.query(Long.class)
				.single();
			jdbc.sql("""
					UPDATE deadlines.deadline SET status = CASE WHEN ? < due_at AND breached_at IS NULL THEN 'MET' ELSE 'MET_LATE' END, met_at = ?, met_by_event_id = ?
					WHERE id = ? AND status = 'OPEN'""")
				.params(Timestamp.from(at), Timestamp.from(at), eventId, deadlineId)
				.update();
		});
	}

	/** Records an event as it happened in the past (demo data, migrations); no access check. */
	public void recordHistoric(long caseId, String caseNumber, String caseType, long unitId, Long caseworkerId,
			String event, Instant at, String actor) {
		record(caseId, caseNumber, caseType, unitId, caseworkerId, event, at, null, actor);
	}

	/** As {@link #recordHistoric(long, String, String, long, Long, String, Instant, String)}, for one variant. */
	public void recordHistoric(long caseId, String caseNumber, String caseType, long unitId, Long caseworkerId,
			String event, Instant at, String variant, String actor) {
		record(caseId, caseNumber, caseType, unitId, caseworkerId, event, at, variant, actor);
	}

	/**
	 * Starts the deadlines that opening a case of its type starts ({@code event}, from the catalogue's
	 * {@code case_type_start}), from when what opened it was received. Once per case: a second delivery of the same
	 * opening starts nothing (a unique index on the opening event).
	 */
	public void startOnOpening(CaseOpened opened, String event) {
		record(opened.caseId(), opened.caseNumber(), opened.caseType(), opened.unitId(), opened.caseworkerId(), event,
				opened.receivedAt(), null, opened.openedBy(), null, true);
	}

	private void record(long caseId, String caseNumber, String caseType, long unitId, Long caseworkerId, String event,
			Instant at, String variant, String actor) {
		record(caseId, caseNumber, caseType, unitId, caseworkerId, event, at, variant, actor, null);
	}

	private long record(long caseId, String caseNumber, String caseType, long unitId, Long caseworkerId, String event,
			Instant at, String variant, String actor, LocalDate setDue) {
		return record(caseId, caseNumber, caseType, unitId, caseworkerId, event, at, variant, actor, setDue, false);
	}

	private long record(long caseId, String caseNumber, String caseType, long unitId, Long caseworkerId, String event,
			Instant at, String variant, String actor, LocalDate setDue, boolean opening) {
		return record(caseId, caseNumber, caseType, unitId, caseworkerId, event, at, variant, actor, setDue, opening, null);
	}

	/** Returns the event's id, or 0 when {@code opening} and the case's opening was already recorded. */
	private long record(long caseId, String caseNumber, String caseType, long unitId, Long caseworkerId, String event,
			Instant at, String variant, String actor, LocalDate setDue, boolean opening, String lateReason) {
		if (event == null || !event.matches("[A-Z_]+") || !knownEvent(event)) {
			throw new InvalidInputException("event", "Hændelsen '" + event + "' kender fristkataloget ikke.");
		}
		ZonedDateTime start = at.atZone(WorkingDayCalendar.COPENHAGEN);
		List<DeadlineRule> triggered = catalogue.startedBy(event, start.toLocalDate());
		// without a variant: the rule's DEFAULT, or its only variant started by this event
		List<DeadlineRule> started = triggered.stream()
			.filter(r -> variant == null || variant.isBlank()
					? r.variant().equals("DEFAULT") || triggered.stream().filter(o -> o.code().equals(r.code())).count() == 1
					: r.variant().equals(variant))
			.toList();
		return transaction.execute(status -> {
			Long inserted = jdbc.sql("""
					INSERT INTO deadlines.case_event (case_id, event, occurred_at, variant, recorded_by, opens_case, late_reason, recorded_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_id) WHERE opens_case DO NOTHING RETURNING id""")
				.params(caseId, event, Timestamp.from(at), variant, actor, opening, lateReason, Timestamp.from(Instant.now(clock)))
				.query(Long.class)
				.optional()
				.orElse(null);
			if (inserted == null) {
				return 0L;
			}
			long eventId = inserted;
			jdbc.sql("""
					UPDATE deadlines.deadline d SET status = CASE WHEN ? < d.due_at AND d.breached_at IS NULL THEN 'MET' ELSE 'MET_LATE' END,
					       met_at = ?, met_by_event_id = ?
					WHERE d.case_id = ? AND d.status = 'OPEN'
					  AND d.rule_code IN (SELECT code FROM deadlines.rule WHERE met_by_event = ?)""")
				.params(Timestamp.from(at), Timestamp.from(at), eventId, caseId, event)
				.update();
			effects.apply(caseId, event, at, actor);
			for (DeadlineRule rule : started) {
				ZonedDateTime end = rule.unit() == DeadlineUnit.PUBLISHED_LIMIT ? publishedEnd(caseType, start)
						: rule.unit() == DeadlineUnit.SET_PER_CASE && setDue != null
								? setDue.plusDays(1).atStartOfDay(WorkingDayCalendar.COPENHAGEN)
								: calculator.endOf(rule, start);
				if (end == null) {
					continue;
				}
				LocalDate dueDate = rule.unit() == DeadlineUnit.HOURS ? end.toLocalDate() : end.toLocalDate().minusDays(1);
				jdbc.sql("""
						INSERT INTO deadlines.deadline (case_id, case_number, case_type, unit_id, caseworker_id, rule_code, variant,
						    rule_effective_from, trigger_event_id, started_at, due_date, due_at, status, citizen_side)
						VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN', ?) ON CONFLICT DO NOTHING""")
					.params(caseId, caseNumber, caseType, unitId, caseworkerId, rule.code(), rule.variant(), rule.effectiveFrom(), eventId,
							Timestamp.from(at), dueDate, Timestamp.from(end.toInstant()), rule.citizenSide())
					.update();
			}
			cases.recordEvent(caseId, at, "DEADLINE_EVENT", "Fristhændelse: " + DeadlineEvents.name(event)
					+ (lateReason == null ? "" : " (registreret for sent den " + dk.sagsvagt.shared.DanishDates.longDate(Instant.now(clock))
							+ ": " + lateReason + ")"), actor);
			return eventId;
		});
	}

	/** The end of the published processing-time limit for the case type, or null when none is published. */
	private ZonedDateTime publishedEnd(String caseType, ZonedDateTime start) {
		return limits.forCaseType(caseType, start.toLocalDate()).map(limit -> {
			LocalDate day = start.toLocalDate();
			LocalDate due = switch (limit.unit()) {
				case WORKING_DAYS -> calendar.plusWorkingDays(day, limit.amount());
				case WEEKS -> day.plusWeeks(limit.amount());
				default -> WorkingDayCalendar.plusMonths(day, limit.amount());
			};
			return due.plusDays(1).atStartOfDay(WorkingDayCalendar.COPENHAGEN);
		}).orElse(null);
	}

	private boolean knownEvent(String event) {
		return jdbc.sql("SELECT EXISTS (SELECT 1 FROM deadlines.rule WHERE trigger_event = ? OR met_by_event = ?)")
			.params(event, event)
			.query(Boolean.class)
			.single();
	}

	/** The case's deadlines, soonest first; the case must already be opened through the access policy. */
	public List<CaseDeadline> ofCase(CaseFile caseFile) {
		return jdbc.sql("SELECT " + COLUMNS + "WHERE d.case_id = ? ORDER BY d.status <> 'OPEN', d.due_at")
			.param(caseFile.id())
			.query(CaseDeadlines::deadline)
			.list();
	}

	/**
	 * The newest deadline of one rule for each of the cases (e.g. the reply date of each inquiry on a list); the cases
	 * must already be visible to the user.
	 */
	public Map<Long, CaseDeadline> newestOf(Collection<Long> caseIds, String ruleCode) {
		if (caseIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql("SELECT DISTINCT ON (d.case_id) " + COLUMNS + "WHERE d.case_id = ANY(?) AND d.rule_code = ? ORDER BY d.case_id, d.id DESC")
			.params(caseIds.toArray(Long[]::new), ruleCode)
			.query(CaseDeadlines::deadline)
			.list()
			.stream()
			.collect(Collectors.toMap(CaseDeadline::caseId, d -> d));
	}

	/** "Mine frister": the open deadlines on the user's cases, soonest first. */
	public List<CaseDeadline> mine(CurrentUser user, int limit) {
		return visible(jdbc.sql("SELECT " + COLUMNS + "WHERE d.caseworker_id = ? AND d.status = 'OPEN' AND NOT d.citizen_side ORDER BY d.due_at LIMIT ?")
			.params(user.staffId(), limit)
			.query(CaseDeadlines::deadline)
			.list(), user, "mine frister");
	}

	/** Those of the deadlines on cases the user may see; the cases are written to the access log as a list. */
	List<CaseDeadline> visible(List<CaseDeadline> deadlines, CurrentUser user, String what) {
		Set<Long> caseIds = lists.visibleAmong(deadlines.stream().map(CaseDeadline::caseId).distinct().toList(), user, what);
		return deadlines.stream().filter(d -> caseIds.contains(d.caseId())).toList();
	}

	static CaseDeadline deadline(ResultSet rs, int row) throws SQLException {
		Timestamp met = rs.getTimestamp("met_at");
		Timestamp letter = rs.getTimestamp("delay_letter_at");
		Timestamp suspended = rs.getTimestamp("suspended_since");
		Timestamp breached = rs.getTimestamp("breached_at");
		String status = rs.getString("status");
		return new CaseDeadline(rs.getLong("id"), rs.getLong("case_id"), rs.getString("case_number"), rs.getString("rule_code"),
				rs.getString("variant"), rs.getString("name"), rs.getString("law"), rs.getTimestamp("started_at").toInstant(),
				rs.getObject("due_date", LocalDate.class), rs.getTimestamp("due_at").toInstant(),
				status.equals("OPEN") && suspended != null ? CaseDeadline.SUSPENDED : status,
				met == null ? null : met.toInstant(), letter == null ? null : letter.toInstant(), rs.getBoolean("citizen_side"),
				"HOURS".equals(rs.getString("unit")), suspended == null ? null : suspended.toInstant(),
				suspended == null ? null : rs.getString("suspension_reason"), breached == null ? null : breached.toInstant());
	}
}
