package dk.sagsvagt.decisions.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dk.sagsvagt.cases.CaseArea;
import dk.sagsvagt.deadlines.DeadlineCalculator;
import dk.sagsvagt.deadlines.DeadlineRule;
import dk.sagsvagt.deadlines.DeadlineUnit;
import dk.sagsvagt.deadlines.RuleCatalogue;
import dk.sagsvagt.decisions.DecisionCatalogue;
import dk.sagsvagt.decisions.DecisionDraft;
import dk.sagsvagt.decisions.Gate;
import dk.sagsvagt.decisions.GateRule;
import dk.sagsvagt.decisions.GateState;
import dk.sagsvagt.decisions.LegalBasis;
import dk.sagsvagt.shared.DanishDates;
import dk.sagsvagt.shared.WorkingDayCalendar;

import org.springframework.stereotype.Component;

/**
 * Checks a decision against the gates in force on its date. Which gates exist, their paragraphs and exemptions
 * are data ({@code decisions.gate_rule}); what each checks is here. The child's plan takes its timing from the
 * deadline catalogue's CHILD_PLAN rule (Serviceloven § 140 / Barnets lov § 91), so both agree.
 */
@Component
public class GateEvaluator {

	/** A note for the caseworker on the plan gate; the letter to the citizen leaves it out. */
	static final String PLAN_STARTS_ON_SENDING = " Fristen starter, når afgørelsen sendes.";

	private final DecisionCatalogue catalogue;

	private final RuleCatalogue deadlineRules;

	private final DeadlineCalculator calculator;

	GateEvaluator(DecisionCatalogue catalogue, RuleCatalogue deadlineRules, DeadlineCalculator calculator) {
		this.catalogue = catalogue;
		this.deadlineRules = deadlineRules;
		this.calculator = calculator;
	}

	/** What the gates need to know beside the decision itself. */
	public record Facts(LocalDate on, CaseArea caseArea, LocalDate childBirthDate, Map<String, String> exemptions) {
	}

	public List<Gate> evaluate(DecisionDraft d, Facts facts) {
		Optional<LegalBasis> basis = d.legalBasis() == null ? Optional.empty() : catalogue.legalBasis(d.legalBasis(), facts.on());
		List<Gate> gates = new ArrayList<>();
		for (GateRule rule : catalogue.gateRules(facts.on())) {
			Check check = new Check(rule, facts.exemptions().get(rule.code()));
			gates.add(switch (rule.code()) {
				case "HEARING" -> hearing(check, d, facts.on());
				case "REASONS" -> reasons(check, d, basis, facts.on());
				case "COMPLAINT_GUIDANCE" -> basis.isPresent()
						? check.met("Klagevejledningen dannes ud fra hjemlen: klage til " + basis.get().complaintBody() + " inden "
								+ complaintPeriod(facts.on()) + " efter modtagelsen, sendt til kommunen.")
						: check.open("Vælg en hjemmel, så klagevejledningen kan dannes.");
				case "CHILD_CONVERSATION" -> conversation(check, d, facts);
				case "YOUNG_PERSON_HEARD" -> youngPerson(check, d, facts);
				case "CONSENT" -> consent(check, d, basis);
				case "CHILD_PLAN" -> plan(check, d, basis, facts);
				case "HOUSING_WISH" -> housing(check, d, basis);
				default -> throw new IllegalStateException("No check for gate " + rule.code());
			});
		}
		return gates;
	}

	/** One gate being checked: builds its outcome, turning an open gate into an exempt one when a reason exists. */
	private record Check(GateRule rule, String exemption) {

		Gate met(String detail) {
			return gate(GateState.MET, detail, rule.law());
		}

		Gate notApplicable(String detail) {
			return gate(GateState.NOT_APPLICABLE, detail, rule.law());
		}

		Gate open(String detail) {
			return open(detail, rule.law());
		}

		Gate open(String detail, String law) {
			if (exemption != null && rule.exemptionLaw() != null) {
				return gate(GateState.EXEMPT, "Undtaget efter " + rule.exemptionLaw() + ". Begrundelse: " + exemption, law);
			}
			return gate(GateState.OPEN, detail, law);
		}

		Gate gate(GateState state, String detail, String law) {
			return new Gate(rule.code(), rule.name(), law, state, detail, rule.exemptionLaw(), exemption);
		}
	}

	private static Gate hearing(Check check, DecisionDraft d, LocalDate on) {
		if (d.hearingAnsweredOn() != null) {
			return check.met("Svar på partshøringen modtaget " + date(d.hearingAnsweredOn()) + ".");
		}
		if (d.hearingSentOn() != null && d.hearingResponseDueOn() != null && on.isAfter(d.hearingResponseDueOn())) {
			return check.met("Partshøring sendt " + date(d.hearingSentOn()) + "; svarfristen udløb " + date(d.hearingResponseDueOn()) + ".");
		}
		if (d.hearingSentOn() != null && d.hearingResponseDueOn() != null) {
			return check.open("Partshøring sendt " + date(d.hearingSentOn()) + "; svarfristen løber til og med "
					+ date(d.hearingResponseDueOn()) + ". Afgørelsen kan sendes, når svaret er modtaget eller fristen er udløbet.");
		}
		if (d.hearingSentOn() != null) {
			return check.open("Angiv svarfristen i partshøringen.");
		}
		return check.open("Parten er ikke hørt. Send et høringsbrev, eller registrér en undtagelse med begrundelse.");
	}

	private static Gate reasons(Check check, DecisionDraft d, Optional<LegalBasis> basis, LocalDate on) {
		if (basis.isEmpty()) {
			return check.open(d.legalBasis() == null ? "Vælg den hjemmel, afgørelsen bygger på."
					: "Hjemlen gælder ikke " + date(on) + ". Vælg en hjemmel, der gælder på afgørelsesdatoen.");
		}
		List<String> missing = new ArrayList<>();
		if (blank(d.facts())) {
			missing.add("sagens faktiske oplysninger");
		}
		if (blank(d.assessment())) {
			missing.add("den konkrete og individuelle vurdering");
		}
		if (blank(d.reasons())) {
			missing.add("begrundelsen");
		}
		if (!missing.isEmpty()) {
			return check.open("Udfyld " + String.join(", ", missing) + ".");
		}
		String paragraph = basis.get().paragraph();
		if (!java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(paragraph) + "(?![0-9])")
			.matcher(d.reasons().replaceAll("§\\s*", "§ "))
			.find()) {
			return check.open("Begrundelsen skal henvise til hjemlen (" + basis.get().law() + "); skriv " + paragraph + " i begrundelsen.");
		}
		return check.met("Begrundelsen henviser til " + basis.get().law() + ".");
	}

	private static Gate conversation(Check check, DecisionDraft d, Facts facts) {
		if (!facts.caseArea().isChildren()) {
			return check.notApplicable("Gælder kun sager om børn og unge.");
		}
		if (d.childConversationOn() != null && d.childConversationOn().isAfter(facts.on())) {
			return check.open("Samtalen skal have fundet sted før afgørelsen.");
		}
		if (d.childConversationOn() != null && !blank(d.childConversationSummary())) {
			return check.met("Samtale med barnet " + date(d.childConversationOn()) + ".");
		}
		return check.open("Registrér samtalen med barnet (dato og resumé), eller hvorfor den ikke har fundet sted.");
	}

	private static Gate youngPerson(Check check, DecisionDraft d, Facts facts) {
		if (!facts.caseArea().isChildren() || facts.childBirthDate() == null) {
			return check.notApplicable("Gælder kun sager om børn og unge.");
		}
		int age = Period.between(facts.childBirthDate(), facts.on()).getYears();
		int minAge = check.rule().minAge();
		if (age < minAge) {
			return check.notApplicable("Barnet er " + age + " år (under " + minAge + ").");
		}
		if (d.youngPersonHeardOn() != null && !d.youngPersonHeardOn().isAfter(facts.on())) {
			return check.met("Den unge (" + age + " år) er hørt " + date(d.youngPersonHeardOn()) + ".");
		}
		return check.open("Den unge er " + age + " år og part i sagen: registrér, hvornår den unge er hørt.");
	}

	private static Gate consent(Check check, DecisionDraft d, Optional<LegalBasis> basis) {
		if (basis.isEmpty() || !d.type().establishesMeasure()) {
			return check.notApplicable("Gælder kun, når en indsats bevilges eller ændres.");
		}
		if (!basis.get().needsConsent()) {
			return check.notApplicable("Hjemlen (" + basis.get().law() + ") kræver ikke samtykke.");
		}
		String law = basis.get().consentLaw();
		if (d.consentOn() != null && !blank(d.consentBy())) {
			return check.gate(GateState.MET, "Samtykke givet " + date(d.consentOn()) + " af " + d.consentBy().strip() + ".", law);
		}
		return check.open("Indsatsen kræver samtykke: registrér datoen, og hvem der har givet det.", law);
	}

	private Gate plan(Check check, DecisionDraft d, Optional<LegalBasis> basis, Facts facts) {
		if (basis.isEmpty() || !basis.get().children() || !d.type().establishesMeasure()) {
			return check.notApplicable("Gælder kun, når en indsats for et barn bevilges eller ændres.");
		}
		DeadlineRule rule = planRule(basis.get(), Boolean.TRUE.equals(d.urgent()), facts.on());
		String law = rule.law() + " (" + rule.variantName() + ")";
		if (!blank(d.childPlanDocument())) {
			return check.gate(GateState.MET, "Planen foreligger: dokument " + d.childPlanDocument() + ".", law);
		}
		if (rule.unit() == DeadlineUnit.BEFORE_DECISION) {
			return check.open(check.rule().name() + " skal foreligge før afgørelsen. Journalisér planen, og angiv dens dokumentnummer.", law);
		}
		LocalDate due = calculator.endOf(rule, facts.on().atStartOfDay(WorkingDayCalendar.COPENHAGEN)).toLocalDate().minusDays(1);
		return check.gate(GateState.DEADLINE, "Planen skal foreligge senest " + date(due) + " (" + rule.amount()
				+ " måneder efter afgørelsen)." + PLAN_STARTS_ON_SENDING, law);
	}

	/** The variant of the child's plan rule that fits the measure: by category, else urgent, else the default. */
	public DeadlineRule planRule(LegalBasis basis, boolean urgent, LocalDate on) {
		List<DeadlineRule> variants = deadlineRules.all()
			.stream()
			.filter(r -> r.code().equals("CHILD_PLAN") && r.inForceOn(on))
			.toList();
		return variants.stream()
			.filter(r -> r.variant().equals(basis.measureCategory()))
			.findFirst()
			.or(() -> variants.stream().filter(r -> urgent && r.variant().equals("URGENT")).findFirst())
			.or(() -> variants.stream().filter(r -> r.variant().equals("DEFAULT")).findFirst())
			.orElseThrow(() -> new IllegalStateException("No CHILD_PLAN rule in force on " + on));
	}

	private static Gate housing(Check check, DecisionDraft d, Optional<LegalBasis> basis) {
		if (basis.isEmpty() || !basis.get().housing() || !Boolean.TRUE.equals(d.housingWish())) {
			return check.notApplicable("Borgeren har ikke ønsket et andet botilbud end det tilbudte.");
		}
		List<String> missing = new ArrayList<>();
		if (blank(d.offerGiven()) || d.offerGivenPrice() == null) {
			missing.add("det tilbudte botilbud og dets pris");
		}
		if (blank(d.offerWished()) || d.offerWishedPrice() == null) {
			missing.add("det ønskede botilbud og dets pris");
		}
		if (d.inTargetGroup() == null) {
			missing.add("om borgeren er i tilbuddets målgruppe");
		}
		if (d.significantlyMoreExpensive() == null) {
			missing.add("om ønsket er væsentligt dyrere");
		}
		if (blank(d.housingReasons())) {
			missing.add("begrundelsen for vurderingen");
		}
		if (!missing.isEmpty()) {
			return check.open("Udfyld " + String.join(", ", missing) + ".");
		}
		return check.met("Ønsket er vurderet: " + (d.inTargetGroup() ? "i målgruppen" : "ikke i målgruppen") + ", "
				+ (d.significantlyMoreExpensive() ? "væsentligt dyrere" : "ikke væsentligt dyrere") + ".");
	}

	static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	static String date(LocalDate date) {
		return DanishDates.longDate(date);
	}

	/** The citizen's complaint period in words, as the catalogue's rule in force on the day says ("4 uger"). */
	private String complaintPeriod(LocalDate on) {
		var rule = deadlineRules.inForce("COMPLAINT_PERIOD", null, on);
		return rule.unit().danish(rule.amount());
	}
}
