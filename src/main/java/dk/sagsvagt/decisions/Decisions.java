package dk.sagsvagt.decisions;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseArea;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.cases.Party;
import dk.sagsvagt.cases.PartyRole;
import dk.sagsvagt.decisions.internal.DecisionDispatches;
import dk.sagsvagt.decisions.internal.DecisionStore;
import dk.sagsvagt.decisions.internal.GateEvaluator;
import dk.sagsvagt.journal.Document;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.Journal;
import dk.sagsvagt.shared.ConflictException;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.NotFoundException;
import dk.sagsvagt.shared.WorkingDayCalendar;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Decisions in a case: drafts that a caseworker fills in, the legal gates as they stand, and exemptions with
 * reasons. Sending is {@link DecisionSending}. Every read goes through the case's access check.
 */
@Service
public class Decisions {

	private static final Set<PartyRole> NOTIFIED_BY_DEFAULT = Set.of(PartyRole.PRIMARY, PartyRole.CUSTODIAL_PARENT,
			PartyRole.REPRESENTATIVE);

	private static final Set<String> PLANNED_DATES = Set.of("effectiveDate", "hearingResponseDueOn");

	private final DecisionStore store;

	private final GateEvaluator gates;

	private final DecisionCatalogue catalogue;

	private final Cases cases;

	private final Journal journal;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final DecisionDispatches dispatches;

	private final dk.sagsvagt.decisions.internal.Delivery delivery;

	Decisions(DecisionStore store, GateEvaluator gates, DecisionCatalogue catalogue, Cases cases, Journal journal,
			TransactionTemplate transaction, Clock clock, DecisionDispatches dispatches, dk.sagsvagt.decisions.internal.Delivery delivery) {
		this.dispatches = dispatches;
		this.delivery = delivery;
		this.store = store;
		this.gates = gates;
		this.catalogue = catalogue;
		this.cases = cases;
		this.journal = journal;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Creates a draft decision in the case. */
	public Decision create(String caseNumber, DecisionDraft draft, CurrentUser user) {
		CaseFile caseFile = cases.open(caseNumber, user, Action.EDIT_CASE);
		DecisionDraft valid = validate(caseFile, draft, user);
		long id = transaction.execute(status -> {
			long created = store.insert(caseFile.id(), caseFile.caseNumber(), valid, user.username(), Instant.now(clock));
			store.recipients(created, valid.notifiedCitizenIds());
			cases.recordEvent(caseFile.id(), Instant.now(clock), "DECISION_DRAFTED", "Udkast til afgørelse: " + valid.measure(),
					user.username());
			return created;
		});
		return view(store.find(id).orElseThrow(), caseFile);
	}

	/** Replaces the content of a draft. */
	public Decision update(long id, DecisionDraft draft, CurrentUser user) {
		DecisionStore.Row row = row(id);
		CaseFile caseFile = cases.open(row.caseNumber(), user, Action.EDIT_CASE);
		DecisionDraft valid = validate(caseFile, draft, user);
		transaction.executeWithoutResult(status -> {
			requireDraft(store.lock(id));
			store.update(id, valid, Instant.now(clock));
			store.recipients(id, valid.notifiedCitizenIds());
		});
		return view(store.find(id).orElseThrow(), caseFile);
	}

	/** Records why a gate is exempted; only gates whose law allows an exemption, and only with a reason. */
	public Decision exempt(long id, String gate, String reason, CurrentUser user) {
		DecisionStore.Row row = row(id);
		CaseFile caseFile = cases.open(row.caseNumber(), user, Action.EDIT_CASE);
		GateRule rule = catalogue.gateRules(today())
			.stream()
			.filter(g -> g.code().equals(gate))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("gate", "Kravet '" + gate + "' findes ikke."));
		if (rule.exemptionLaw() == null) {
			throw new InvalidInputException("gate", "Kravet '" + rule.name() + "' (" + rule.law() + ") kan ikke fraviges.");
		}
		String text = reason == null ? "" : reason.strip();
		if (text.length() < 10) {
			throw new InvalidInputException("reason", "Skriv begrundelsen for undtagelsen efter " + rule.exemptionLaw() + " (mindst 10 tegn).");
		}
		if (text.length() > 5000) {
			throw new InvalidInputException("reason", "Begrundelsen må højst have 5000 tegn.");
		}
		transaction.executeWithoutResult(status -> {
			requireDraft(store.lock(id));
			store.exempt(id, gate, text, user.username(), Instant.now(clock));
			cases.recordEvent(caseFile.id(), Instant.now(clock), "GATE_EXEMPTED",
					"Undtagelse fra " + rule.name() + " (" + rule.exemptionLaw() + ") registreret", user.username());
		});
		return view(store.find(id).orElseThrow(), caseFile);
	}

	/** The decision with its gates, if the user may see the case. */
	public Decision get(long id, CurrentUser user) {
		DecisionStore.Row row = row(id);
		return view(row, cases.open(row.caseNumber(), user));
	}

	/** The number of the case a decision belongs to; a case number is no personal data, so this is not logged. */
	public String caseNumberOf(long id) {
		return row(id).caseNumber();
	}

	/** The decision, which must belong to the case; the case must already be opened through the access policy. */
	public Decision in(CaseFile caseFile, long id) {
		DecisionStore.Row row = row(id);
		if (row.caseId() != caseFile.id()) {
			throw new NotFoundException("Afgørelsen findes ikke i sag " + caseFile.caseNumber() + ".");
		}
		return view(row, caseFile);
	}

	/**
	 * The case's decisions, newest first, each with its gates: as evaluated today for drafts, as they stood when
	 * sent for the rest. The case must already be opened through the access policy.
	 */
	public List<Decision> ofCase(CaseFile caseFile) {
		return store.ofCase(caseFile.id()).stream().map(r -> view(r, caseFile)).toList();
	}

	/** The gates of a draft as of the date, for the sending step. */
	List<Gate> evaluate(DecisionStore.Row row, CaseFile caseFile, LocalDate on) {
		return gates.evaluate(row.content(), new GateEvaluator.Facts(on, area(caseFile), childBirthDate(caseFile),
				store.exemptions(row.id())));
	}

	DecisionStore.Row row(long id) {
		return store.find(id).orElseThrow(() -> new NotFoundException("Afgørelsen findes ikke."));
	}

	Decision view(DecisionStore.Row row, CaseFile caseFile) {
		List<Gate> gateList = row.sent() ? store.gateStates(row.id()) : evaluate(row, caseFile, today());
		LocalDate on = row.sent() ? row.decidedOn() : today();
		String law = row.content().legalBasis() == null ? null
				: catalogue.legalBasis(row.content().legalBasis(), on).map(LegalBasis::law).orElse(null);
		// by Digital Post: received when every recipient's receipt (or manual registration) is in
		List<DecisionDispatches.Dispatch> letters = row.sent() && row.channel() == DeliveryChannel.DIGITAL_POST
				? dispatches.of(row.id()) : List.of();
		// (a decision taken over from an earlier system has no letters here: it keeps the dates it came with)
		boolean byReceipt = !letters.isEmpty();
		LocalDate receivedOn = byReceipt ? DecisionDispatches.receivedOn(letters).orElse(null) : row.receivedOn();
		LocalDate complaintDeadline = byReceipt ? (receivedOn == null ? null : delivery.complaintDeadline(receivedOn))
				: row.complaintDeadline();
		return new Decision(row.id(), row.caseNumber(), row.status(), row.content(), law, row.createdBy(), row.createdAt(),
				row.decidedOn(), row.sentAt(), row.sentBy(), row.channel(), receivedOn, complaintDeadline,
				row.letterDocumentNumber(), gateList, letters);
	}

	static void requireDraft(DecisionStore.Row row) {
		if (row.sent()) {
			throw new ConflictException("Afgørelsen er sendt og kan ikke ændres.");
		}
	}

	/** The case type's area: CHILDREN, ADULTS or GENERAL. */
	public CaseArea area(CaseFile caseFile) {
		return cases.caseTypes().stream().filter(t -> t.code().equals(caseFile.caseType())).findFirst().orElseThrow().area();
	}

	LocalDate childBirthDate(CaseFile caseFile) {
		return cases.parties(caseFile)
			.stream()
			.filter(p -> p.role() == PartyRole.PRIMARY)
			.map(p -> p.citizen().cpr().birthDate())
			.findFirst()
			.orElse(null);
	}

	LocalDate today() {
		return LocalDate.now(clock.withZone(WorkingDayCalendar.COPENHAGEN));
	}

	private DecisionDraft validate(CaseFile caseFile, DecisionDraft d, CurrentUser user) {
		CaseArea area = area(caseFile);
		if (!area.hasDecisions()) {
			throw new ConflictException("Der træffes ikke afgørelse om indsatser i sager af typen " + caseFile.caseTypeName() + ".");
		}
		if (d.type() == null) {
			throw new InvalidInputException("type", "Vælg afgørelsens type.");
		}
		String measure = trimmed(d.measure(), "measure", 300);
		if (measure == null) {
			throw new InvalidInputException("measure", "Skriv hvilken indsats eller ydelse afgørelsen gælder.");
		}
		String basis = trimmed(d.legalBasis(), "legalBasis", 50);
		if (basis != null && catalogue.legalBases().stream().noneMatch(b -> b.code().equals(basis) && b.area() == (area))) {
			throw new InvalidInputException("legalBasis", "Hjemlen '" + basis + "' findes ikke for denne type sag.");
		}
		LocalDate today = today();
		Map<String, LocalDate> dates = new java.util.LinkedHashMap<>();
		dates.put("effectiveDate", d.effectiveDate());
		dates.put("hearingSentOn", d.hearingSentOn());
		dates.put("hearingResponseDueOn", d.hearingResponseDueOn());
		dates.put("hearingAnsweredOn", d.hearingAnsweredOn());
		dates.put("childConversationOn", d.childConversationOn());
		dates.put("consentOn", d.consentOn());
		dates.put("youngPersonHeardOn", d.youngPersonHeardOn());
		for (Map.Entry<String, LocalDate> date : dates.entrySet()) {
			if (date.getValue() == null) {
				continue;
			}
			if (date.getValue().getYear() < 1900 || date.getValue().getYear() > 2200) {
				throw new InvalidInputException(date.getKey(), "Datoen er ugyldig.");
			}
			// what has happened cannot lie ahead; the effective date and the hearing's answer deadline may
			if (!PLANNED_DATES.contains(date.getKey()) && date.getValue().isAfter(today)) {
				throw new InvalidInputException(date.getKey(), "Datoen kan ikke ligge i fremtiden.");
			}
		}
		if (d.hearingSentOn() != null && d.hearingResponseDueOn() != null && d.hearingResponseDueOn().isBefore(d.hearingSentOn())) {
			throw new InvalidInputException("hearingResponseDueOn", "Svarfristen kan ikke ligge før høringsbrevet blev sendt.");
		}
		for (BigDecimal price : new BigDecimal[] { d.offerGivenPrice(), d.offerWishedPrice() }) {
			if (price != null && (price.signum() < 0 || price.compareTo(BigDecimal.valueOf(9_999_999_999L)) > 0)) {
				throw new InvalidInputException(price == d.offerGivenPrice() ? "offerGivenPrice" : "offerWishedPrice",
						"Prisen skal være et beløb mellem 0 og 9.999.999.999 kr.");
			}
		}
		String plan = trimmed(d.childPlanDocument(), "childPlanDocument", 40);
		if (plan != null) {
			requirePlan(caseFile, plan, user);
		}
		return new DecisionDraft(d.type(), measure, basis, trimmed(d.facts(), "facts", 20000), trimmed(d.assessment(), "assessment", 20000),
				trimmed(d.reasons(), "reasons", 20000), d.effectiveDate(), Boolean.TRUE.equals(d.urgent()), d.hearingSentOn(),
				d.hearingResponseDueOn(), d.hearingAnsweredOn(), d.childConversationOn(),
				trimmed(d.childConversationSummary(), "childConversationSummary", 5000), plan, d.consentOn(),
				trimmed(d.consentBy(), "consentBy", 300), d.youngPersonHeardOn(), Boolean.TRUE.equals(d.housingWish()),
				trimmed(d.offerGiven(), "offerGiven", 300), d.offerGivenPrice(), trimmed(d.offerWished(), "offerWished", 300),
				d.offerWishedPrice(), d.inTargetGroup(), d.significantlyMoreExpensive(),
				trimmed(d.housingReasons(), "housingReasons", 5000), recipients(caseFile, d.notifiedCitizenIds()));
	}

	private void requirePlan(CaseFile caseFile, String documentNumber, CurrentUser user) {
		Document plan;
		try {
			plan = journal.version(documentNumber, null, user, Action.VIEW_DOCUMENT);
		}
		catch (NotFoundException e) {
			throw new InvalidInputException("childPlanDocument", "Dokument " + documentNumber + " findes ikke.");
		}
		if (!plan.caseNumber().equals(caseFile.caseNumber()) || plan.kind() != DocumentKind.PLAN) {
			throw new InvalidInputException("childPlanDocument",
					"Dokument " + documentNumber + " er ikke en plan journaliseret i denne sag (dokumentart 'Plan').");
		}
	}

	private List<Long> recipients(CaseFile caseFile, List<Long> chosen) {
		List<Party> parties = cases.parties(caseFile);
		if (chosen == null) {
			return parties.stream().filter(p -> NOTIFIED_BY_DEFAULT.contains(p.role())).map(p -> p.citizen().id()).distinct().toList();
		}
		Set<Long> partyIds = parties.stream().map(p -> p.citizen().id()).collect(Collectors.toSet());
		List<Long> out = new ArrayList<>();
		for (Long id : chosen) {
			if (id == null || !partyIds.contains(id)) {
				throw new InvalidInputException("notifiedCitizenIds", "Afgørelsen kan kun sendes til sagens parter.");
			}
			if (!out.contains(id)) {
				out.add(id);
			}
		}
		return out;
	}

	private static String trimmed(String value, String field, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			throw new InvalidInputException(field, "Feltet må højst have " + max + " tegn.");
		}
		return text;
	}
}
