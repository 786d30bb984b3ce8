package dk.sagsvagt.oversight.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.deadlines.CaseDeadlines;
import dk.sagsvagt.decisions.Decision;
import dk.sagsvagt.decisions.Decisions;
import dk.sagsvagt.journal.Direction;
import dk.sagsvagt.journal.Document;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.Journal;
import dk.sagsvagt.journal.NewDocument;
import dk.sagsvagt.oversight.Complaint;
import dk.sagsvagt.oversight.ComplaintStatus;
import dk.sagsvagt.oversight.internal.Bundles;
import dk.sagsvagt.shared.ConflictException;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.NotFoundException;
import dk.sagsvagt.shared.PdfReport;
import dk.sagsvagt.shared.WorkingDayCalendar;
import dk.sagsvagt.shared.Letterhead;
import dk.sagsvagt.shared.DanishDates;
import dk.sagsvagt.shared.LateRegistration;
import dk.sagsvagt.organisation.Signatures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Complaints against decisions (klager): late ones are flagged against the complaint period from the decision's
 * receipt (retssikkerhedsloven § 67) and go on only when accepted for a recorded reason; the municipality
 * reconsiders within 4 weeks (§ 66, a deadline on the case); an upheld decision is forwarded to Ankestyrelsen with
 * the municipality's remarks and the case bundle (in the disclosure log); the board's outcome is recorded.
 */
@Service
public class Complaints {

	private static final Set<String> CHANNELS = Set.of("LETTER", "DIGITAL_POST", "EMAIL", "PHONE", "IN_PERSON");

	private static final Set<String> OUTCOMES = Set.of("UPHELD", "CHANGED", "REMITTED", "ANNULLED");

	private final JdbcClient jdbc;

	private final Decisions decisions;

	private final Cases cases;

	private final CaseDeadlines deadlines;

	private final Journal journal;

	private final Bundles bundles;

	private final dk.sagsvagt.oversight.internal.DisclosureLog log;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final String letterhead;

	/** The administration and its address, above every letter. */
	private final java.util.List<String> letterheadLines;

	private final Signatures signatures;

	private final WorkingDayCalendar calendar;

	Complaints(JdbcClient jdbc, Decisions decisions, Cases cases, CaseDeadlines deadlines, Journal journal, Bundles bundles,
			dk.sagsvagt.oversight.internal.DisclosureLog log, TransactionTemplate transaction, Clock clock,
			Letterhead letterhead, Signatures signatures, WorkingDayCalendar calendar) {
		this.calendar = calendar;
		this.signatures = signatures;
		this.jdbc = jdbc;
		this.decisions = decisions;
		this.cases = cases;
		this.deadlines = deadlines;
		this.journal = journal;
		this.bundles = bundles;
		this.log = log;
		this.transaction = transaction;
		this.clock = clock;
		this.letterhead = letterhead.administration();
		this.letterheadLines = letterhead.lines();
	}

	public Complaint register(long decisionId, LocalDate receivedOn, String channel, String text, String lateAcceptedReason, CurrentUser user) {
		Decision decision = decisions.get(decisionId, user);
		CaseFile caseFile = cases.open(decision.caseNumber(), user, Action.EDIT_CASE);
		if (!decision.sent()) {
			throw new ConflictException("Der kan kun klages over en afgørelse, der er sendt.");
		}
		LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.COPENHAGEN));
		if (receivedOn == null || receivedOn.isAfter(today) || receivedOn.isBefore(decision.decidedOn())) {
			throw new InvalidInputException("receivedOn", "Angiv hvornår klagen kom (efter afgørelsen og ikke i fremtiden).");
		}
		if (channel == null || !CHANNELS.contains(channel)) {
			throw new InvalidInputException("channel", "Angiv hvordan klagen kom (brev, Digital Post, e-mail, telefon, personligt).");
		}
		String body = text == null ? "" : text.strip();
		if (body.isEmpty() || body.length() > 20_000) {
			throw new InvalidInputException("text", "Skriv klagens indhold (højst 20.000 tegn).");
		}
		boolean late = receivedOn.isAfter(decision.complaintDeadline());
		String accepted = late ? reason(lateAcceptedReason) : null;
		long id = transaction.execute(status -> {
			long created = jdbc.sql("""
					INSERT INTO oversight.complaint (decision_id, case_id, case_number, unit_id, legal_basis, received_on, channel, text,
					    complaint_deadline, late, late_accepted_reason, status, created_by, created_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RECEIVED', ?, ?) RETURNING id""")
				.params(decisionId, caseFile.id(), caseFile.caseNumber(), caseFile.unitId(), decision.content().legalBasis(), receivedOn,
						channel, body, decision.complaintDeadline(), late, accepted, user.username(), Timestamp.from(Instant.now(clock)))
				.query(Long.class)
				.single();
			if (!late || accepted != null) {
				// retssikkerhedsloven § 66: reconsideration within 4 weeks of receiving the complaint
				deadlines.recordEstablished(caseFile, "COMPLAINT_RECEIVED", receivedOn.atTime(12, 0).atZone(WorkingDayCalendar.COPENHAGEN)
					.toInstant(), null, user.username());
			}
			cases.recordEvent(caseFile.id(), Instant.now(clock), "COMPLAINT_RECEIVED", "Klage over afgørelse (" + decision.content().measure()
					+ ") modtaget " + receivedOn + (late ? ", efter klagefristen " + decision.complaintDeadline() : ""), user.username());
			return created;
		});
		return get(id, user);
	}

	/** Accepts a late complaint for a recorded reason; the reconsideration deadline starts now. */
	public Complaint acceptLate(long id, String reason, CurrentUser user) {
		Complaint c = get(id, user);
		CaseFile caseFile = cases.open(c.caseNumber(), user, Action.EDIT_CASE);
		if (!c.late() || c.lateAcceptedReason() != null) {
			throw new ConflictException("Klagen er ikke en for sen klage, der venter på at blive taget under behandling.");
		}
		String text = reason(reason);
		if (text == null) {
			throw new InvalidInputException("reason", "Skriv hvorfor klagen behandles, selvom den kom for sent (mindst 10 tegn).");
		}
		transaction.executeWithoutResult(status -> {
			jdbc.sql("UPDATE oversight.complaint SET late_accepted_reason = ? WHERE id = ?").params(text, id).update();
			deadlines.recordEstablished(caseFile, "COMPLAINT_RECEIVED", Instant.now(clock), null, user.username());
		});
		return get(id, user);
	}

	/**
	 * The municipality's reconsideration: CHANGED gives the citizen full right and ends the complaint here; UPHELD
	 * means it goes on to Ankestyrelsen with the remarks.
	 */
	public Complaint reconsider(long id, String result, String remarks, CurrentUser user) {
		return reconsider(id, result, remarks, null, null, user);
	}

	/**
	 * The reconsideration dated {@code reconsideredOn} (today when null): one done on an earlier day is registered
	 * with its real date, not before the complaint came, never ahead, more than 2 working days late only with
	 * {@code lateReason} ({@link LateRegistration}); the 4 weeks of retssikkerhedsloven § 66 are met or missed on that day.
	 */
	public Complaint reconsider(long id, String result, String remarks, LocalDate reconsideredOn, String lateReason, CurrentUser user) {
		Complaint c = get(id, user);
		CaseFile caseFile = cases.open(c.caseNumber(), user, Action.EDIT_CASE);
		if (!c.status().mayReconsider()) {
			throw new ConflictException("Klagen er allerede genvurderet.");
		}
		if (c.late() && c.lateAcceptedReason() == null) {
			throw new ConflictException("Klagen kom efter klagefristen og skal først tages under behandling med en begrundelse.");
		}
		if (!"CHANGED".equals(result) && !"UPHELD".equals(result)) {
			throw new InvalidInputException("result", "Angiv om afgørelsen ændres eller fastholdes.");
		}
		String text = remarks == null ? "" : remarks.strip();
		if ("UPHELD".equals(result) && text.length() < 10) {
			throw new InvalidInputException("remarks", "Skriv kommunens bemærkninger til klagen, før den sendes videre.");
		}
		LateRegistration.Dated done = LateRegistration.onDay(reconsideredOn, c.receivedOn(), "klagen", lateReason, clock, calendar,
				"reconsideredOn");
		transaction.executeWithoutResult(status -> {
			jdbc.sql("UPDATE oversight.complaint SET status = ?, reconsidered_on = ?, remarks = ?, reconsideration_late_reason = ? WHERE id = ?")
				.params((result.equals("CHANGED") ? ComplaintStatus.CHANGED_BY_MUNICIPALITY : ComplaintStatus.UPHELD).name(), done.on(), text.isEmpty() ? null : text,
						done.lateReason(), id)
				.update();
			deadlines.recordEstablished(caseFile, "RECONSIDERATION_DONE", done.at(), null, user.username());
		});
		return get(id, user);
	}

	/** Forwards an upheld complaint to Ankestyrelsen: remarks and the case's documents as a bundle, journaled and logged. */
	public Complaint forward(long id, CurrentUser user) {
		Complaint c = get(id, user);
		List<Document> documents = documentsIfForwarded(c, user);
		LocalDate sentOn = LocalDate.now(clock.withZone(WorkingDayCalendar.COPENHAGEN));
		byte[] remarks = new PdfReport(letterheadLines, "Klage videresendt til Ankestyrelsen")
			.paragraph("Dato: " + DanishDates.longDate(sentOn) + "    Sagsnummer: " + c.caseNumber())
			.paragraph("Til: Ankestyrelsen")
			.paragraph("Klagen blev modtaget den " + DanishDates.longDate(c.receivedOn()) + " (klagefristen udløb den "
					+ DanishDates.longDate(c.complaintDeadline()) + "). Kommunen har genvurderet afgørelsen den "
					+ DanishDates.longDate(c.reconsideredOn()) + " og fastholder den (retssikkerhedslovens § 66).")
			.heading("Kommunens bemærkninger")
			.paragraph(c.remarks())
			.heading("Klagen")
			.paragraph(c.text())
			.signature(signatures.of(user.username(), letterhead).lines())
			.render();
		byte[] zip = bundles.zip("Sagens akter til Ankestyrelsen", c.caseNumber(), documents, Map.of(), Map.of("bemaerkninger.pdf", remarks));
		LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.COPENHAGEN));
		transaction.executeWithoutResult(status -> {
			Document bundle = journal.journalGenerated(c.caseNumber(), new NewDocument("Klage videresendt til Ankestyrelsen", Direction.OUTGOING,
					DocumentKind.LETTER, today, null), "klage-til-ankestyrelsen.zip", "application/zip", number -> zip, user);
			Map<String, Document> given = new LinkedHashMap<>();
			documents.forEach(d -> given.put(d.documentNumber(), d));
			given.put(bundle.documentNumber(), bundle);
			for (Document d : given.values()) {
				log.record(d, "APPEALS_BOARD", null, null, user.username(), user.username());
			}
			jdbc.sql("UPDATE oversight.complaint SET status = ?, forwarded_on = ?, bundle_document = ? WHERE id = ?")
				.params(ComplaintStatus.FORWARDED.name(), today, bundle.documentNumber(), id)
				.update();
		});
		return get(id, user);
	}

	/** How many of the case's documents forwarding would send, checked as {@link #forward} checks it. */
	public int documentsIfForwarded(long id, CurrentUser user) {
		return documentsIfForwarded(get(id, user), user).size();
	}

	private List<Document> documentsIfForwarded(Complaint c, CurrentUser user) {
		CaseFile caseFile = cases.open(c.caseNumber(), user, Action.EDIT_CASE);
		if (!c.status().mayForward()) {
			throw new ConflictException("Kun en klage over en fastholdt afgørelse sendes videre til Ankestyrelsen.");
		}
		return journal.documents(caseFile);
	}

	/** Ankestyrelsen's outcome, with the learning points. */
	public Complaint outcome(long id, String outcome, LocalDate decidedOn, String learningPoints, CurrentUser user) {
		Complaint c = get(id, user);
		cases.open(c.caseNumber(), user, Action.EDIT_CASE);
		if (!c.status().mayRecordOutcome()) {
			throw new ConflictException("Ankestyrelsens afgørelse registreres, når klagen er sendt videre.");
		}
		if (outcome == null || !OUTCOMES.contains(outcome)) {
			throw new InvalidInputException("outcome", "Angiv udfaldet: stadfæstet, ændret, hjemvist eller ophævet.");
		}
		if (decidedOn == null || decidedOn.isBefore(c.forwardedOn())) {
			throw new InvalidInputException("decidedOn", "Angiv datoen for Ankestyrelsens afgørelse (ikke før videresendelsen).");
		}
		jdbc.sql("UPDATE oversight.complaint SET status = ?, board_outcome = ?, board_decided_on = ?, learning_points = ? WHERE id = ?")
			.params(ComplaintStatus.DECIDED.name(), outcome, decidedOn, learningPoints == null || learningPoints.isBlank() ? null : learningPoints.strip(), id)
			.update();
		return get(id, user);
	}

	public Complaint get(long id, CurrentUser user) {
		Complaint c = jdbc.sql("SELECT * FROM oversight.complaint WHERE id = ?")
			.param(id)
			.query(Complaints::complaint)
			.optional()
			.orElseThrow(() -> new NotFoundException("Klagen findes ikke."));
		cases.open(c.caseNumber(), user);
		return c;
	}

	/** The complaints in a case, newest first; the case must already be opened through the access policy. */
	public List<Complaint> ofCase(CaseFile caseFile) {
		return jdbc.sql("SELECT * FROM oversight.complaint WHERE case_id = ? ORDER BY id DESC").param(caseFile.id()).query(Complaints::complaint).list();
	}

	private static Complaint complaint(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Complaint(rs.getLong("id"), rs.getLong("decision_id"), rs.getString("case_number"), rs.getString("legal_basis"),
				rs.getObject("received_on", LocalDate.class), rs.getString("channel"), rs.getString("text"),
				rs.getObject("complaint_deadline", LocalDate.class), rs.getBoolean("late"), rs.getString("late_accepted_reason"),
				ComplaintStatus.valueOf(rs.getString("status")), rs.getObject("reconsidered_on", LocalDate.class), rs.getString("remarks"),
				rs.getObject("forwarded_on", LocalDate.class), rs.getString("bundle_document"), rs.getString("board_outcome"),
				rs.getObject("board_decided_on", LocalDate.class), rs.getString("learning_points"));
	}

	private static String reason(String reason) {
		String text = reason == null ? "" : reason.strip();
		return text.length() < 10 ? null : text;
	}
}
