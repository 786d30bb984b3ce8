package dk.sagsvagt.supervision.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.supervision.Addendum;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The addenda of concluded rounds (append-only in the database). */
@Component
public class AddendumStore {

	private final JdbcClient jdbc;

	private final Organisation organisation;

	AddendumStore(JdbcClient jdbc, Organisation organisation) {
		this.jdbc = jdbc;
		this.organisation = organisation;
	}

	public List<Addendum> of(long roundId) {
		return jdbc.sql("""
				SELECT seq, case_number, text, document_number, created_by, created_at FROM supervision.addendum
				WHERE round_id = ? ORDER BY seq""")
			.param(roundId)
			.query((rs, n) -> new Addendum(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
					organisation.displayName(rs.getString(5)),
					rs.getTimestamp(6).toInstant()))
			.list();
	}

	/** The next addendum's number; call with the round locked. */
	public int nextSeq(long roundId) {
		return jdbc.sql("SELECT coalesce(max(seq), 0) + 1 FROM supervision.addendum WHERE round_id = ?")
			.param(roundId)
			.query(Integer.class)
			.single();
	}

	public void insert(long roundId, Addendum a) {
		jdbc.sql("""
				INSERT INTO supervision.addendum (round_id, seq, case_number, text, document_number, created_by, created_at)
				VALUES (?, ?, ?, ?, ?, ?, ?)""")
			.params(roundId, a.seq(), a.caseNumber(), a.text(), a.documentNumber(), a.createdBy(), Timestamp.from(a.createdAt()))
			.update();
	}
}
