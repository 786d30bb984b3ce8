package dk.sagsvagt.oversight.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dk.sagsvagt.oversight.InformationRequest;
import dk.sagsvagt.oversight.ItemStatus;
import dk.sagsvagt.oversight.RequestItem;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The requests, their items and the documents answering them. */
@Component
public class RequestStore {

	private final JdbcClient jdbc;

	RequestStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<InformationRequest> find(long id) {
		return jdbc.sql("SELECT r.*, b.name AS body_name FROM oversight.request r JOIN oversight.body b ON b.code = r.body WHERE r.id = ?")
			.param(id)
			.query(this::request)
			.optional();
	}

	/** A request as it is registered, before it has an id. */
	public record NewRequest(long caseId, String caseNumber, String body, String bodyReference, java.time.LocalDate receivedOn, String text,
			java.time.LocalDate answerDue, String responsible, Long reminderOf) {
	}

	/** Registers the request, open; returns its id. */
	public long insert(NewRequest r, String createdBy, java.time.Instant at) {
		return jdbc.sql("""
				INSERT INTO oversight.request (case_id, case_number, body, body_reference, received_on, text, answer_due, responsible,
				    reminder_of, status, created_by, created_at)
				VALUES (:caseId, :caseNumber, :body, :bodyReference, :receivedOn, :text, :answerDue, :responsible, :reminderOf, 'OPEN',
				    :createdBy, :createdAt) RETURNING id""")
			.paramSource(new MapSqlParameterSource()
				.addValue("caseId", r.caseId())
				.addValue("caseNumber", r.caseNumber())
				.addValue("body", r.body())
				.addValue("bodyReference", r.bodyReference())
				.addValue("receivedOn", r.receivedOn())
				.addValue("text", r.text())
				.addValue("answerDue", r.answerDue())
				.addValue("responsible", r.responsible())
				.addValue("reminderOf", r.reminderOf())
				.addValue("createdBy", createdBy)
				.addValue("createdAt", java.sql.Timestamp.from(at)))
			.query(Long.class)
			.single();
	}

	/**
	 * Answers an item with the documents that answer it, or, with none, as one the administration cannot answer, for
	 * the reason given; a new answer replaces the documents of the last.
	 */
	public void answerItem(long itemId, java.util.Collection<dk.sagsvagt.journal.Document> documents, String reason, String by, java.time.Instant at) {
		jdbc.sql("DELETE FROM oversight.item_document WHERE item_id = ?").param(itemId).update();
		for (dk.sagsvagt.journal.Document d : documents) {
			jdbc.sql("INSERT INTO oversight.item_document (item_id, document_number, version) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
				.params(itemId, d.documentNumber(), d.version())
				.update();
		}
		jdbc.sql("UPDATE oversight.item SET status = ?, reason = ?, answered_by = ?, answered_at = ? WHERE id = ?")
			.params((documents.isEmpty() ? ItemStatus.CANNOT_ANSWER : ItemStatus.ANSWERED).name(), documents.isEmpty() ? reason : null, by,
					java.sql.Timestamp.from(at),
					itemId)
			.update();
	}

	/** The version of a document that answers an item, as it was chosen. */
	public int answeringVersion(long itemId, String documentNumber) {
		return jdbc.sql("SELECT version FROM oversight.item_document WHERE item_id = ? AND document_number = ?")
			.params(itemId, documentNumber)
			.query(Integer.class)
			.single();
	}

	/** The request answered: by whom, when, with which cover letter and bundle, and why late if it was. */
	public void answered(long id, String by, java.time.Instant at, String coverLetter, String bundle, String lateReason) {
		jdbc.sql("""
				UPDATE oversight.request SET status = 'ANSWERED', answered_by = :by, answered_at = :at, cover_letter_document = :coverLetter,
				    bundle_document = :bundle, answer_late_reason = :lateReason WHERE id = :id AND status = 'OPEN'""")
			.param("by", by)
			.param("at", java.sql.Timestamp.from(at))
			.param("coverLetter", coverLetter)
			.param("bundle", bundle)
			.param("lateReason", lateReason)
			.param("id", id)
			.update();
	}

	/** Records a leader's sign-off of an open request; false when the request is no longer open. */
	public boolean signOff(long id, String by, java.time.Instant at) {
		return jdbc.sql("UPDATE oversight.request SET signed_off_by = ?, signed_off_at = ? WHERE id = ? AND status = 'OPEN'")
			.params(by, java.sql.Timestamp.from(at), id)
			.update() == 1;
	}

	/** Withdraws the sign-off (the answer changed after it); returns who had signed off, if anyone had. */
	public String withdrawSignOff(long id) {
		String signedOffBy = jdbc.sql("SELECT signed_off_by FROM oversight.request WHERE id = ?").param(id)
			.query((rs, n) -> rs.getString(1)).list().stream().filter(java.util.Objects::nonNull).findFirst().orElse(null);
		jdbc.sql("UPDATE oversight.request SET signed_off_by = NULL, signed_off_at = NULL WHERE id = ?").param(id).update();
		return signedOffBy;
	}

	/** Locks the request against a concurrent answer until the transaction ends. */
	public void lock(long id) {
		jdbc.sql("SELECT id FROM oversight.request WHERE id = ? FOR UPDATE").param(id).query(Long.class).single();
	}

	/** All requests, or one body's, newest first. */
	public List<InformationRequest> list(String body) {
		return jdbc.sql("""
				SELECT r.*, b.name AS body_name FROM oversight.request r JOIN oversight.body b ON b.code = r.body
				WHERE CAST(? AS text) IS NULL OR r.body = ? ORDER BY r.received_on DESC, r.id DESC""")
			.params(body, body)
			.query(this::request)
			.list();
	}

	public List<RequestItem> items(long requestId) {
		return jdbc.sql("SELECT * FROM oversight.item WHERE request_id = ? ORDER BY seq")
			.param(requestId)
			.query((rs, n) -> new RequestItem(rs.getLong("id"), rs.getInt("seq"), rs.getString("text"), rs.getString("subject_case_number"),
					ItemStatus.valueOf(rs.getString("status")), rs.getString("reason"), jdbc.sql("SELECT document_number FROM oversight.item_document WHERE item_id = ? ORDER BY document_number")
						.param(rs.getLong("id"))
						.query(String.class)
						.list()))
			.list();
	}

	public void addItem(long requestId, int seq, String text, String subjectCaseNumber) {
		jdbc.sql("INSERT INTO oversight.item (request_id, seq, text, subject_case_number, status) VALUES (?, ?, ?, ?, 'OPEN')")
			.params(requestId, seq, text, subjectCaseNumber)
			.update();
	}

	private InformationRequest request(ResultSet rs, int n) throws SQLException {
		long id = rs.getLong("id");
		return new InformationRequest(id, rs.getString("case_number"), rs.getString("body"), rs.getString("body_name"),
				rs.getString("body_reference"), rs.getObject("received_on", LocalDate.class), rs.getString("text"),
				rs.getObject("answer_due", LocalDate.class), rs.getString("responsible"), rs.getObject("reminder_of", Long.class),
				rs.getString("status"), rs.getString("signed_off_by"), instant(rs, "signed_off_at"), rs.getString("answered_by"),
				instant(rs, "answered_at"), rs.getString("cover_letter_document"), rs.getString("bundle_document"), items(id));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}
}
