package dk.sagsvagt.decisions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dk.sagsvagt.cases.CaseImport;
import dk.sagsvagt.deadlines.CaseDeadlines;
import dk.sagsvagt.decisions.internal.DecisionStore;
import dk.sagsvagt.decisions.internal.Delivery;
import dk.sagsvagt.decisions.internal.GateEvaluator;
import dk.sagsvagt.shared.DanishDates;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.WorkingDayCalendar;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes over decisions already sent (from an earlier system, or demo data): stores each with its gates as they
 * stood on the day it was sent, and starts the deadlines that sending started (the citizen's complaint period, a
 * child's plan due after the decision). Part of the migration from an earlier case system, which checks the
 * importer's right; the demo data goes through it too.
 */
@Service
public class DecisionImport {

	private final DecisionStore store;

	private final GateEvaluator evaluator;

	private final DecisionCatalogue catalogue;

	private final Delivery delivery;

	private final CaseDeadlines deadlines;

	private final CaseImport cases;

	private final Clock clock;

	DecisionImport(DecisionStore store, GateEvaluator evaluator, DecisionCatalogue catalogue, Delivery delivery,
			CaseDeadlines deadlines, CaseImport cases, Clock clock) {
		this.clock = clock;
		this.store = store;
		this.evaluator = evaluator;
		this.catalogue = catalogue;
		this.delivery = delivery;
		this.deadlines = deadlines;
		this.cases = cases;
	}

	/**
	 * Stores the decisions as sent; each is checked first (type, measure, a legal basis in force on the day it was
	 * sent, a channel, its letter, dates in order and not in the future), and a refusal names it by its place in the
	 * input ({@code decisions[0].legalBasis}).
	 */
	@Transactional
	public void importSent(List<HistoricDecision> decisions) {
		LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.COPENHAGEN));
		for (int i = 0; i < decisions.size(); i++) {
			HistoricDecision h = decisions.get(i);
			String at = "decisions[" + i + "].";
			Checked checked = checked(h, at, today);
			LegalBasis basis = checked.basis();
			LocalDate on = h.sentAt().atZone(WorkingDayCalendar.COPENHAGEN).toLocalDate();
			long id = store.insert(h.caseId(), h.caseNumber(), h.content(), h.actor(), h.sentAt(), true);
			store.recipients(id, h.content().notifiedCitizenIds());
			h.exemptions().forEach((gate, reason) -> store.exempt(id, gate, reason, h.actor(), h.sentAt()));
			List<Gate> gates = evaluator.evaluate(h.content(), new GateEvaluator.Facts(on, h.caseArea(), h.childBirthDate(), h.exemptions()));
			gates.forEach(g -> store.saveGateState(id, g, checked.gateVersions().get(g.code())));
			LocalDate received = h.receivedOn() != null ? h.receivedOn() : delivery.receivedOn(h.channel(), on);
			store.markSent(id, basis.effectiveFrom(), on, h.sentAt(), h.actor(), h.channel(), received,
					delivery.complaintDeadline(received), h.letterDocumentNumber());
			Instant receivedAt = delivery.at(received, h.sentAt());
			deadlines.recordHistoric(h.caseId(), h.caseNumber(), h.caseType(), h.unitId(), h.caseworkerId(), "DECISION_RECEIVED",
					receivedAt, h.actor());
			if (gates.stream().anyMatch(g -> g.code().equals("CHILD_PLAN") && g.state() == GateState.DEADLINE)) {
				deadlines.recordHistoric(h.caseId(), h.caseNumber(), h.caseType(), h.unitId(), h.caseworkerId(), "DECISION_MADE",
						h.sentAt(), evaluator.planRule(basis, Boolean.TRUE.equals(h.content().urgent()), on).variant(), h.actor());
			}
			cases.recordEvents(List.of(new CaseImport.HistoricEvent(h.caseId(), h.sentAt(), "DECISION_SENT",
					"Afgørelse sendt: " + h.content().measure() + " – dokument " + h.letterDocumentNumber(), h.actor())));
		}
	}

	/** A decision that passed its checks: its legal basis, and each requirement's version on the day it was sent. */
	private record Checked(LegalBasis basis, Map<String, LocalDate> gateVersions) {
	}

	private Checked checked(HistoricDecision h, String at, LocalDate today) {
		DecisionDraft c = h.content();
		if (c == null || c.type() == null) {
			throw new InvalidInputException(at + "content.type", "Vælg afgørelsens type (bevilling, afslag, …).");
		}
		if (c.measure() == null || c.measure().isBlank() || c.measure().length() > 300) {
			throw new InvalidInputException(at + "content.measure", "Skriv, hvad afgørelsen handler om (højst 300 tegn).");
		}
		if (h.sentAt() == null || h.sentAt().atZone(WorkingDayCalendar.COPENHAGEN).toLocalDate().isAfter(today)) {
			throw new InvalidInputException(at + "sentAt", "Afgørelsens afsendelsestidspunkt skal udfyldes og må ikke ligge i fremtiden.");
		}
		if (h.channel() == null) {
			throw new InvalidInputException(at + "channel", "Angiv, om afgørelsen blev sendt med Digital Post eller almindelig post.");
		}
		if (h.letterDocumentNumber() == null) {
			throw new InvalidInputException(at + "letter", "Afgørelsen skal pege på sit brev blandt sagens dokumenter.");
		}
		LocalDate on = h.sentAt().atZone(WorkingDayCalendar.COPENHAGEN).toLocalDate();
		if (h.receivedOn() != null && (h.receivedOn().isBefore(on) || h.receivedOn().isAfter(today))) {
			throw new InvalidInputException(at + "receivedOn", "Modtagelsesdagen skal ligge mellem afsendelsen og i dag.");
		}
		Map<String, LocalDate> versions = catalogue.gateRules(on).stream().collect(Collectors.toMap(GateRule::code, GateRule::effectiveFrom));
		h.exemptions().forEach((gate, reason) -> {
			if (!versions.containsKey(gate) || reason == null || reason.isBlank()) {
				throw new InvalidInputException(at + "exemptions." + gate,
						"En undtagelse skal gælde et af afgørelsens krav og have en begrundelse.");
			}
		});
		LegalBasis basis = catalogue.legalBasis(c.legalBasis(), on)
			.orElseThrow(() -> new InvalidInputException(at + "content.legalBasis", "Hjemlen '" + c.legalBasis()
					+ "' findes ikke i hjemmelskataloget, eller den gjaldt ikke den " + DanishDates.longDate(on) + "."));
		return new Checked(basis, versions);
	}
}
