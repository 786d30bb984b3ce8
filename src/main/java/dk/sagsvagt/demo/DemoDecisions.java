package dk.sagsvagt.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import dk.sagsvagt.cases.CaseImport;
import dk.sagsvagt.cases.HistoricCase;
import dk.sagsvagt.cases.PartyRole;
import dk.sagsvagt.decisions.DecisionDraft;
import dk.sagsvagt.decisions.DecisionType;
import dk.sagsvagt.decisions.DeliveryChannel;
import dk.sagsvagt.decisions.HistoricDecision;
import dk.sagsvagt.journal.Direction;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.HistoricDocument;
import dk.sagsvagt.shared.WorkingDayCalendar;

/**
 * Decisions sent in the demo's measure and benefit cases, with the gaps Copenhagen's own supervision found (a
 * child's plan before the measure in about half the cases, conversations and hearings sometimes missing), so that
 * supervision rounds have facts to find.
 */
final class DemoDecisions {

	private static final LocalDate BARNETS_LOV = LocalDate.of(2024, 1, 1);

	private static final String[] PREVENTIVE = { "Aflastning i weekender", "Familiebehandling", "Kontaktperson til den unge",
			"Praktisk pædagogisk støtte i hjemmet" };

	private static final String[] PLACEMENT = { "Anbringelse i plejefamilie", "Anbringelse på døgninstitution",
			"Anbringelse på opholdssted" };

	private DemoDecisions() {
	}

	/** A decision to import once its letter (and plan) are journaled. */
	record Planned(HistoricDecision decision, HistoricDocument letter, HistoricDocument plan) {
	}

	static List<Planned> plan(List<DemoCases.Planned> cases, List<CaseImport.Registered> registered, Map<Long, LocalDate> birthDates,
			DemoOrganisation.Built org, Instant now, SplittableRandom random) {
		List<Planned> out = new ArrayList<>();
		for (int i = 0; i < cases.size(); i++) {
			DemoCases.Planned c = cases.get(i);
			String type = c.historic().caseType();
			boolean measure = type.equals("PREVENTIVE_MEASURE") || type.equals("PLACEMENT");
			boolean benefit = type.equals("HOUSING_OFFER") || type.equals("PERSONAL_HELP") || type.equals("SUPPORT_CONTACT");
			if (!measure && !benefit || random.nextInt(10) >= 5 || c.caseworker() == null) {
				continue;
			}
			Instant end = c.historic().closedAt() == null ? now.minus(Duration.ofHours(2)) : c.historic().closedAt();
			Instant sentAt = c.historic().openedAt().plus(Duration.ofDays(3 + random.nextInt(28))).plus(Duration.ofMinutes(random.nextInt(480)));
			if (!sentAt.isBefore(end)) {
				continue;
			}
			out.add(decision(c, registered.get(i), birthDates.get(c.historic().primaryCitizenId()), sentAt, org, random));
		}
		return out;
	}

	private static Planned decision(DemoCases.Planned c, CaseImport.Registered r, LocalDate birth, Instant sentAt,
			DemoOrganisation.Built org, SplittableRandom random) {
		String type = c.historic().caseType();
		LocalDate on = sentAt.atZone(WorkingDayCalendar.COPENHAGEN).toLocalDate();
		boolean newLaw = !on.isBefore(BARNETS_LOV);
		boolean children = !c.adult();
		String basis;
		String measure;
		if (type.equals("PREVENTIVE_MEASURE")) {
			basis = newLaw ? "BL_32" : "SEL_52";
			measure = PREVENTIVE[random.nextInt(PREVENTIVE.length)];
		}
		else if (type.equals("PLACEMENT")) {
			boolean withConsent = random.nextInt(10) < 7;
			basis = withConsent ? newLaw ? "BL_46" : "SEL_52_ANBRINGELSE" : newLaw ? "BL_47" : "SEL_58";
			measure = PLACEMENT[random.nextInt(PLACEMENT.length)];
		}
		else if (type.equals("HOUSING_OFFER")) {
			basis = random.nextBoolean() ? "SEL_107" : "SEL_108";
			measure = basis.equals("SEL_107") ? "Midlertidigt botilbud" : "Længerevarende botilbud";
		}
		else {
			basis = type.equals("PERSONAL_HELP") ? "SEL_83" : "SEL_99";
			measure = type.equals("PERSONAL_HELP") ? "Personlig hjælp og pleje" : "Støtte- og kontaktperson";
		}
		String paragraph = "§ " + basis.replaceAll("[^0-9]", "");
		String law = (basis.startsWith("BL") ? "Barnets lov " : "Serviceloven ") + paragraph;
		DecisionType decisionType = random.nextInt(10) < (children ? 9 : 7) ? DecisionType.GRANT : DecisionType.REFUSAL;
		String child = c.childName();
		String parent = c.parentName();
		DanishText.Topic topic = children ? DanishText.Topic.MEASURE : DanishText.Topic.ADULT;
		String facts = DanishText.compose(topic, 60, child, parent, random);
		String assessment = DanishText.compose(children ? DanishText.Topic.ASSESSMENT : DanishText.Topic.ADULT, 50, child, parent, random);
		String reasons = random.nextInt(10) < 9 ? "Vi har lagt vægt på de oplysninger, der er nævnt ovenfor. Betingelserne i " + law
				+ (decisionType == DecisionType.GRANT ? " er opfyldt." : " er ikke opfyldt.")
				: "Kommunen vurderer, at afgørelsen er den rigtige.";
		Map<String, String> exemptions = new HashMap<>();
		LocalDate hearingSent = null;
		LocalDate hearingDue = null;
		LocalDate hearingAnswered = null;
		int hearing = random.nextInt(100);
		if (hearing < 80) {
			hearingSent = on.minusDays(21);
			hearingDue = on.minusDays(7);
			hearingAnswered = random.nextBoolean() ? on.minusDays(10) : null;
		}
		else if (hearing < 88) {
			exemptions.put("HEARING", "Der er ikke oplysninger til ugunst for parten, som parten ikke kender.");
		}
		LocalDate conversation = null;
		String summary = null;
		LocalDate youngHeard = null;
		LocalDate consentOn = null;
		String consentBy = null;
		HistoricDocument planDocument = null;
		boolean urgent = false;
		String author = org.staffNames().get(c.caseworker());
		String username = org.usernames().get(c.caseworker());
		if (children) {
			int talk = random.nextInt(100);
			if (talk < 70) {
				conversation = on.minusDays(10);
				summary = DanishText.compose(DanishText.Topic.NOTE, 25, child, parent, random);
			}
			else if (talk < 80) {
				exemptions.put("CHILD_CONVERSATION", "En samtale ville efter psykologens vurdering belaste barnet unødigt.");
			}
			if (birth != null && Period.between(birth, on).getYears() >= (newLaw ? 10 : 12) && random.nextInt(10) < 6) {
				youngHeard = on.minusDays(8);
			}
			if (random.nextInt(100) < 75) {
				consentOn = on.minusDays(5);
				consentBy = parent + " (forældremyndighedsindehaver)";
			}
			urgent = !newLaw && random.nextInt(10) == 0;
			boolean planBefore = newLaw && !basis.equals("BL_47") ? random.nextInt(100) < 35 : random.nextInt(100) < 53;
			if (planBefore && decisionType == DecisionType.GRANT) {
				Instant planAt = sentAt.minus(Duration.ofDays(4));
				planDocument = new HistoricDocument(r.id(), r.caseNumber(), newLaw ? "Barnets plan" : "Handleplan", Direction.INTERNAL,
						DocumentKind.PLAN, planAt.atZone(WorkingDayCalendar.COPENHAGEN).toLocalDate(), author,
						DanishText.compose(DanishText.Topic.MEASURE, 120, child, parent, random), planAt, username);
			}
		}
		Boolean housingWish = null;
		String offerGiven = null;
		String offerWished = null;
		java.math.BigDecimal givenPrice = null;
		java.math.BigDecimal wishedPrice = null;
		Boolean targetGroup = null;
		Boolean moreExpensive = null;
		String housingReasons = null;
		if (type.equals("HOUSING_OFFER") && random.nextInt(4) == 0) {
			housingWish = true;
			offerGiven = "Kommunalt bofællesskab";
			offerWished = "Privat botilbud efter eget valg";
			givenPrice = java.math.BigDecimal.valueOf(28_000 + random.nextInt(10_000));
			wishedPrice = givenPrice.add(java.math.BigDecimal.valueOf(random.nextInt(25_000)));
			targetGroup = random.nextInt(10) < 8;
			moreExpensive = wishedPrice.subtract(givenPrice).compareTo(java.math.BigDecimal.valueOf(10_000)) > 0;
			housingReasons = random.nextInt(10) < 8 ? "Det ønskede tilbud koster " + wishedPrice.subtract(givenPrice) + " kr. mere om måneden." : null;
		}
		List<Long> recipients = new ArrayList<>();
		recipients.add(c.historic().primaryCitizenId());
		for (HistoricCase.OtherParty other : c.historic().others()) {
			if (other.role() == PartyRole.CUSTODIAL_PARENT || other.role() == PartyRole.REPRESENTATIVE) {
				recipients.add(other.citizenId());
			}
		}
		DecisionDraft content = new DecisionDraft(decisionType, measure, basis, facts, assessment, reasons,
				on.plusDays(random.nextInt(15)), urgent, hearingSent, hearingDue, hearingAnswered, conversation, summary, null, consentOn,
				consentBy, youngHeard, housingWish, offerGiven, givenPrice, offerWished, wishedPrice, targetGroup, moreExpensive,
				housingReasons, recipients);
		HistoricDecision decision = new HistoricDecision(r.id(), r.caseNumber(), type, children ? dk.sagsvagt.cases.CaseArea.CHILDREN : dk.sagsvagt.cases.CaseArea.ADULTS,
				c.historic().unitId(), c.caseworker(), children ? birth : null, content, exemptions, sentAt,
				random.nextInt(100) < 85 ? DeliveryChannel.DIGITAL_POST : DeliveryChannel.LETTER_POST, null, username);
		HistoricDocument letter = new HistoricDocument(r.id(), r.caseNumber(), "Afgørelse: " + measure, Direction.OUTGOING,
				DocumentKind.DECISION, on, author, "Afgørelse om " + measure.toLowerCase(java.util.Locale.ROOT) + " efter " + law + ".\n\n"
						+ facts + "\n\n" + assessment + "\n\nBegrundelse: " + reasons + "\n\nKlagevejledning: Du kan klage over "
						+ "afgørelsen til Ankestyrelsen inden 4 uger efter, at du har modtaget den. Klagen sendes til kommunen.",
				sentAt, username);
		return new Planned(decision, letter, planDocument);
	}
}
