package dk.sagsvagt.decisions.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.sagsvagt.decisions.DecisionDraft;
import dk.sagsvagt.decisions.DecisionStatus;
import dk.sagsvagt.decisions.DecisionType;
import dk.sagsvagt.decisions.DeliveryChannel;
import dk.sagsvagt.decisions.Gate;
import dk.sagsvagt.decisions.GateState;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The decisions' tables. A sent decision is frozen by triggers; this class never tries to change one. */
@Component
public class DecisionStore {

	private static final String CONTENT = """
			type = :type, measure = :measure, legal_basis = :legalBasis, facts = :facts, assessment = :assessment,
			reasons = :reasons, effective_date = :effectiveDate, urgent = :urgent, hearing_sent_on = :hearingSentOn,
			hearing_response_due_on = :hearingResponseDueOn, hearing_answered_on = :hearingAnsweredOn,
			child_conversation_on = :childConversationOn, child_conversation_summary = :childConversationSummary,
			child_plan_document = :childPlanDocument, consent_on = :consentOn, consent_by = :consentBy,
			young_person_heard_on = :youngPersonHeardOn, housing_wish = :housingWish, offer_given = :offerGiven,
			offer_given_price = :offerGivenPrice, offer_wished = :offerWished, offer_wished_price = :offerWishedPrice,
			in_target_group = :inTargetGroup, significantly_more_expensive = :significantlyMoreExpensive,
			housing_reasons = :housingReasons, updated_at = :now""";

	private final JdbcClient jdbc;

	DecisionStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A decision row as stored, with the recipients. */
	public record Row(long id, long caseId, String caseNumber, DecisionStatus status, DecisionDraft content, String createdBy,
			Instant createdAt, LocalDate legalBasisFrom, LocalDate decidedOn, Instant sentAt, String sentBy,
			DeliveryChannel channel, LocalDate receivedOn, LocalDate complaintDeadline, String letterDocumentNumber) {

		public boolean sent() {
			return status.isSent();
		}
	}

	public long insert(long caseId, String caseNumber, DecisionDraft d, String user, Instant now) {
		return insert(caseId, caseNumber, d, user, now, false);
	}

	/** {@code imported}: taken over as sent from an earlier system, so unmet gates may be recorded as they were. */
	public long insert(long caseId, String caseNumber, DecisionDraft d, String user, Instant now, boolean imported) {
		long id = jdbc.sql("INSERT INTO decisions.decision (case_id, case_number, status, type, measure, imported, created_by, "
				+ "created_at, updated_at) VALUES (?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?) RETURNING id")
			.params(caseId, caseNumber, d.type().name(), d.measure(), imported, user, Timestamp.from(now), Timestamp.from(now))
			.query(Long.class)
			.single();
		update(id, d, now);
		return id;
	}

	public void update(long id, DecisionDraft d, Instant now) {
		jdbc.sql("UPDATE decisions.decision SET " + CONTENT + " WHERE id = :id AND status = 'DRAFT'")
			.params(params(d, now))
			.param("id", id)
			.update();
	}

	private static Map<String, Object> params(DecisionDraft d, Instant now) {
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("type", d.type().name());
		p.put("measure", d.measure());
		p.put("legalBasis", d.legalBasis());
		p.put("facts", d.facts());
		p.put("assessment", d.assessment());
		p.put("reasons", d.reasons());
		p.put("effectiveDate", d.effectiveDate());
		p.put("urgent", Boolean.TRUE.equals(d.urgent()));
		p.put("hearingSentOn", d.hearingSentOn());
		p.put("hearingResponseDueOn", d.hearingResponseDueOn());
		p.put("hearingAnsweredOn", d.hearingAnsweredOn());
		p.put("childConversationOn", d.childConversationOn());
		p.put("childConversationSummary", d.childConversationSummary());
		p.put("childPlanDocument", d.childPlanDocument());
		p.put("consentOn", d.consentOn());
		p.put("consentBy", d.consentBy());
		p.put("youngPersonHeardOn", d.youngPersonHeardOn());
		p.put("housingWish", Boolean.TRUE.equals(d.housingWish()));
		p.put("offerGiven", d.offerGiven());
		p.put("offerGivenPrice", d.offerGivenPrice());
		p.put("offerWished", d.offerWished());
		p.put("offerWishedPrice", d.offerWishedPrice());
		p.put("inTargetGroup", d.inTargetGroup());
		p.put("significantlyMoreExpensive", d.significantlyMoreExpensive());
		p.put("housingReasons", d.housingReasons());
		p.put("now", Timestamp.from(now));
		return p;
	}

	public void recipients(long id, List<Long> citizenIds) {
		jdbc.sql("DELETE FROM decisions.recipient WHERE decision_id = ?").param(id).update();
		for (Long citizen : citizenIds) {
			jdbc.sql("INSERT INTO decisions.recipient (decision_id, citizen_id) VALUES (?, ?)").params(id, citizen).update();
		}
	}

	public List<Long> recipients(long id) {
		return jdbc.sql("SELECT citizen_id FROM decisions.recipient WHERE decision_id = ? ORDER BY citizen_id")
			.param(id)
			.query(Long.class)
			.list();
	}

	public Optional<Row> find(long id) {
		return jdbc.sql("SELECT * FROM decisions.decision WHERE id = ?").param(id).query(this::row).optional();
	}

	/** Locks the decision against a concurrent send or change until the transaction ends. */
	public Row lock(long id) {
		return jdbc.sql("SELECT * FROM decisions.decision WHERE id = ? FOR UPDATE").param(id).query(this::row).single();
	}

	public List<Row> ofCase(long caseId) {
		return jdbc.sql("SELECT * FROM decisions.decision WHERE case_id = ? ORDER BY id DESC").param(caseId).query(this::row).list();
	}

	public Map<String, String> exemptions(long id) {
		Map<String, String> out = new LinkedHashMap<>();
		jdbc.sql("SELECT gate_code, reason FROM decisions.exemption WHERE decision_id = ? ORDER BY recorded_at")
			.param(id)
			.query((rs, n) -> out.put(rs.getString("gate_code"), rs.getString("reason")))
			.list();
		return out;
	}

	public void exempt(long id, String gate, String reason, String user, Instant now) {
		jdbc.sql("""
				INSERT INTO decisions.exemption (decision_id, gate_code, reason, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (decision_id, gate_code) DO UPDATE SET reason = EXCLUDED.reason, recorded_by = EXCLUDED.recorded_by,
				    recorded_at = EXCLUDED.recorded_at""")
			.params(id, gate, reason, user, Timestamp.from(now))
			.update();
	}

	/** The gates as they stood when the decision was sent. */
	public List<Gate> gateStates(long id) {
		return jdbc.sql("""
				SELECT s.gate_code, r.name, s.law, s.state, s.detail, r.exemption_law, e.reason
				FROM decisions.gate_state s
				JOIN decisions.gate_rule r ON r.code = s.gate_code AND r.effective_from = s.gate_effective_from
				LEFT JOIN decisions.exemption e ON e.decision_id = s.decision_id AND e.gate_code = s.gate_code
				WHERE s.decision_id = ? ORDER BY r.sort""")
			.param(id)
			.query((rs, n) -> new Gate(rs.getString("gate_code"), rs.getString("name"), rs.getString("law"),
					GateState.valueOf(rs.getString("state")), rs.getString("detail"), rs.getString("exemption_law"),
					rs.getString("reason")))
			.list();
	}

	public void saveGateState(long id, Gate gate, LocalDate gateEffectiveFrom) {
		jdbc.sql("""
				INSERT INTO decisions.gate_state (decision_id, gate_code, gate_effective_from, law, state, detail)
				VALUES (?, ?, ?, ?, ?, ?)""")
			.params(id, gate.code(), gateEffectiveFrom, gate.law(), gate.state().name(), gate.detail())
			.update();
	}

	public void markSent(long id, LocalDate basisFrom, LocalDate decidedOn, Instant sentAt, String sentBy, DeliveryChannel channel,
			LocalDate receivedOn, LocalDate complaintDeadline, String letterDocumentNumber) {
		jdbc.sql("""
				UPDATE decisions.decision SET status = 'SENT', legal_basis_from = ?, decided_on = ?, sent_at = ?, sent_by = ?,
				    channel = ?, received_on = ?, complaint_deadline = ?, letter_document_number = ?, updated_at = ?
				WHERE id = ? AND status = 'DRAFT'""")
			.params(basisFrom, decidedOn, Timestamp.from(sentAt), sentBy, channel.name(), receivedOn, complaintDeadline,
					letterDocumentNumber, Timestamp.from(sentAt), id)
			.update();
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		long id = rs.getLong("id");
		DecisionDraft content = new DecisionDraft(DecisionType.valueOf(rs.getString("type")), rs.getString("measure"),
				rs.getString("legal_basis"), rs.getString("facts"), rs.getString("assessment"), rs.getString("reasons"),
				date(rs, "effective_date"), rs.getBoolean("urgent"), date(rs, "hearing_sent_on"),
				date(rs, "hearing_response_due_on"), date(rs, "hearing_answered_on"), date(rs, "child_conversation_on"),
				rs.getString("child_conversation_summary"), rs.getString("child_plan_document"), date(rs, "consent_on"),
				rs.getString("consent_by"), date(rs, "young_person_heard_on"), rs.getBoolean("housing_wish"),
				rs.getString("offer_given"), rs.getBigDecimal("offer_given_price"), rs.getString("offer_wished"),
				rs.getBigDecimal("offer_wished_price"), (Boolean) rs.getObject("in_target_group"),
				(Boolean) rs.getObject("significantly_more_expensive"), rs.getString("housing_reasons"), recipients(id));
		Timestamp sent = rs.getTimestamp("sent_at");
		String channel = rs.getString("channel");
		return new Row(id, rs.getLong("case_id"), rs.getString("case_number"), DecisionStatus.valueOf(rs.getString("status")), content,
				rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), date(rs, "legal_basis_from"),
				date(rs, "decided_on"), sent == null ? null : sent.toInstant(), rs.getString("sent_by"),
				channel == null ? null : DeliveryChannel.valueOf(channel), date(rs, "received_on"),
				date(rs, "complaint_deadline"), rs.getString("letter_document_number"));
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, LocalDate.class);
	}
}
