package dk.sagsvagt.decisions.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import dk.sagsvagt.decisions.DecisionDraft;
import dk.sagsvagt.decisions.Gate;
import dk.sagsvagt.decisions.GateState;
import dk.sagsvagt.decisions.LegalBasis;
import dk.sagsvagt.organisation.Signatures;
import dk.sagsvagt.shared.DanishDates;
import dk.sagsvagt.shared.PdfReport;
import dk.sagsvagt.shared.Letterhead;

import org.springframework.stereotype.Component;

/**
 * The decision letter in Danish: letterhead, the decision, facts, assessment and reasons (forvaltningsloven
 * §§ 22-24), what was done to hear the parties and the child or why it was not, and complaint guidance generated
 * from the legal basis (forvaltningsloven § 25; retssikkerhedsloven §§ 66-67).
 */
@Component
public class DecisionLetter {

	private static final Locale DANISH = Locale.forLanguageTag("da");

	/** The gates the letter tells the citizen about; reasons and guidance are the letter itself. */
	private static final java.util.Set<String> IN_PROCEDURE = java.util.Set.of("HEARING", "CHILD_CONVERSATION",
			"YOUNG_PERSON_HEARD", "CONSENT", "CHILD_PLAN");

	private final String administration;

	private final List<String> lines;

	private final Signatures signatures;

	private final Delivery delivery;

	DecisionLetter(Letterhead letterhead, Signatures signatures, Delivery delivery) {
		this.delivery = delivery;
		this.administration = letterhead.administration();
		this.lines = letterhead.lines();
		this.signatures = signatures;
	}

	/**
	 * Everything the letter says. {@code documentNumber} is null in a preview; {@code signedBy} is the username of the
	 * member of staff who sends it.
	 */
	public record Content(String caseNumber, String documentNumber, LocalDate date, List<String> recipientNames,
			DecisionDraft decision, LegalBasis basis, List<Gate> gates, LocalDate receivedOn, LocalDate complaintDeadline,
			String signedBy) {

		public Content numbered(String number) {
			return new Content(caseNumber, number, date, recipientNames, decision, basis, gates, receivedOn,
					complaintDeadline, signedBy);
		}
	}

	public byte[] render(Content c) {
		DecisionDraft d = c.decision();
		PdfReport pdf = new PdfReport(lines,
				"Afgørelse om " + d.measure());
		pdf.paragraph("Dato: " + DanishDates.longDate(c.date()) + "    Sagsnummer: " + c.caseNumber() + "    Dokumentnummer: "
				+ (c.documentNumber() == null ? "(udkast)" : c.documentNumber()));
		if (!c.recipientNames().isEmpty()) {
			pdf.paragraph("Til: " + String.join(", ", c.recipientNames()));
		}
		pdf.heading("Afgørelse");
		pdf.paragraph(verb(d) + " " + inSentence(d.measure()) + " efter " + c.basis().law() + "."
				+ (d.effectiveDate() == null ? "" : " Afgørelsen har virkning fra " + DanishDates.longDate(d.effectiveDate()) + "."));
		pdf.heading("Sagens oplysninger").paragraph(d.facts());
		pdf.heading("Vores vurdering").paragraph(d.assessment());
		pdf.heading("Begrundelse").paragraph(d.reasons());
		if (Boolean.TRUE.equals(d.housingWish())) {
			housing(pdf, d);
		}
		pdf.heading("Sådan har vi behandlet sagen");
		for (Gate gate : c.gates()) {
			if (!IN_PROCEDURE.contains(gate.code())) {
				continue;
			}
			if (gate.state() == GateState.EXEMPT) {
				pdf.paragraph(gate.name() + " (" + gate.law() + ") er undladt efter " + gate.exemptionLaw() + ". Begrundelse: "
						+ gate.exemptionReason());
			}
			else if (gate.state() == GateState.MET || gate.state() == GateState.DEADLINE) {
				pdf.paragraph(gate.name() + " (" + gate.law() + "): "
						+ gate.detail().replace(GateEvaluator.PLAN_STARTS_ON_SENDING, ""));
			}
		}
		pdf.heading("Klagevejledning").paragraph(complaintGuidance(c));
		pdf.signature(signatures.of(c.signedBy(), administration).lines());
		return pdf.render();
	}

	/** The complaint guidance for the basis, with the concrete deadline. */
	public String complaintGuidance(Content c) {
		LegalBasis basis = c.basis();
		String period = delivery.complaintPeriod(c.date());
		String route = basis.reconsideration()
				? "Klagen skal sendes til " + administration + ", ikke direkte til " + basis.complaintBody() + ". Vi vurderer "
						+ "afgørelsen igen inden " + delivery.reconsiderationPeriod(c.date()) + " efter, at vi har modtaget klagen (retssikkerhedslovens § 66). "
						+ "Giver vi dig "
						+ "ikke fuldt ud ret, sender vi klagen videre til " + basis.complaintBody() + "."
				: "Klagen skal sendes til " + administration + ", som sender den videre til " + basis.complaintBody() + ".";
		return "Du kan klage over afgørelsen til " + basis.complaintBody() + ". Klagen skal være modtaget senest " + period + " efter, "
				+ "at du har modtaget afgørelsen (retssikkerhedslovens § 67). "
				+ (c.receivedOn() == null ? "Fristen regnes fra den dag, du modtager afgørelsen. "
						: "Vi regner med, at du har modtaget afgørelsen den " + DanishDates.longDate(c.receivedOn())
								+ ", og klagefristen udløber derfor den " + DanishDates.longDate(c.complaintDeadline()) + ". ")
				+ route + " Du kan klage skriftligt eller mundtligt; oplys sagsnummeret " + c.caseNumber() + ".";
	}

	private static void housing(PdfReport pdf, DecisionDraft d) {
		NumberFormat kroner = NumberFormat.getNumberInstance(DANISH);
		kroner.setMinimumFractionDigits(2);
		pdf.heading("Dit ønske om et andet botilbud")
			.table(new float[] { 0.5f, 0.5f }, List.of("Forhold", "Oplysning"),
					List.of(List.of("Tilbudt botilbud", d.offerGiven() + " (" + price(kroner, d.offerGivenPrice()) + ")"),
							List.of("Ønsket botilbud", d.offerWished() + " (" + price(kroner, d.offerWishedPrice()) + ")"),
							List.of("I tilbuddets målgruppe", d.inTargetGroup() ? "Ja" : "Nej"),
							List.of("Væsentligt dyrere end det tilbudte", d.significantlyMoreExpensive() ? "Ja" : "Nej")))
			.paragraph(d.housingReasons());
	}

	/** "Aflastning i weekender" as it reads inside a sentence ("Vi har bevilget aflastning …"); "BPA" stays as written. */
	static String inSentence(String measure) {
		boolean acronym = measure.length() > 1 && Character.isUpperCase(measure.charAt(1));
		return measure.isEmpty() || acronym ? measure : Character.toLowerCase(measure.charAt(0)) + measure.substring(1);
	}

	private static String price(NumberFormat kroner, BigDecimal price) {
		return kroner.format(price) + " kr. pr. måned";
	}

	private static String verb(DecisionDraft d) {
		return switch (d.type()) {
			case GRANT -> "Vi har bevilget";
			case REFUSAL -> "Vi har givet afslag på";
			case CHANGE -> "Vi har ændret";
			case TERMINATION -> "Vi har besluttet at ophøre med";
		};
	}
}
