package dk.sagsvagt.oversight.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import dk.sagsvagt.oversight.InformationRequest;
import dk.sagsvagt.oversight.RequestItem;

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
					rs.getString("status"), rs.getString("reason"), jdbc.sql("SELECT document_number FROM oversight.item_document WHERE item_id = ? ORDER BY document_number")
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
