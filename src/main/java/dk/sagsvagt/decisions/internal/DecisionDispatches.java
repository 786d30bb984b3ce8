package dk.sagsvagt.decisions.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.deadlines.CaseDeadlines;
import dk.sagsvagt.decisions.DigitalPostMode;
import dk.sagsvagt.decisions.internal.DecisionStore;
import dk.sagsvagt.shared.ConflictException;
import dk.sagsvagt.shared.DanishDates;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.LateRegistration;
import dk.sagsvagt.shared.NotFoundException;
import dk.sagsvagt.shared.WorkingDayCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each recipient's letter of a decision sent by Digital Post, from hand-over to receipt (issue 20). The letter is
 * received when a delivery receipt says so (lov om Digital Post fra offentlige afsendere § 10: when it is available
 * in the recipient's mailbox) or, in manual mode, on the date a person registers; the citizen's complaint period
 * (retssikkerhedsloven § 67) starts when every recipient has received it, from the latest receipt.
 */
@Service
public class DecisionDispatches {

	/** One recipient's letter and where it stands. */
	public record Dispatch(long id, long decisionId, long citizenId, UUID messageId, State state, int attempts, String lastError,
			Instant handedOverAt, LocalDate sentOn, Instant receivedAt, String failure, String lateReason) {

		public LocalDate receivedOn() {
			return receivedAt == null ? null : receivedAt.atZone(WorkingDayCalendar.COPENHAGEN).toLocalDate();
		}
	}

	/** Where a letter stands; its Danish name is {@code dispatch.state.<NAME>} in the messages. */
	public enum State {
		TO_SEND, MANUAL, HANDED_OVER, DELIVERED, FAILED
	}

	/** What a receipt says. */
	public enum Outcome {
		DELIVERED, FAILED
	}

	private static final String COLUMNS = """
			id, decision_id, citizen_id, message_id, state, attempts, last_error, handed_over_at, sent_on, received_at, failure, late_reason
			FROM decisions.dispatch""";

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Cases cases;

	private final CaseDeadlines deadlines;

	private final DecisionStore store;

	private final WorkingDayCalendar calendar;

	private final Clock clock;

	private final dk.sagsvagt.organisation.Organisation organisation;

	DecisionDispatches(JdbcClient jdbc, TransactionTemplate transaction, Cases cases, CaseDeadlines deadlines, DecisionStore store,
			WorkingDayCalendar calendar, Clock clock, dk.sagsvagt.organisation.Organisation organisation) {
		this.organisation = organisation;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.cases = cases;
		this.deadlines = deadlines;
		this.store = store;
		this.calendar = calendar;
		this.clock = clock;
	}

	/** The letters of a decision sent now, one per recipient, in the sending transaction. */
	public void create(long decisionId, List<Long> citizenIds, DigitalPostMode mode, Instant now) {
		for (long citizenId : citizenIds) {
			jdbc.sql("""
					INSERT INTO decisions.dispatch (decision_id, citizen_id, message_id, state, sent_on, created_at)
					VALUES (?, ?, ?, ?, ?, ?)""")
				.params(decisionId, citizenId, UUID.randomUUID(), mode.handsOver() ? State.TO_SEND.name() : State.MANUAL.name(),
						mode.handsOver() ? now.atZone(WorkingDayCalendar.COPENHAGEN).toLocalDate() : null, Timestamp.from(now))
				.update();
		}
	}

	/** The decision's letters, by recipient; the decision's case must already be opened through the access policy. */
	public List<Dispatch> of(long decisionId) {
		return jdbc.sql("SELECT " + COLUMNS + " WHERE decision_id = ? ORDER BY id").param(decisionId).query(DecisionDispatches::dispatch)
			.list();
	}

	/** A letter on the administrator's list: its case and document, never the recipient. */
	public record Pending(String caseNumber, String documentNumber, State state, int attempts, String problem, Instant createdAt,
			Instant handedOverAt) {
	}

	/** How many letters are in each state. */
	public java.util.Map<State, Long> countsByState() {
		java.util.Map<State, Long> counts = new java.util.EnumMap<>(State.class);
		for (State s : State.values()) {
			counts.put(s, 0L);
		}
		jdbc.sql("SELECT state, count(*) FROM decisions.dispatch GROUP BY state").query(rs -> {
			counts.put(State.valueOf(rs.getString(1)), rs.getLong(2));
		});
		return counts;
	}

	/** The letters not yet received, oldest first (at most {@code limit}), for the administrator. */
	public List<Pending> notReceived(int limit) {
		return jdbc.sql("""
				SELECT d.case_number, d.letter_document_number, x.state, x.attempts, coalesce(x.failure, x.last_error) AS problem,
				       x.created_at, x.handed_over_at
				FROM decisions.dispatch x JOIN decisions.decision d ON d.id = x.decision_id
				WHERE x.state <> 'DELIVERED' ORDER BY x.created_at, x.id LIMIT ?""")
			.param(limit)
			.query((rs, n) -> new Pending(rs.getString(1), rs.getString(2), State.valueOf(rs.getString(3)), rs.getInt(4), rs.getString(5),
					rs.getTimestamp(6).toInstant(), rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()))
			.list();
	}

	/** When every recipient has received the letter: the day of the latest receipt. */
	public static Optional<LocalDate> receivedOn(List<Dispatch> dispatches) {
		if (dispatches.isEmpty() || dispatches.stream().anyMatch(d -> d.state() != State.DELIVERED)) {
			return Optional.empty();
		}
		return dispatches.stream().map(Dispatch::receivedOn).max(Comparator.naturalOrder());
	}

	/** The letters waiting for the hand-over to the service. */
	public List<Dispatch> pending(long decisionId) {
		return of(decisionId).stream().filter(d -> d.state() == State.TO_SEND).toList();
	}

	/**
	 * The service accepted the letter; its receipt is awaited (unless it already came). Committed at once, in its own
	 * transaction: a later letter of the same decision that fails must not undo it, or this one would be sent twice.
	 */
	public void handedOver(UUID messageId, Instant at) {
		own().executeWithoutResult(status -> jdbc.sql("""
				UPDATE decisions.dispatch SET handed_over_at = coalesce(handed_over_at, ?), attempts = attempts + 1, last_error = NULL,
				       state = CASE WHEN state = 'TO_SEND' THEN 'HANDED_OVER' ELSE state END
				WHERE message_id = ?""")
			.params(Timestamp.from(at), messageId)
			.update());
	}

	/**
	 * The hand-over failed; it is tried again. The error is kept for the administrator, without personal data, in
	 * its own transaction (the hand-over's is rolled back so that the registry keeps the event).
	 */
	public void handOverFailed(UUID messageId, String error) {
		own().executeWithoutResult(status -> jdbc.sql("UPDATE decisions.dispatch SET attempts = attempts + 1, last_error = left(?, 1000) WHERE message_id = ?")
			.params(error, messageId)
			.update());
	}

	private TransactionTemplate own() {
		TransactionTemplate own = new TransactionTemplate(transaction.getTransactionManager());
		own.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return own;
	}

	/**
	 * Stores a receipt from the Digital Post service, once: a receipt delivered again (the service retries until it
	 * is acknowledged) changes nothing and answers false. A delivery makes the letter received at {@code at}; when
	 * every recipient's letter is, the complaint period starts from the latest. Acknowledge the receipt to the
	 * service only after this returns.
	 */
	public boolean receipt(String receiptId, UUID messageId, Outcome outcome, Instant at, String detail) {
		if (receiptId == null || receiptId.isBlank() || receiptId.length() > 200 || messageId == null || outcome == null || at == null) {
			throw new InvalidInputException("receipt", "Kvitteringen mangler id, besked-id, udfald eller tidspunkt.");
		}
		// in its own transaction: a receipt stored is kept whatever the caller does next, and it holds no lock on the
		// letters while the caller (a hand-over answered at once, as the demo's is) records its own step on them
		return Boolean.TRUE.equals(own().execute(status -> {
			int stored = jdbc.sql("""
					INSERT INTO decisions.receipt (receipt_id, message_id, outcome, occurred_at, detail, stored_at)
					VALUES (?, ?, ?, ?, left(?, 1000), ?) ON CONFLICT (receipt_id) DO NOTHING""")
				.params(receiptId, messageId, outcome.name(), Timestamp.from(at), detail, Timestamp.from(Instant.now(clock)))
				.update();
			if (stored == 0) {
				return false;
			}
			Long decisionId = jdbc.sql("SELECT decision_id FROM decisions.dispatch WHERE message_id = ?").param(messageId)
				.query(Long.class)
				.optional()
				.orElse(null);
			if (decisionId == null) {
				// a receipt for a message Sagsvagt did not send: kept, and nothing else changes
				return true;
			}
			lock(decisionId);
			if (outcome == Outcome.DELIVERED) {
				jdbc.sql("""
						UPDATE decisions.dispatch SET state = 'DELIVERED', received_at = ?, failure = NULL
						WHERE message_id = ? AND state IN ('TO_SEND', 'HANDED_OVER', 'FAILED')""")
					.params(Timestamp.from(at), messageId)
					.update();
				completeIfAllReceived(decisionId, dk.sagsvagt.organisation.Organisation.SYSTEM_USER);
			}
			else {
				int failed = jdbc.sql("""
						UPDATE decisions.dispatch SET state = 'FAILED', failure = left(?, 1000)
						WHERE message_id = ? AND state IN ('TO_SEND', 'HANDED_OVER')""")
					.params(detail == null || detail.isBlank() ? "Digital Post kunne ikke levere brevet." : detail, messageId)
					.update();
				if (failed > 0) {
					onSendersWorklist(decisionId, at);
				}
			}
			return true;
		}));
	}

	/**
	 * Registers that the letters to be sent by hand were sent and received (manual mode), possibly after the fact:
	 * not before the decision was sent, never in the future, and with a reason when registered more than 2 working
	 * days late. By Digital Post a letter is received the day it is sent unless {@code receivedOn} says otherwise.
	 */
	public void registerManual(long decisionId, LocalDate sentOn, LocalDate receivedOn, String lateReason, CurrentUser user) {
		DecisionStore.Row row = store.find(decisionId).orElseThrow(() -> new NotFoundException("Afgørelsen findes ikke."));
		cases.open(row.caseNumber(), user, Action.EDIT_CASE);
		if (!row.sent()) {
			throw new ConflictException("Afgørelsen er ikke sendt endnu.");
		}
		if (sentOn == null) {
			throw new InvalidInputException("sentOn", "Angiv hvornår brevet blev sendt.");
		}
		LocalDate received = receivedOn == null ? sentOn : receivedOn;
		if (received.isBefore(sentOn)) {
			throw new InvalidInputException("receivedOn", "Brevet kan ikke være modtaget, før det blev sendt ("
					+ DanishDates.longDate(sentOn) + ").");
		}
		String decided = "afgørelsen blev truffet (" + DanishDates.longDate(row.decidedOn()) + ")";
		LateRegistration.Dated sent = LateRegistration.onDaySince(sentOn, row.decidedOn(), decided, lateReason, clock, calendar, "sentOn");
		LateRegistration.Dated got = LateRegistration.onDaySince(received, row.decidedOn(), decided, lateReason, clock, calendar,
				"receivedOn");
		String reason = sent.lateReason() != null ? sent.lateReason() : got.lateReason();
		transaction.executeWithoutResult(status -> {
			lock(decisionId);
			int registered = jdbc.sql("""
					UPDATE decisions.dispatch SET state = 'DELIVERED', sent_on = ?, received_at = ?, registered_by = ?, registered_at = ?,
					       late_reason = ?
					WHERE decision_id = ? AND state IN ('MANUAL', 'FAILED')""")
				.params(sent.on(), Timestamp.from(got.at()), user.username(), Timestamp.from(Instant.now(clock)), reason, decisionId)
				.update();
			if (registered == 0) {
				throw new ConflictException("Afgørelsen har ingen breve, der skal sendes manuelt.");
			}
			completeIfAllReceived(decisionId, user.username());
		});
	}

	private void lock(long decisionId) {
		jdbc.sql("SELECT id FROM decisions.dispatch WHERE decision_id = ? FOR UPDATE").param(decisionId).query(Long.class).list();
	}

	/** When the last recipient has received the letter, the decision is received: the complaint period starts. */
	private void completeIfAllReceived(long decisionId, String actor) {
		Optional<LocalDate> received = receivedOn(of(decisionId));
		if (received.isEmpty()) {
			return;
		}
		Instant at = of(decisionId).stream().map(Dispatch::receivedAt).max(Comparator.naturalOrder()).orElseThrow();
		DecisionStore.Row row = store.find(decisionId).orElseThrow();
		CaseFile caseFile = cases.byIdForModule(row.caseId());
		deadlines.recordEstablished(caseFile, "DECISION_RECEIVED", at, null, actor);
	}

	/**
	 * An undelivered letter goes on the sender's worklist, due the next working day: the decision has not reached
	 * the party, and it is to be sent another way (then registered as {@link #registerManual}).
	 */
	private void onSendersWorklist(long decisionId, Instant at) {
		DecisionStore.Row row = store.find(decisionId).orElseThrow();
		CaseFile caseFile = cases.byIdForModule(row.caseId());
		Long sender = organisation.staffByUsername(row.sentBy()).map(dk.sagsvagt.organisation.Staff::id).orElse(caseFile.caseworkerId());
		LocalDate due = calendar.plusWorkingDays(Instant.now(clock).atZone(WorkingDayCalendar.COPENHAGEN).toLocalDate(), 1);
		deadlines.recordWithDueDate(caseFile, "DELIVERY_FAILED", at, due, sender, dk.sagsvagt.organisation.Organisation.SYSTEM_USER);
	}

	private static Dispatch dispatch(ResultSet rs, int n) throws SQLException {
		Timestamp handedOver = rs.getTimestamp("handed_over_at");
		Timestamp received = rs.getTimestamp("received_at");
		return new Dispatch(rs.getLong("id"), rs.getLong("decision_id"), rs.getLong("citizen_id"), rs.getObject("message_id", UUID.class),
				State.valueOf(rs.getString("state")), rs.getInt("attempts"), rs.getString("last_error"),
				handedOver == null ? null : handedOver.toInstant(), rs.getObject("sent_on", LocalDate.class),
				received == null ? null : received.toInstant(), rs.getString("failure"), rs.getString("late_reason"));
	}
}
