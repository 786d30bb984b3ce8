package dk.sagsvagt.decisions;

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
import dk.sagsvagt.shared.WorkingDayCalendar;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes over decisions already sent (from an earlier system, or demo data): stores each with its gates as they
 * stood on the day it was sent, and starts the deadlines that sending started (the citizen's complaint period, a
 * child's plan due after the decision). No access check: this is for migrations and demo data only.
 */
@Service
public class DecisionImport {

	private final DecisionStore store;

	private final GateEvaluator evaluator;

	private final DecisionCatalogue catalogue;

	private final Delivery delivery;

	private final CaseDeadlines deadlines;

	private final CaseImport cases;

	DecisionImport(DecisionStore store, GateEvaluator evaluator, DecisionCatalogue catalogue, Delivery delivery,
			CaseDeadlines deadlines, CaseImport cases) {
		this.store = store;
		this.evaluator = evaluator;
		this.catalogue = catalogue;
		this.delivery = delivery;
		this.deadlines = deadlines;
		this.cases = cases;
	}

	@Transactional
	public void importSent(List<HistoricDecision> decisions) {
		for (HistoricDecision h : decisions) {
			LocalDate on = h.sentAt().atZone(WorkingDayCalendar.COPENHAGEN).toLocalDate();
			LegalBasis basis = catalogue.legalBasis(h.content().legalBasis(), on)
				.orElseThrow(() -> new IllegalArgumentException("Legal basis " + h.content().legalBasis() + " not in force on " + on));
			long id = store.insert(h.caseId(), h.caseNumber(), h.content(), h.actor(), h.sentAt(), true);
			store.recipients(id, h.content().notifiedCitizenIds());
			h.exemptions().forEach((gate, reason) -> store.exempt(id, gate, reason, h.actor(), h.sentAt()));
			List<Gate> gates = evaluator.evaluate(h.content(), new GateEvaluator.Facts(on, h.caseArea(), h.childBirthDate(), h.exemptions()));
			Map<String, LocalDate> versions = catalogue.gateRules(on)
				.stream()
				.collect(Collectors.toMap(GateRule::code, GateRule::effectiveFrom));
			gates.forEach(g -> store.saveGateState(id, g, versions.get(g.code())));
			LocalDate received = delivery.receivedOn(h.channel(), on);
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
}
