package dk.sagsvagt.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dk.sagsvagt.shared.AccessDeniedException;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.deadlines.CaseDeadlines;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.shared.ConflictException;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.NotFoundException;
import dk.sagsvagt.shared.WorkingDayCalendar;
import dk.sagsvagt.supervision.internal.RoundAccess;
import dk.sagsvagt.supervision.internal.RoundGrants;
import dk.sagsvagt.supervision.internal.RoundStore;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cases flagged for special attention (særlig opmærksomhed): the reason, a follow-up with an owner and a due date
 * that stands on the owner's worklist as a deadline on the case, the follow-up note, and the proposal and choice
 * of cases for review by Ankestyrelsen.
 */
@Service
public class Flags {

	private final JdbcClient jdbc;

	private final Cases cases;

	private final CaseDeadlines deadlines;

	private final Organisation organisation;

	private final Clock clock;

	private final RoundStore store;

	private final dk.sagsvagt.access.AccessPolicy access;

	private final RoundGrants grants;

	private final RoundAccess roundAccess;

	Flags(dk.sagsvagt.access.AccessPolicy access, JdbcClient jdbc, Cases cases, CaseDeadlines deadlines, Organisation organisation,
			Clock clock, RoundStore store, RoundGrants grants, RoundAccess roundAccess) {
		this.grants = grants;
		this.roundAccess = roundAccess;
		this.store = store;
		this.access = access;
		this.jdbc = jdbc;
		this.cases = cases;
		this.deadlines = deadlines;
		this.organisation = organisation;
		this.clock = clock;
	}

	public List<Flag> of(Round round) {
		return jdbc.sql("SELECT * FROM supervision.flag WHERE round_id = ? ORDER BY case_number")
			.param(round.id())
			.query((rs, n) -> new Flag(rs.getString("case_number"), rs.getString("reason"), rs.getString("flagged_by"),
					rs.getTimestamp("flagged_at").toInstant(), rs.getString("owner"), rs.getObject("follow_up_due", LocalDate.class),
					rs.getString("follow_up_note"), rs.getTimestamp("followed_up_at") == null ? null
							: rs.getTimestamp("followed_up_at").toInstant(),
					rs.getBoolean("proposed_for_appeals_board"), rs.getBoolean("chosen_for_appeals_board"), rs.getString("choice_note"),
					rs.getTimestamp("sent_to_appeals_board_at") == null ? null : rs.getTimestamp("sent_to_appeals_board_at").toInstant()))
			.list();
	}

	/**
	 * The flags the user may read: those of the cases in the round the user may read (a leader reviewing part of a
	 * round, or a specially protected case); the read is logged with the flagged cases' citizens.
	 */
	public List<Flag> shownTo(Round round, CurrentUser user) {
		List<Flag> shown = roundAccess.flagsShownTo(round, user, of(round));
		if (!shown.isEmpty()) {
			roundAccess.logRead(round, user, dk.sagsvagt.access.Action.LIST_CASES, shown.stream().map(Flag::caseNumber).toList(),
					"udpegede sager");
		}
		return shown;
	}

	@Transactional
	public void flag(Round round, String caseNumber, String reason, String owner, LocalDate due, boolean proposeForAppealsBoard,
			CurrentUser user) {
		if (!round.reviewer(user.username())) {
			throw new AccessDeniedException("Kun tilsynets gennemgåere kan udpege sager.");
		}
		requireOpen(store.lock(round.id()));
		String text = reason == null ? "" : reason.strip();
		if (text.length() < 5) {
			throw new InvalidInputException("reason", "Skriv hvorfor sagen kræver særlig opmærksomhed.");
		}
		long ownerId = organisation.staffByUsername(owner == null ? "" : owner)
			.orElseThrow(() -> new InvalidInputException("owner", "Vælg hvem der følger op."))
			.id();
		LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.COPENHAGEN));
		if (due == null || due.isBefore(today)) {
			throw new InvalidInputException("due", "Opfølgningsfristen skal være i dag eller senere.");
		}
		long caseId = jdbc.sql("""
				SELECT case_id FROM supervision.sample WHERE round_id = ? AND case_number = ? AND excluded_reason IS NULL""")
			.params(round.id(), caseNumber)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new NotFoundException("Sag " + caseNumber + " er ikke i stikprøven."));
		Instant now = Instant.now(clock);
		int added = jdbc.sql("""
				INSERT INTO supervision.flag (round_id, case_number, reason, flagged_by, flagged_at, owner, follow_up_due,
				    proposed_for_appeals_board) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
			.params(round.id(), caseNumber, text, user.username(), Timestamp.from(now), owner, due, proposeForAppealsBoard)
			.update();
		if (added == 0) {
			throw new ConflictException("Sag " + caseNumber + " er allerede udpeget.");
		}
		CaseFile caseFile = cases.byIdForModule(caseId);
		deadlines.recordWithDueDate(caseFile, "CASE_FLAGGED", now, due, ownerId, user.username());
		// the owner reads the flagged case, and only it, until the follow-up is written (issue 16)
		grants.followUp(round, owner, caseId, user.username());
		// a flag is part of the review: the sample can no longer be redrawn
		jdbc.sql("UPDATE supervision.round SET status = 'UNDER_REVIEW' WHERE id = ? AND status = 'SAMPLED'").param(round.id()).update();
		cases.recordEvent(caseId, now, "CASE_FLAGGED", "Udpeget til særlig opmærksomhed i " + round.name() + ": " + text,
				user.username());
	}

	/** Records the follow-up note, by the flag's owner or a reviewer; meets the follow-up deadline. */
	@Transactional
	public void followUp(long roundId, String caseNumber, String note, CurrentUser user) {
		if (user.role().isExternal()) {
			access.require(user, dk.sagsvagt.access.Action.REQUEST, "opfølgning på tilsyn er for forvaltningens ansatte");
		}
		Round round = store.find(roundId).orElseThrow(() -> new NotFoundException("Tilsynet findes ikke."));
		Flag flag = of(round).stream()
			.filter(f -> f.caseNumber().equals(caseNumber))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Sag " + caseNumber + " er ikke udpeget."));
		if (!flag.owner().equals(user.username()) && !round.reviewer(user.username())) {
			throw new AccessDeniedException("Kun den ansvarlige eller tilsynets gennemgåere kan skrive opfølgningsnotatet.");
		}
		String text = note == null ? "" : note.strip();
		if (text.length() < 5) {
			throw new InvalidInputException("note", "Skriv opfølgningsnotatet.");
		}
		Instant now = Instant.now(clock);
		jdbc.sql("""
				UPDATE supervision.flag SET follow_up_note = ?, followed_up_at = ?, followed_up_by = ?
				WHERE round_id = ? AND case_number = ?""")
			.params(text, Timestamp.from(now), user.username(), round.id(), caseNumber)
			.update();
		long caseId = jdbc.sql("SELECT case_id FROM supervision.sample WHERE round_id = ? AND case_number = ?")
			.params(round.id(), caseNumber)
			.query(Long.class)
			.single();
		CaseFile caseFile = cases.byIdForModule(caseId);
		deadlines.recordEstablished(caseFile, "FLAG_FOLLOWED_UP", now, null, user.username());
		grants.endFollowUp(round.id(), flag.owner(), caseId, user.username());
	}

	/** A concluded round is frozen (issue 17): what was found is changed only by an addendum ({@link RoundAddenda}). */
	static void requireOpen(Round locked) {
		if (locked.isConcluded()) {
			throw new ConflictException("Tilsynet er afsluttet, så der kan ikke tilføjes udpegninger, udeladelser, svar eller "
					+ "problemstillinger. En rettelse skrives som et tillæg til tilsynet.");
		}
	}

	/**
	 * Records which proposed cases are sent to Ankestyrelsen, and who took part in choosing them ({@code note}, e.g.
	 * "udvalgt i samråd med Borgerrådgiveren"); a level 4 decision. It may be made after the round is concluded (the
	 * choice is made with Borgerrådgiveren on the result), but a case already sent cannot be un-chosen.
	 */
	@Transactional
	public void chooseForAppealsBoard(Round round, String caseNumber, boolean chosen, String note, CurrentUser user) {
		if (!round.reviewer(user.username(), 4)) {
			throw new AccessDeniedException("Valget af sager til Ankestyrelsen træffes på niveau 4.");
		}
		String text = note == null || note.isBlank() ? null : note.strip();
		if (text != null && text.length() > 2000) {
			throw new InvalidInputException("note", "Notatet om valget må højst have 2000 tegn.");
		}
		store.lock(round.id());
		Flag flag = of(round).stream().filter(f -> f.caseNumber().equals(caseNumber)).findFirst()
			.orElseThrow(() -> new NotFoundException("Sag " + caseNumber + " er ikke udpeget."));
		if (!chosen && flag.sentToAppealsBoardAt() != null) {
			throw new ConflictException("Sag " + caseNumber + " er allerede sendt til Ankestyrelsen, så valget kan ikke fortrydes.");
		}
		// a sending may commit meanwhile (it does not take the round's lock): the row decides
		int updated = jdbc.sql("""
				UPDATE supervision.flag SET chosen_for_appeals_board = ?, proposed_for_appeals_board = proposed_for_appeals_board OR ?,
				    choice_note = COALESCE(?, choice_note)
				WHERE round_id = ? AND case_number = ? AND (? OR sent_to_appeals_board_at IS NULL)""")
			.params(chosen, chosen, text, round.id(), caseNumber, chosen)
			.update();
		if (updated == 0) {
			throw new ConflictException("Sag " + caseNumber + " er allerede sendt til Ankestyrelsen, så valget kan ikke fortrydes.");
		}
		// the lawyer who chose it sends it with its documents, also after the round (and the review) has ended
		long caseId = jdbc.sql("SELECT case_id FROM supervision.sample WHERE round_id = ? AND case_number = ?")
			.params(round.id(), caseNumber).query(Long.class).single();
		if (chosen) {
			grants.referral(round, user.username(), caseId, user.username());
		}
		else {
			grants.endReferral(round.id(), user.username(), caseId, user.username());
		}
	}

	/**
	 * Records that a chosen case has been sent to Ankestyrelsen, in the sender's transaction; from then on the choice
	 * stands. For the module that sends referrals.
	 */
	public void markSentToAppealsBoard(long roundId, String caseNumber, Instant at) {
		int updated = jdbc.sql("""
				UPDATE supervision.flag SET sent_to_appeals_board_at = ?
				WHERE round_id = ? AND case_number = ? AND chosen_for_appeals_board AND sent_to_appeals_board_at IS NULL""")
			.params(Timestamp.from(at), roundId, caseNumber)
			.update();
		if (updated == 0) {
			throw new ConflictException("Sag " + caseNumber + " er ikke valgt til Ankestyrelsen eller er allerede sendt.");
		}
	}
}
