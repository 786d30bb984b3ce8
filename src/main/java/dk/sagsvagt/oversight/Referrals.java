package dk.sagsvagt.oversight;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CaseFacts;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.CaseLists;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.journal.Direction;
import dk.sagsvagt.journal.Document;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.Journal;
import dk.sagsvagt.journal.NewDocument;
import dk.sagsvagt.oversight.internal.Bundles;
import dk.sagsvagt.oversight.internal.DisclosureLog;
import dk.sagsvagt.supervision.Flag;
import dk.sagsvagt.supervision.Flags;
import dk.sagsvagt.supervision.Round;
import dk.sagsvagt.supervision.SupervisionRounds;
import dk.sagsvagt.shared.ConflictException;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.NotFoundException;
import dk.sagsvagt.shared.WorkingDayCalendar;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cases sent to Ankestyrelsen for review (e.g. flagged cases chosen with Borgerrådgiveren) and cases the board takes
 * up on its own initiative (Barnets lov §§ 151-153 [Serviceloven § 65]): the case bundle sent (in the disclosure
 * log), the answer date, the outcome and the learning points, linkable to a supervision finding.
 */
@Service
public class Referrals {

	private static final Set<String> OUTCOMES = Set.of("UPHELD", "CHANGED", "REMITTED", "ANNULLED");

	private final JdbcClient jdbc;

	private final Cases cases;

	private final CaseLists lists;

	private final Journal journal;

	private final Bundles bundles;

	private final DisclosureLog log;

	private final SupervisionRounds rounds;

	private final Flags flags;

	private final AccessPolicy access;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Referrals(JdbcClient jdbc, Cases cases, CaseLists lists, Journal journal, Bundles bundles, DisclosureLog log, SupervisionRounds rounds, Flags flags,
			AccessPolicy access, TransactionTemplate transaction, Clock clock) {
		this.rounds = rounds;
		this.flags = flags;
		this.jdbc = jdbc;
		this.cases = cases;
		this.lists = lists;
		this.journal = journal;
		this.bundles = bundles;
		this.log = log;
		this.access = access;
		this.transaction = transaction;
		this.clock = clock;
	}

	public record Referral(long id, String caseNumber, long unitId, String kind, String reason, LocalDate referredOn,
			LocalDate answerDue, String bundleDocument, String outcome, LocalDate decidedOn, String learningPoints,
			Long supervisionFindingId, Long roundId) {

		public boolean decided() {
			return outcome != null;
		}
	}

	/** Registers a referral; a case sent for review goes with its documents as a bundle. */
	public Referral refer(String caseNumber, String kind, String reason, LocalDate answerDue, CurrentUser user) {
		access.require(user, Action.ANSWER_OVERSIGHT, "sag til Ankestyrelsen");
		if (!"SENT_FOR_REVIEW".equals(kind) && !"OWN_INITIATIVE".equals(kind)) {
			throw new InvalidInputException("kind", "Angiv om sagen sendes til gennemgang, eller Ankestyrelsen har taget den op af egen drift.");
		}
		String text = reason == null ? "" : reason.strip();
		if (text.length() < 5) {
			throw new InvalidInputException("reason", "Skriv hvorfor sagen er hos Ankestyrelsen.");
		}
		return get(insert(caseNumber, kind, text, answerDue, null, user));
	}

	/**
	 * Sends the flagged cases of a supervision round that were chosen for Ankestyrelsen (e.g. four of the eight, chosen
	 * with Borgerrådgiveren), each with its bundle; a case already sent from this round is not sent again.
	 */
	public List<Referral> referChosen(long roundId, LocalDate answerDue, CurrentUser user) {
		access.require(user, Action.ANSWER_OVERSIGHT, "sager fra tilsyn til Ankestyrelsen");
		Round round = rounds.get(roundId, user);
		Set<String> sent = Set.copyOf(jdbc.sql("SELECT case_number FROM oversight.referral WHERE round_id = ?").param(roundId)
			.query(String.class).list());
		List<Flag> chosen = flags.of(round).stream().filter(Flag::chosenForAppealsBoard).filter(f -> !sent.contains(f.caseNumber())).toList();
		if (chosen.isEmpty()) {
			throw new ConflictException("Ingen sager fra tilsynet er valgt til Ankestyrelsen, eller de er allerede sendt.");
		}
		// all or none: one transaction around the referrals (each joins it)
		return transaction.execute(status -> {
			List<Referral> referred = new ArrayList<>();
			for (Flag f : chosen) {
				referred.add(get(insert(f.caseNumber(), "SENT_FOR_REVIEW", "Særligt opmærksomhedspunkt i " + round.name() + ": " + f.reason(),
						answerDue, round, user)));
				// from now on the choice stands (issue 17: un-choosing a case sent to Ankestyrelsen is refused)
				flags.markSentToAppealsBoard(round.id(), f.caseNumber(), java.time.Instant.now(clock));
			}
			return referred;
		});
	}

	/** The referrals of a case the caller has opened (shown on the case's page). */
	public List<Referral> ofCase(CaseFile caseFile) {
		return jdbc.sql("SELECT * FROM oversight.referral WHERE case_id = ? ORDER BY id DESC").param(caseFile.id()).query(Referrals::referral)
			.list();
	}

	/**
	 * The referrals of the cases the user may see, newest first, for the staff who handle them; the list is a logged
	 * read with the cases' citizens (a referral's reason and learning points are about the case).
	 */
	public List<Referral> list(CurrentUser user) {
		access.require(user, Action.ANSWER_OVERSIGHT, "sager hos Ankestyrelsen");
		Map<Long, Long> caseOf = new java.util.HashMap<>();
		List<Referral> all = jdbc.sql("SELECT * FROM oversight.referral ORDER BY referred_on DESC, id DESC").query((rs, n) -> {
			Referral r = referral(rs, n);
			caseOf.put(r.id(), rs.getLong("case_id"));
			return r;
		}).list();
		java.util.Set<Long> visible = lists.visibleAmong(new java.util.HashSet<>(caseOf.values()), user, "sager hos Ankestyrelsen");
		return all.stream().filter(r -> visible.contains(caseOf.get(r.id()))).toList();
	}

	/**
	 * Saves a referral. The bundle is journaled in the case itself, or, when the case comes from a supervision round,
	 * in the round's own case (like the answer to a request: the reviewers of a round read its cases but do not write
	 * in them); the case's page lists its referrals either way.
	 */
	private long insert(String caseNumber, String kind, String text, LocalDate answerDue, Round round, CurrentUser user) {
		CaseFile caseFile = cases.open(caseNumber, user);
		LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.COPENHAGEN));
		if (answerDue != null && answerDue.isBefore(today)) {
			throw new InvalidInputException("answerDue", "Svarfristen kan ikke ligge før i dag.");
		}
		List<Document> documents = kind.equals("SENT_FOR_REVIEW") ? journal.documents(caseFile) : List.of();
		CaseFacts facts = cases.facts(caseNumber);
		if (!documents.isEmpty()) {
			access.requireBundle(user, "APPEALS_BOARD", facts);
		}
		byte[] zip = documents.isEmpty() ? null
				: bundles.zip("Sagens akter til Ankestyrelsens gennemgang", caseNumber, documents, Map.of(), Map.of());
		return transaction.execute(status -> {
			String bundle = null;
			if (zip != null) {
				Document d = round == null
						? journal.journalGenerated(caseNumber, new NewDocument("Sag sendt til Ankestyrelsen til gennemgang", Direction.OUTGOING,
								DocumentKind.LETTER, today, null), "sag-til-ankestyrelsen.zip", "application/zip", number -> zip, user)
						: journal.journalOwnWork(round.caseNumber(), new NewDocument("Sag " + caseFile.caseNumber()
								+ " sendt til Ankestyrelsen til gennemgang", Direction.OUTGOING, DocumentKind.LETTER, today, null),
								"sag-" + caseFile.caseNumber() + "-til-ankestyrelsen.zip", "application/zip", zip, user);
				bundle = d.documentNumber();
				log.bundle(d, List.of(facts));
				for (Document given : documents) {
					disclose(given, user);
				}
				disclose(d, user);
			}
			return jdbc.sql("""
					INSERT INTO oversight.referral (case_id, case_number, unit_id, kind, reason, referred_on, answer_due, bundle_document,
					    round_id, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
				.params(caseFile.id(), caseFile.caseNumber(), caseFile.unitId(), kind, text, today, answerDue, bundle,
						round == null ? null : round.id(),
						user.username(), Timestamp.from(Instant.now(clock)))
				.query(Long.class)
				.single();
		});
	}

	private void disclose(Document d, CurrentUser user) {
		log.record(d, "APPEALS_BOARD", null, null, user.username(), user.username());
	}

	public Referral outcome(long id, String outcome, LocalDate decidedOn, String learningPoints, Long supervisionFindingId, CurrentUser user) {
		access.require(user, Action.ANSWER_OVERSIGHT, "Ankestyrelsens afgørelse");
		Referral r = get(id);
		if (r.outcome() != null) {
			throw new ConflictException("Udfaldet er allerede registreret.");
		}
		if (outcome == null || !OUTCOMES.contains(outcome)) {
			throw new InvalidInputException("outcome", "Angiv udfaldet: stadfæstet, ændret, hjemvist eller ophævet.");
		}
		if (decidedOn == null || decidedOn.isBefore(r.referredOn())) {
			throw new InvalidInputException("decidedOn", "Angiv datoen for Ankestyrelsens afgørelse.");
		}
		try {
			jdbc.sql("UPDATE oversight.referral SET outcome = ?, decided_on = ?, learning_points = ?, supervision_finding_id = ? WHERE id = ?")
				.params(outcome, decidedOn, learningPoints == null || learningPoints.isBlank() ? null : learningPoints.strip(),
						supervisionFindingId, id)
				.update();
		}
		catch (DataIntegrityViolationException e) {
			throw new InvalidInputException("supervisionFindingId", "Den generelle problemstilling findes ikke.");
		}
		return get(id);
	}

	private Referral get(long id) {
		return jdbc.sql("SELECT * FROM oversight.referral WHERE id = ?")
			.param(id)
			.query(Referrals::referral)
			.optional()
			.orElseThrow(() -> new NotFoundException("Henvisningen findes ikke."));
	}

	private static Referral referral(ResultSet rs, int n) throws SQLException {
		return new Referral(rs.getLong("id"), rs.getString("case_number"), rs.getLong("unit_id"), rs.getString("kind"), rs.getString("reason"),
				rs.getObject("referred_on", LocalDate.class), rs.getObject("answer_due", LocalDate.class), rs.getString("bundle_document"),
				rs.getString("outcome"), rs.getObject("decided_on", LocalDate.class), rs.getString("learning_points"),
				rs.getObject("supervision_finding_id", Long.class), rs.getObject("round_id", Long.class));
	}
}
