package dk.sagsvagt.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Closing and reopening cases, each change kept with its reason and on the timeline. */
@Service
public class CaseStatusChanges {

	private final JdbcClient jdbc;

	private final Cases cases;

	private final Clock clock;

	CaseStatusChanges(JdbcClient jdbc, Cases cases, Clock clock) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.clock = clock;
	}

	@Transactional
	public CaseFile close(CaseFile caseFile, String reason, CurrentUser user) {
		return changeStatus(caseFile, CaseStatus.CLOSED, reason, user);
	}

	@Transactional
	public CaseFile reopen(CaseFile caseFile, String reason, CurrentUser user) {
		return changeStatus(caseFile, CaseStatus.OPEN, reason, user);
	}

	/** {@code caseFile} must come from {@link Cases#open(String, CurrentUser, Action)} with {@link Action#EDIT_CASE}. */
	private CaseFile changeStatus(CaseFile caseFile, CaseStatus status, String reason, CurrentUser user) {
		Instant now = Instant.now(clock);
		int changed = jdbc.sql("UPDATE cases.case_file SET status = ?, closed_at = ? WHERE id = ? AND status <> ?")
			.params(status.name(), status == CaseStatus.CLOSED ? Timestamp.from(now) : null, caseFile.id(), status.name())
			.update();
		if (changed == 0) {
			throw new dk.sagsvagt.shared.ConflictException(
					status == CaseStatus.CLOSED ? "Sagen er allerede lukket." : "Sagen er allerede åben.");
		}
		jdbc.sql("INSERT INTO cases.case_status_change (case_id, status, changed_at, changed_by, reason) VALUES (?, ?, ?, ?, ?)")
			.params(caseFile.id(), status.name(), Timestamp.from(now), user.username(), reason)
			.update();
		cases.recordEvent(caseFile.id(), now, status == CaseStatus.CLOSED ? "CASE_CLOSED" : "CASE_REOPENED",
				(status == CaseStatus.CLOSED ? "Sag lukket" : "Sag genåbnet") + (reason == null || reason.isBlank() ? "" : ": " + reason),
				user.username());
		return cases.byIdForModule(caseFile.id());
	}
}
