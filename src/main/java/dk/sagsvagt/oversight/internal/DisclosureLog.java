package dk.sagsvagt.oversight.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import dk.sagsvagt.access.AccessGrants;
import dk.sagsvagt.journal.Document;
import dk.sagsvagt.oversight.internal.OversightBodies;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes the disclosure log: the document and version, to whom, for which request, when and approved by whom. A body
 * with reviewers in Sagsvagt (Borgerrådgiveren, Ankestyrelsen) may then read the document.
 */
@Component
public class DisclosureLog {

	private final JdbcClient jdbc;

	private final AccessGrants grants;

	private final Clock clock;

	DisclosureLog(JdbcClient jdbc, AccessGrants grants, Clock clock) {
		this.jdbc = jdbc;
		this.grants = grants;
		this.clock = clock;
	}

	/** {@code requestId} or {@code accessRequestId} names what the document was given for (either may be null). */
	public void record(Document document, String body, Long requestId, Long accessRequestId, String approvedBy, String actor) {
		record(document, body, requestId, accessRequestId, null, null, approvedBy, actor);
	}

	/** A disclosure with its reason and the case its sending is journaled in (one on the administration's own initiative). */
	public void record(Document document, String body, Long requestId, Long accessRequestId, String reason, String sendingCaseNumber,
			String approvedBy, String actor) {
		jdbc.sql("""
				INSERT INTO oversight.disclosure (document_number, version, body, request_id, access_request_id, disclosed_at, approved_by,
				    reason, sending_case_number)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(document.documentNumber(), document.version(), body, requestId, accessRequestId, Timestamp.from(Instant.now(clock)),
					approvedBy, reason, sendingCaseNumber)
			.update();
		if (!body.equals(OversightBodies.ACCESS_REQUESTER)) {
			grants.disclose(body, document.documentNumber(), document.caseId(), actor);
		}
	}

	/** Records the cases and citizens a bundle holds, for the access policy's decisions and log on each download. */
	public void bundle(Document bundle, java.util.Collection<dk.sagsvagt.access.CaseFacts> contents) {
		grants.recordBundle(bundle.documentNumber(), contents);
	}
}
