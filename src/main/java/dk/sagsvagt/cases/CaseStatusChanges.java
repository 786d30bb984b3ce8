package dk.sagsvagt.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.shared.ConflictException;
import dk.sagsvagt.shared.InvalidInputException;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing and reopening cases, each change kept with its reason and on the timeline. A case is closed with a reason
 * and only when every {@link ClosingCheck} finds nothing open (a database trigger backs the deadlines' check).
 */
@Service
public class CaseStatusChanges {

	static final int MAX_REASON = 500;

	private final JdbcClient jdbc;

	private final Cases cases;

	private final Clock clock;

	private final List<ClosingCheck> checks;

	CaseStatusChanges(JdbcClient jdbc, Cases cases, Clock clock, List<ClosingCheck> checks) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.clock = clock;
		this.checks = List.copyOf(checks);
	}

	/**
	 * Refuses closing now: a missing reason ({@link InvalidInputException} on {@code reason}), a closed case, or what is
	 * still open ({@link CaseNotClosableException}). For the confirmation step, which asks only when closing would work.
	 */
	public void requireClosable(CaseFile caseFile, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "Skriv hvorfor sagen lukkes.");
		}
		if (reason.strip().length() > MAX_REASON) {
			throw new InvalidInputException("reason", "Begrundelsen må højst have " + MAX_REASON + " tegn.");
		}
		if (!caseFile.isOpen()) {
			throw new ConflictException("Sagen er allerede lukket.");
		}
		List<String> open = checks.stream().flatMap(c -> c.openItems(caseFile).stream()).toList();
		if (!open.isEmpty()) {
			throw new CaseNotClosableException(open);
		}
	}

	@Transactional
	public CaseFile close(CaseFile caseFile, String reason, CurrentUser user) {
		requireClosable(caseFile, reason);
		return changeStatus(caseFile, CaseStatus.CLOSED, reason.strip(), user);
	}

	@Transactional
	public CaseFile reopen(CaseFile caseFile, String reason, CurrentUser user) {
		if (reason != null && reason.strip().length() > MAX_REASON) {
			throw new InvalidInputException("reason", "Begrundelsen må højst have " + MAX_REASON + " tegn.");
		}
		return changeStatus(caseFile, CaseStatus.OPEN, reason == null ? null : reason.strip(), user);
	}

	/** {@code caseFile} must come from {@link Cases#open(String, CurrentUser, Action)} with {@link Action#EDIT_CASE}. */
	private CaseFile changeStatus(CaseFile caseFile, CaseStatus status, String reason, CurrentUser user) {
		Instant now = Instant.now(clock);
		int changed;
		try {
			changed = jdbc.sql("UPDATE cases.case_file SET status = ?, closed_at = ? WHERE id = ? AND status <> ?")
				.params(status.name(), status == CaseStatus.CLOSED ? Timestamp.from(now) : null, caseFile.id(), status.name())
				.update();
		}
		catch (DataAccessException e) {
			// the database's backstop (migration V48): a deadline opened after the check
			if (status == CaseStatus.CLOSED && String.valueOf(e.getMessage()).contains("open deadlines")) {
				throw new ConflictException("Sagen kan ikke lukkes: der er netop kommet en åben frist på sagen. Se fristerne og prøv igen.");
			}
			throw e;
		}
		if (changed == 0) {
			throw new ConflictException(status == CaseStatus.CLOSED ? "Sagen er allerede lukket." : "Sagen er allerede åben.");
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
