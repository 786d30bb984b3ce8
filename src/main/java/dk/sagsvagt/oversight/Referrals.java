package dk.sagsvagt.oversight;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.journal.Direction;
import dk.sagsvagt.journal.Document;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.Journal;
import dk.sagsvagt.journal.NewDocument;
import dk.sagsvagt.oversight.internal.Bundles;
import dk.sagsvagt.shared.ConflictException;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.NotFoundException;
import dk.sagsvagt.shared.WorkingDayCalendar;

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

	private final Journal journal;

	private final Bundles bundles;

	private final dk.sagsvagt.oversight.internal.DisclosureLog log;

	private final AccessPolicy access;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Referrals(JdbcClient jdbc, Cases cases, Journal journal, Bundles bundles, dk.sagsvagt.oversight.internal.DisclosureLog log,
			AccessPolicy access,
			TransactionTemplate transaction, Clock clock) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.journal = journal;
		this.bundles = bundles;
		this.log = log;
		this.access = access;
		this.transaction = transaction;
		this.clock = clock;
	}

	public record Referral(long id, String caseNumber, String kind, String reason, LocalDate referredOn, LocalDate answerDue,
			String bundleDocument, String outcome, LocalDate decidedOn, String learningPoints, Long supervisionFindingId) {
	}

	/** Registers a referral; a case sent for review goes with its documents as a bundle. */
	public Referral refer(String caseNumber, String kind, String reason, LocalDate answerDue, CurrentUser user) {
		access.require(user, Action.ANSWER_OVERSIGHT, "sag til Ankestyrelsen");
		CaseFile caseFile = cases.open(caseNumber, user);
		if (!"SENT_FOR_REVIEW".equals(kind) && !"OWN_INITIATIVE".equals(kind)) {
			throw new InvalidInputException("kind", "Angiv om sagen sendes til gennemgang, eller Ankestyrelsen har taget den op af egen drift.");
		}
		String text = reason == null ? "" : reason.strip();
		if (text.length() < 5) {
			throw new InvalidInputException("reason", "Skriv hvorfor sagen er hos Ankestyrelsen.");
		}
		LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.COPENHAGEN));
		List<Document> documents = kind.equals("SENT_FOR_REVIEW") ? journal.documents(caseFile) : List.of();
		byte[] zip = documents.isEmpty() ? null
				: bundles.zip("Sagens akter til Ankestyrelsens gennemgang", caseNumber, documents, Map.of(), Map.of());
		long id = transaction.execute(status -> {
			String bundle = null;
			if (zip != null) {
				Document d = journal.journalGenerated(caseNumber, new NewDocument("Sag sendt til Ankestyrelsen til gennemgang", Direction.OUTGOING,
						DocumentKind.LETTER, today, null), "sag-til-ankestyrelsen.zip", "application/zip", number -> zip, user);
				bundle = d.documentNumber();
				for (Document given : documents) {
					disclose(given, user);
				}
				disclose(d, user);
			}
			return jdbc.sql("""
					INSERT INTO oversight.referral (case_id, case_number, unit_id, kind, reason, referred_on, answer_due, bundle_document,
					    created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
				.params(caseFile.id(), caseNumber, caseFile.unitId(), kind, text, today, answerDue, bundle, user.username(),
						Timestamp.from(Instant.now(clock)))
				.query(Long.class)
				.single();
		});
		return get(id);
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
		jdbc.sql("UPDATE oversight.referral SET outcome = ?, decided_on = ?, learning_points = ?, supervision_finding_id = ? WHERE id = ?")
			.params(outcome, decidedOn, learningPoints == null || learningPoints.isBlank() ? null : learningPoints.strip(), supervisionFindingId, id)
			.update();
		return get(id);
	}

	private Referral get(long id) {
		return jdbc.sql("SELECT * FROM oversight.referral WHERE id = ?")
			.param(id)
			.query((rs, n) -> new Referral(rs.getLong("id"), rs.getString("case_number"), rs.getString("kind"), rs.getString("reason"),
					rs.getObject("referred_on", LocalDate.class), rs.getObject("answer_due", LocalDate.class), rs.getString("bundle_document"),
					rs.getString("outcome"), rs.getObject("decided_on", LocalDate.class), rs.getString("learning_points"),
					rs.getObject("supervision_finding_id", Long.class)))
			.optional()
			.orElseThrow(() -> new NotFoundException("Henvisningen findes ikke."));
	}
}
