package dk.sagsvagt.demo;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import dk.sagsvagt.cases.CaseImport;
import dk.sagsvagt.cases.HistoricCase;
import dk.sagsvagt.cases.PartyRole;
import dk.sagsvagt.citizens.Cpr;
import dk.sagsvagt.decisions.DecisionDraft;
import dk.sagsvagt.decisions.HistoricDecision;
import dk.sagsvagt.journal.HistoricDocument;
import dk.sagsvagt.migration.MigratedCase;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.shared.WorkingDayCalendar;

/**
 * The demo's generated cases in the migration's own terms, so the demo municipality is taken over from "an earlier
 * case system" through the one import (issue 20) rather than a write path of its own. Documents and decisions are
 * planned against stand-in ids (the case's place in the plan, counted from 1), which only say which case they belong
 * to; the import gives the real ones.
 */
final class DemoMigration {

	static final String SOURCE = "demodata";

	private final Organisation organisation;

	private final DemoOrganisation.Built org;

	private final Map<Long, Cpr> cprs;

	private final Map<Long, String> unitNames = new HashMap<>();

	DemoMigration(Organisation organisation, DemoOrganisation.Built org, DemoPeople.Built people) {
		this.organisation = organisation;
		this.org = org;
		this.cprs = new HashMap<>();
		people.adults().forEach(p -> cprs.put(p.id(), p.cpr()));
		for (DemoPeople.Child c : people.children()) {
			cprs.put(c.child().id(), c.child().cpr());
			c.parents().forEach(p -> cprs.put(p.id(), p.cpr()));
		}
	}

	/**
	 * The cases' numbers as the year's sequence gives them, in the planned order (the order the cases were opened),
	 * with stand-in ids.
	 */
	static List<CaseImport.Registered> standIns(List<DemoCases.Planned> planned) {
		Map<Integer, Integer> perYear = new HashMap<>();
		List<CaseImport.Registered> out = new ArrayList<>(planned.size());
		for (int i = 0; i < planned.size(); i++) {
			int year = planned.get(i).historic().openedAt().atZone(WorkingDayCalendar.COPENHAGEN).getYear();
			int n = perYear.merge(year, 1, Integer::sum);
			out.add(new CaseImport.Registered(i + 1, year + "-" + String.format("%07d", n)));
		}
		return out;
	}

	/** Each planned case with its documents, deadline events and decisions, as the migration file would have it. */
	List<MigratedCase> cases(List<DemoCases.Planned> planned, List<CaseImport.Registered> standIns, List<HistoricDocument> documents,
			List<HistoricDecision> decisions, Map<Integer, List<MigratedCase.DeadlineEvent>> events) {
		Map<Long, List<HistoricDocument>> docsByCase = new HashMap<>();
		documents.forEach(d -> docsByCase.computeIfAbsent(d.caseId(), k -> new ArrayList<>()).add(d));
		Map<Long, List<HistoricDecision>> decisionsByCase = new HashMap<>();
		decisions.forEach(d -> decisionsByCase.computeIfAbsent(d.caseId(), k -> new ArrayList<>()).add(d));
		List<MigratedCase> out = new ArrayList<>(planned.size());
		for (int i = 0; i < planned.size(); i++) {
			HistoricCase h = planned.get(i).historic();
			CaseImport.Registered r = standIns.get(i);
			Map<HistoricDocument, String> refs = new IdentityHashMap<>();
			List<MigratedCase.Document> docs = new ArrayList<>();
			for (HistoricDocument d : docsByCase.getOrDefault(r.id(), List.of())) {
				String ref = "d" + (docs.size() + 1);
				refs.put(d, ref);
				docs.add(new MigratedCase.Document(ref, d.title(), d.direction().name(), d.kind().name(), d.documentDate(), d.author(), d.text(),
						at(d.journaledAt()), d.journaledBy(), null));
			}
			List<MigratedCase.Decision> sent = decisionsByCase.getOrDefault(r.id(), List.of()).stream().map(d -> decision(d, refs)).toList();
			List<MigratedCase.Party> parties = new ArrayList<>();
			parties.add(new MigratedCase.Party(cprs.get(h.primaryCitizenId()).digits(), null, PartyRole.PRIMARY.name()));
			h.others().forEach(o -> parties.add(new MigratedCase.Party(cprs.get(o.citizenId()).digits(), null, o.role().name())));
			out.add(new MigratedCase(r.caseNumber(), h.caseType(), null, null, h.title(), unitName(h.unitId()),
					h.caseworkerId() == null ? null : org.usernames().get(h.caseworkerId()), at(h.openedAt()), at(h.closedAt()), h.actor(),
					parties, docs, events.getOrDefault(i, List.of()), sent));
		}
		return out;
	}

	/** A decision naming its letter and plan by the references of the case's documents, its recipients by CPR number. */
	private MigratedCase.Decision decision(HistoricDecision d, Map<HistoricDocument, String> refs) {
		DecisionDraft c = d.content();
		List<String> recipients = c.notifiedCitizenIds() == null ? null : c.notifiedCitizenIds().stream().map(id -> cprs.get(id).digits()).toList();
		return new MigratedCase.Decision(at(d.sentAt()), d.channel().name(), d.receivedOn(), refs.get(letters.get(d)), plans.get(d) == null ? null
				: refs.get(plans.get(d)), d.actor(), recipients, d.exemptions(), c);
	}

	private final Map<HistoricDecision, HistoricDocument> letters = new IdentityHashMap<>();

	private final Map<HistoricDecision, HistoricDocument> plans = new IdentityHashMap<>();

	/** The decisions as planned, each remembered with its letter and plan, which go into the case's documents. */
	List<HistoricDecision> decisions(List<DemoDecisions.Planned> planned, List<HistoricDocument> documents) {
		List<HistoricDecision> out = new ArrayList<>(planned.size());
		for (DemoDecisions.Planned p : planned) {
			letters.put(p.decision(), p.letter());
			documents.add(p.letter());
			if (p.plan() != null) {
				plans.put(p.decision(), p.plan());
				documents.add(p.plan());
			}
			out.add(p.decision());
		}
		return out;
	}

	private String unitName(long unitId) {
		return unitNames.computeIfAbsent(unitId, id -> organisation.unit(id).name());
	}

	private static OffsetDateTime at(Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}
}
