package dk.sagsvagt.demo;

import java.time.LocalDate;
import java.util.List;

import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.oversight.InformationRequest;
import dk.sagsvagt.oversight.InformationRequests;
import dk.sagsvagt.oversight.NewRequest;
import dk.sagsvagt.oversight.Referrals;
import dk.sagsvagt.oversight.RequestAnswers;
import dk.sagsvagt.oversight.RequestItem;
import dk.sagsvagt.supervision.Flag;
import dk.sagsvagt.supervision.Flags;
import dk.sagsvagt.supervision.Round;
import dk.sagsvagt.supervision.SupervisionRounds;

/**
 * The seed case in the demo: Borgerrådgiveren asks for the first round's material and the other findings (answered),
 * then presses for all documentation on each flagged case (a reminder, still being answered item by item); the flagged
 * cases chosen for Ankestyrelsen are sent there.
 */
final class DemoOversight {

	private final InformationRequests requests;

	private final RequestAnswers answers;

	private final SupervisionRounds rounds;

	private final Organisation organisation;

	private final Flags flags;

	private final Referrals referrals;

	DemoOversight(InformationRequests requests, RequestAnswers answers, SupervisionRounds rounds, Flags flags, Referrals referrals,
			Organisation organisation) {
		this.referrals = referrals;
		this.flags = flags;
		this.requests = requests;
		this.answers = answers;
		this.rounds = rounds;
		this.organisation = organisation;
	}

	void run(LocalDate today) {
		CurrentUser lawyer = DemoUsers.of(organisation, "jurist");
		CurrentUser leader = DemoUsers.of(organisation, "leder");
		Round first = rounds.all(lawyer).stream().filter(r -> r.workbookDocument() != null).reduce((a, b) -> b).orElse(null);
		if (first == null) {
			return;
		}
		LocalDate asked = today.minusDays(60);
		InformationRequest material = requests.register(new NewRequest("OMBUDSMAN", "BR-" + asked.getYear() + "-017", asked,
				"Borgerrådgiveren beder om materialet fra ledelsestilsynets første runde og om de øvrige fund og den dokumentation, "
						+ "tilsynet bygger på.", asked.plusDays(21), "jurist", null,
				List.of("Resultatnotat og regneark fra " + first.name(), "Øvrige fund og dokumentation"), null, null), lawyer);
		RequestItem outputs = material.items().get(0);
		requests.answerItem(material.id(), outputs.id(), List.of(), null, first.id(), null, lawyer);
		requests.answerItem(material.id(), material.items().get(1).id(), List.of(), null, null,
				"De øvrige fund fremgår af resultatnotatets afsnit om generelle problemstillinger.", lawyer);
		requests.signOff(material.id(), leader);
		answers.answer(material.id(), lawyer);

		if (flags.of(first).isEmpty()) {
			return;
		}
		LocalDate pressed = asked.plusDays(52);
		InformationRequest reminder = requests.register(new NewRequest("OMBUDSMAN", "BR-" + asked.getYear() + "-017", pressed,
				"Borgerrådgiveren beder igen om al dokumentation om eller vedrørende hver af de udpegede sager, eller en kopi af sagerne.",
				pressed.plusDays(28), "jurist", material.id(), List.of(), first.id(), null), lawyer);
		// a copy of a flagged case is sent by the round's planner, whose own scope covers its cases: the lawyer's read of
		// the sampled cases ended with the round (issue 16)
		CurrentUser planner = DemoUsers.of(organisation, "centerchef");
		for (RequestItem item : reminder.items().subList(0, Math.min(3, reminder.items().size()))) {
			requests.answerItem(reminder.id(), item.id(), List.of(), item.subjectCaseNumber(), null, null, planner);
		}
		// the flagged cases chosen at level 4 with Borgerrådgiveren go to Ankestyrelsen with their documents
		if (flags.of(first).stream().anyMatch(Flag::chosenForAppealsBoard)) {
			referrals.referChosen(first.id(), today.plusMonths(3), lawyer);
		}
	}
}
