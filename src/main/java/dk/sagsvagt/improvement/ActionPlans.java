package dk.sagsvagt.improvement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.deadlines.CaseDeadlines;
import dk.sagsvagt.deadlines.DeadlineOwnerChanged;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Staff;
import dk.sagsvagt.shared.ConflictException;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.NotFoundException;
import dk.sagsvagt.shared.WorkingDayCalendar;

import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Action plans for leaders: a plan in its own case, recommendations with their source and evidence, and actions whose
 * due dates stand on the owners' worklists (ACTION_PLAN_ACTION) until they are done with a note.
 */
@Service
public class ActionPlans {

	static final Set<String> SOURCES = Set.of("OMBUDSMAN", "APPEALS_BOARD", "SUPERVISION_ROUND", "TASK_FORCE", "OTHER");

	private final JdbcClient jdbc;

	private final Cases cases;

	private final CaseDeadlines deadlines;

	private final Organisation organisation;

	private final PlanEvidence evidence;

	private final AccessPolicy access;

	private final TransactionTemplate transaction;

	private final Clock clock;

	ActionPlans(JdbcClient jdbc, Cases cases, CaseDeadlines deadlines, Organisation organisation, PlanEvidence evidence, AccessPolicy access,
			TransactionTemplate transaction, Clock clock) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.deadlines = deadlines;
		this.organisation = organisation;
		this.evidence = evidence;
		this.access = access;
		this.transaction = transaction;
		this.clock = clock;
	}

	public ActionPlan create(String title, LocalDate adoptedOn, CurrentUser user) {
		access.require(user, Action.LEAD, "handleplan");
		String name = title == null ? "" : title.strip();
		if (name.length() < 3 || name.length() > 300) {
			throw new InvalidInputException("title", "Skriv handleplanens titel (3-300 tegn).");
		}
		if (adoptedOn == null || adoptedOn.isAfter(today())) {
			throw new InvalidInputException("adoptedOn", "Angiv datoen, planen blev vedtaget; den kan ikke ligge i fremtiden.");
		}
		long id = transaction.execute(status -> {
			CaseFile own = cases.registerOwnWork("ACTION_PLAN", "Handleplan: " + name, user.unitId(), user.staffId(), user.username());
			return jdbc.sql("""
					INSERT INTO improvement.action_plan (case_id, case_number, title, adopted_on, created_by, created_at)
					VALUES (?, ?, ?, ?, ?, ?) RETURNING id""")
				.params(own.id(), own.caseNumber(), name, adoptedOn, user.username(), Timestamp.from(Instant.now(clock)))
				.query(Long.class)
				.single();
		});
		return get(id, user);
	}

	public List<ActionPlan> all(CurrentUser user) {
		access.require(user, Action.LEAD, "handleplaner");
		PlanEvidence.Measurer measurer = evidence.measurer(user);
		return jdbc.sql("SELECT id FROM improvement.action_plan ORDER BY adopted_on DESC, id DESC").query(Long.class).list().stream()
			.map(id -> get(id, measurer)).toList();
	}

	public ActionPlan get(long id, CurrentUser user) {
		access.require(user, Action.LEAD, "handleplan");
		return get(id, evidence.measurer(user));
	}

	private ActionPlan get(long id, PlanEvidence.Measurer measurer) {
		return jdbc.sql("SELECT * FROM improvement.action_plan WHERE id = ?").param(id)
			.query((rs, n) -> new ActionPlan(rs.getLong("id"), rs.getString("case_number"), rs.getString("title"),
					rs.getObject("adopted_on", LocalDate.class), recommendations(rs.getLong("id"), measurer)))
			.optional()
			.orElseThrow(() -> new NotFoundException("Handleplanen findes ikke."));
	}

	/** Actions done and in all, across the plans (the dashboard's figure; no measuring). */
	public record Progress(long done, long total) {
	}

	/**
	 * The actions owned by staff of the units (a dashboard's level: its unit, its centre's units), or of the whole
	 * administration when {@code unitIds} is null.
	 */
	public Progress progress(CurrentUser user, Collection<Long> unitIds) {
		access.require(user, Action.LEAD, "handleplaner");
		// staff who have left still own what they did
		Long[] owners = unitIds == null ? null
				: organisation.allStaff().stream().filter(s -> s.unitId() != null && unitIds.contains(s.unitId())).map(Staff::id)
					.toArray(Long[]::new);
		return jdbc.sql("""
				SELECT count(*) FILTER (WHERE status = 'DONE'), count(*) FROM improvement.action
				WHERE CAST(? AS bigint[]) IS NULL OR owner_id = ANY(?)""")
			.params(owners, owners)
			.query((rs, n) -> new Progress(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	/** A recommendation, measured by a supervision question's code or a deadline rule's code (or neither). */
	public ActionPlan addRecommendation(long planId, String text, String source, String sourceReference, Long referralId, Long roundId,
			String evidenceQuestion, String evidenceRule, CurrentUser user) {
		ActionPlan plan = get(planId, user);
		String body = text == null ? "" : text.strip();
		if (body.length() < 5 || body.length() > 5000) {
			throw new InvalidInputException("text", "Skriv anbefalingen (5-5000 tegn).");
		}
		if (source == null || !SOURCES.contains(source)) {
			throw new InvalidInputException("source", "Angiv hvor anbefalingen kommer fra.");
		}
		String question = blank(evidenceQuestion);
		String rule = blank(evidenceRule);
		if (question != null && rule != null) {
			throw new InvalidInputException("evidenceRule", "Vælg enten et spørgsmål fra tilsynet eller en frist som måling, ikke begge.");
		}
		if (question != null && !evidence.knowsQuestion(question) || rule != null && !evidence.knowsRule(rule)) {
			throw new InvalidInputException(question != null ? "evidenceQuestion" : "evidenceRule", "Målingen findes ikke i kataloget.");
		}
		try {
			jdbc.sql("""
					INSERT INTO improvement.recommendation (plan_id, position, text, source, source_reference, referral_id, round_id,
					    evidence_question, evidence_rule, created_by, created_at)
					VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM improvement.recommendation WHERE plan_id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(planId, planId, body, source, blank(sourceReference), referralId, roundId, question, rule, user.username(),
						Timestamp.from(Instant.now(clock)))
				.update();
		}
		catch (DataIntegrityViolationException e) {
			throw new InvalidInputException(referralId != null ? "referralId" : "roundId", "Henvisningen eller tilsynet findes ikke.");
		}
		return get(plan.id(), user);
	}

	/** An action with its owner and due date; the date stands on the owner's worklist. */
	public ActionPlan addAction(long recommendationId, String text, String owner, LocalDate dueOn, CurrentUser user) {
		access.require(user, Action.LEAD, "handling");
		long planId = jdbc.sql("SELECT plan_id FROM improvement.recommendation WHERE id = ?").param(recommendationId).query(Long.class).optional()
			.orElseThrow(() -> new NotFoundException("Anbefalingen findes ikke."));
		String body = text == null ? "" : text.strip();
		if (body.length() < 5 || body.length() > 5000) {
			throw new InvalidInputException("text", "Beskriv handlingen (5-5000 tegn).");
		}
		Staff staff = organisation.staffByUsername(owner == null ? "" : owner.strip()).filter(s -> s.active() && !s.role().isExternal())
			.orElseThrow(() -> new InvalidInputException("owner", "Vælg en aktiv medarbejder som ansvarlig."));
		if (dueOn == null || dueOn.isBefore(today())) {
			throw new InvalidInputException("dueOn", "Angiv en frist, der ikke ligger før i dag.");
		}
		transaction.executeWithoutResult(status -> {
			CaseFile own = cases.ownWork(caseNumberOf(planId));
			long deadline = deadlines.recordWithDueDate(own, "ACTION_ASSIGNED", Instant.now(clock), dueOn, staff.id(), user.username());
			jdbc.sql("""
					INSERT INTO improvement.action (recommendation_id, text, owner_id, due_on, deadline_id, status, created_by, created_at)
					VALUES (?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
				.params(recommendationId, body, staff.id(), dueOn, deadline, user.username(), Timestamp.from(Instant.now(clock)))
				.update();
		});
		return get(planId, user);
	}

	/** The owner or a leader records that the action is done; its deadline is met. */
	public void complete(long actionId, String note, CurrentUser user) {
		if (user.role().isExternal()) {
			access.require(user, Action.REQUEST, "handleplaner er for forvaltningens ansatte");
		}
		record Open(long ownerId, long deadlineId, String status) {
		}
		Open a = jdbc.sql("SELECT owner_id, deadline_id, status FROM improvement.action WHERE id = ?")
			.param(actionId)
			.query((rs, n) -> new Open(rs.getLong(1), rs.getLong(2), rs.getString(3)))
			.optional()
			.orElseThrow(() -> new NotFoundException("Handlingen findes ikke."));
		if (a.ownerId() != user.staffId()) {
			access.require(user, Action.LEAD, "handling");
		}
		if (a.status().equals("DONE")) {
			throw new ConflictException("Handlingen er allerede gennemført.");
		}
		String text = note == null ? "" : note.strip();
		if (text.length() < 5) {
			throw new InvalidInputException("note", "Skriv kort, hvad der er gjort.");
		}
		Instant now = Instant.now(clock);
		transaction.executeWithoutResult(status -> {
			jdbc.sql("UPDATE improvement.action SET status = 'DONE', done_note = ?, done_at = ?, done_by = ? WHERE id = ? AND status = 'OPEN'")
				.params(text, Timestamp.from(now), user.username(), actionId)
				.update();
			deadlines.meetOne(a.deadlineId(), "ACTION_DONE", now, user.username());
		});
	}

	/** The supervision questions a recommendation can be measured by. */
	public List<ActionPlan.MeasureOption> questionMeasures() {
		return evidence.questions();
	}

	/** The deadline rules a recommendation can be measured by. */
	public List<ActionPlan.MeasureOption> ruleMeasures() {
		return evidence.rules();
	}

	/**
	 * An action's deadline handed to a colleague (a handover): the colleague owns the action. Synchronous, in the
	 * handover's own transaction (not the event publication registry), so a deadline and its action never have
	 * different owners.
	 */
	@EventListener
	void ownerChanged(DeadlineOwnerChanged e) {
		jdbc.sql("UPDATE improvement.action SET owner_id = ? WHERE deadline_id = ? AND status = 'OPEN'").params(e.toStaffId(), e.deadlineId()).update();
	}

	private List<ActionPlan.Recommendation> recommendations(long planId, PlanEvidence.Measurer measurer) {
		return jdbc.sql("SELECT * FROM improvement.recommendation WHERE plan_id = ? ORDER BY position").param(planId)
			.query((rs, n) -> recommendation(rs, measurer))
			.list();
	}

	private ActionPlan.Recommendation recommendation(ResultSet rs, PlanEvidence.Measurer measurer) throws SQLException {
		long id = rs.getLong("id");
		String question = rs.getString("evidence_question");
		String rule = rs.getString("evidence_rule");
		List<ActionPlan.Action> actions = jdbc.sql("SELECT * FROM improvement.action WHERE recommendation_id = ? ORDER BY due_on, id").param(id)
			.query((a, n) -> new ActionPlan.Action(a.getLong("id"), a.getString("text"), a.getLong("owner_id"),
					organisation.staff(a.getLong("owner_id")).fullName(), a.getObject("due_on", LocalDate.class), a.getString("status"),
					a.getString("done_note"), a.getTimestamp("done_at") == null ? null : a.getTimestamp("done_at").toInstant()))
			.list();
		return new ActionPlan.Recommendation(id, rs.getInt("position"), rs.getString("text"), rs.getString("source"),
				rs.getString("source_reference"), rs.getObject("referral_id", Long.class), rs.getObject("round_id", Long.class), question, rule,
				actions, measurer.measure(question, rule));
	}

	private String caseNumberOf(long planId) {
		return jdbc.sql("SELECT case_number FROM improvement.action_plan WHERE id = ?").param(planId).query(String.class).single();
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(WorkingDayCalendar.COPENHAGEN));
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
