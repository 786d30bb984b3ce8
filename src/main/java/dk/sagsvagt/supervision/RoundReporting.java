package dk.sagsvagt.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CaseFacts;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.journal.Direction;
import dk.sagsvagt.journal.Document;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.Journal;
import dk.sagsvagt.journal.NewDocument;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Staff;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.organisation.Unit;
import dk.sagsvagt.shared.AccessDeniedException;
import dk.sagsvagt.shared.ConflictException;
import dk.sagsvagt.shared.Letterhead;
import dk.sagsvagt.shared.PdfReport;
import dk.sagsvagt.supervision.internal.RoundAccess;
import dk.sagsvagt.supervision.internal.RoundGrants;
import dk.sagsvagt.supervision.internal.RoundResults;
import dk.sagsvagt.supervision.internal.RoundStore;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Results reaching the units, on the record (issue 17): reporting a concluded round journals, per unit in the sample,
 * a letter in the round's own case with the unit's own results per question and its flagged cases, records which
 * document went to which unit, and keeps each unit leader's acknowledgement with date and person. The letter is a
 * bundle of the unit's sampled cases, so only those who may read all of them read it (the unit's leader, the round's
 * whole readers); the unit's leaders are given the letter alone (a UNIT_LETTER grant of the round's case, which reaches
 * its bundles and nothing else there) until the unit acknowledges it.
 */
@Service
public class RoundReporting {

	private final JdbcClient jdbc;

	private final RoundStore store;

	private final SupervisionRounds rounds;

	private final RoundResults results;

	private final Flags flags;

	private final Journal journal;

	private final Organisation organisation;

	private final AccessPolicy access;

	private final RoundAccess roundAccess;

	private final RoundGrants grants;

	private final Letterhead letterhead;

	private final TransactionTemplate transaction;

	private final Clock clock;

	RoundReporting(JdbcClient jdbc, RoundStore store, SupervisionRounds rounds, RoundResults results, Flags flags, Journal journal,
			Organisation organisation, AccessPolicy access, RoundAccess roundAccess, RoundGrants grants, Letterhead letterhead,
			TransactionTemplate transaction, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.rounds = rounds;
		this.results = results;
		this.flags = flags;
		this.journal = journal;
		this.organisation = organisation;
		this.access = access;
		this.roundAccess = roundAccess;
		this.grants = grants;
		this.letterhead = letterhead;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** What a unit was sent, and its leader's acknowledgement (display name and username). */
	public record UnitReport(long unitId, String unit, Instant reportedAt, String documentNumber, Instant acknowledgedAt,
			String acknowledgedBy, String acknowledgedByName) {
	}

	/** Tells each unit in the sample its results and flagged cases, journaled per unit in the round's own case. */
	public Round report(long id, CurrentUser user) {
		reviewerOf(id, user);
		transaction.executeWithoutResult(status -> {
			Round round = store.lock(id);
			if (round.status() == RoundStatus.REPORTED) {
				throw new ConflictException("Resultaterne er allerede sendt til enhederne.");
			}
			if (!round.status().mayReport()) {
				throw new ConflictException("Resultaterne sendes til enhederne, når tilsynet er afsluttet.");
			}
			long roundCaseId = jdbc.sql("SELECT case_id FROM supervision.round WHERE id = ?").param(id).query(Long.class).single();
			Round previous = round.previousRoundId() == null ? null : rounds.round(round.previousRoundId());
			List<QuestionResult> roundResults = results.results(round, previous);
			List<SampledCase> active = store.sample(id).stream().filter(SampledCase::active).toList();
			List<Flag> roundFlags = flags.of(round);
			Instant now = Instant.now(clock);
			for (long unitId : active.stream().map(SampledCase::unitId).distinct().sorted().toList()) {
				Unit unit = organisation.unit(unitId);
				List<SampledCase> ofUnit = active.stream().filter(s -> s.unitId() == unitId).toList();
				List<String> leaders = leadersOf(unitId);
				// like the result note: a case protected from one of the round's members, or from the unit's leader who
				// is to read the letter, is not named case by case, and the letter bundles only the cases it may name
				// (issue 17 review, S2), so that the leader is not refused his or her own letter
				List<CaseFacts> held = ofUnit.stream().map(s -> roundAccess.facts(s.caseNumber()))
					.filter(f -> !roundAccess.protectedFromAMember(round, f))
					.filter(f -> leaders.stream().noneMatch(l -> access.protects(l, f)))
					.toList();
				List<Flag> shown = roundFlags.stream()
					.filter(f -> held.stream().anyMatch(h -> h.caseNumber().equals(f.caseNumber())))
					.toList();
				byte[] pdf = letter(round, unit, ofUnit.size(), roundResults, shown, now);
				Document document = journal.journalOwnWork(round.caseNumber(), new NewDocument("Tilbagemelding til " + unit.name() + ": "
						+ round.name(), Direction.INTERNAL, DocumentKind.LETTER, null, null), "tilbagemelding-" + unitId + ".pdf",
						"application/pdf", pdf, user);
				grants.outputs(document, held);
				// the unit's leaders reach this letter, not the round's case and its other documents (issue 17 review, S1)
				grants.unitLetter(id, round.name(), roundCaseId, leaders, user.username());
				jdbc.sql("""
						INSERT INTO supervision.unit_report (round_id, unit_id, sent_at, document_number) VALUES (?, ?, ?, ?)
						ON CONFLICT (round_id, unit_id) DO UPDATE SET document_number = EXCLUDED.document_number""")
					.params(id, unitId, Timestamp.from(now), document.documentNumber())
					.update();
			}
			store.status(id, RoundStatus.REPORTED);
		});
		return store.find(id).orElseThrow();
	}

	private byte[] letter(Round round, Unit unit, int cases, List<QuestionResult> roundResults, List<Flag> flagged, Instant now) {
		PdfReport pdf = new PdfReport(letterhead.lines(), "Tilbagemelding til " + unit.name());
		pdf.paragraph("Ledelsestilsyn: " + round.name() + " (sag " + round.caseNumber() + "), afsluttet "
				+ (round.concludedAt() == null ? "" : "den " + dk.sagsvagt.shared.DanishDates.longDate(round.concludedAt()))
				+ ". Sendt den " + dk.sagsvagt.shared.DanishDates.longDate(now) + ".");
		pdf.paragraph("Enhedens " + cases + (cases == 1 ? " sag" : " sager") + " i stikprøven er gennemgået. Herunder enhedens egne "
				+ "resultater pr. spørgsmål og de sager, der er udpeget til særlig opmærksomhed.");
		pdf.heading("Enhedens resultater");
		List<List<String>> rows = new ArrayList<>();
		for (QuestionResult r : roundResults) {
			Proportion p = r.byUnit().get(unit.name());
			rows.add(List.of(r.question().text(), r.question().law(), p == null ? "–" : p.met() + " af " + p.total(),
					p == null ? "–" : p.percent()));
		}
		pdf.table(new float[] { 0.5f, 0.25f, 0.13f, 0.12f }, List.of("Krav", "Lovgrundlag", "Opfyldt", "Andel"), rows);
		pdf.heading("Sager med særlig opmærksomhed");
		if (flagged.isEmpty()) {
			pdf.paragraph("Ingen af enhedens sager er udpeget.");
		}
		else {
			pdf.table(new float[] { 0.18f, 0.47f, 0.2f, 0.15f }, List.of("Sag", "Begrundelse", "Ansvarlig", "Frist"), flagged.stream()
				.map(f -> List.of(f.caseNumber(), f.reason(), displayName(f.owner()), danish(f.followUpDue())))
				.toList());
		}
		pdf.paragraph("Enhedens leder bedes kvittere for modtagelsen i Sagsvagt.");
		return pdf.render();
	}

	private static String danish(LocalDate date) {
		return "den " + dk.sagsvagt.shared.DanishDates.longDate(date);
	}

	private List<String> leadersOf(long unitId) {
		return organisation.staffInUnit(unitId).stream().filter(Staff::active).filter(s -> s.role() == StaffRole.UNIT_LEADER)
			.map(Staff::username).toList();
	}

	private String displayName(String username) {
		return organisation.displayName(username);
	}

	/** Per unit: reported at, the document sent, acknowledged at and by whom. */
	public List<UnitReport> unitReports(Round round) {
		Map<Long, String> names = organisation.units().stream().collect(Collectors.toMap(Unit::id, Unit::name));
		return jdbc.sql("SELECT * FROM supervision.unit_report WHERE round_id = ? ORDER BY unit_id")
			.param(round.id())
			.query((rs, n) -> new UnitReport(rs.getLong("unit_id"), names.getOrDefault(rs.getLong("unit_id"), "?"),
					rs.getTimestamp("sent_at").toInstant(), rs.getString("document_number"),
					rs.getTimestamp("acknowledged_at") == null ? null : rs.getTimestamp("acknowledged_at").toInstant(),
					rs.getString("acknowledged_by"),
					rs.getString("acknowledged_by") == null ? null : displayName(rs.getString("acknowledged_by"))))
			.list();
	}

	/** The unit leader acknowledges that the unit has received its results. */
	public void acknowledge(long id, CurrentUser user) {
		// the unit's leader acknowledges for the unit, not a team leader or a centre leader (issue 17 review, S2)
		if (user.role() != StaffRole.UNIT_LEADER || user.unitId() == null) {
			access.refuse(user, Action.LEAD, "kvittering for tilsynsresultat er for enhedens leder",
					"Kun enhedens leder kan kvittere for tilsynets tilbagemelding.");
		}
		String letter = jdbc.sql("""
				SELECT document_number FROM supervision.unit_report WHERE round_id = ? AND unit_id = ? AND acknowledged_at IS NULL""")
			.params(id, user.unitId())
			.query(String.class)
			.optional()
			.orElseThrow(() -> new ConflictException("Din enhed har ingen ukvitteret tilbagemelding fra dette tilsyn."));
		long roundCaseId = jdbc.sql("SELECT case_id FROM supervision.round WHERE id = ?").param(id).query(Long.class).single();
		// a letter that names no case (all of the unit's cases protected) is no bundle: then only the round's case's
		// own readers read it
		java.util.Optional<List<Long>> bundled = access.bundleShown(user, roundCaseId, letter);
		boolean readable = bundled.isPresent() && (!bundled.get().isEmpty()
				|| access.permits(user, Action.VIEW_DOCUMENT, roundAccess.facts(store.find(id).orElseThrow().caseNumber())));
		if (!readable) {
			throw new ConflictException("Du kan ikke kvittere for en tilbagemelding, du ikke kan læse. Kontakt tilsynets gennemgåere.");
		}
		int updated = jdbc.sql("""
				UPDATE supervision.unit_report SET acknowledged_by = ?, acknowledged_at = ?
				WHERE round_id = ? AND unit_id = ? AND acknowledged_at IS NULL""")
			.params(user.username(), Timestamp.from(Instant.now(clock)), id, user.unitId())
			.update();
		if (updated == 0) {
			throw new ConflictException("Din enhed har ingen ukvitteret tilbagemelding fra dette tilsyn.");
		}
		grants.endUnitLetter(id, leadersOf(user.unitId()), user.username());
	}

	private Round reviewerOf(long id, CurrentUser user) {
		Round round = rounds.get(id, user);
		if (!round.reviewer(user.username()) && !round.createdBy().equals(user.username())) {
			throw new AccessDeniedException("Kun tilsynets gennemgåere kan gøre dette.");
		}
		return round;
	}
}
