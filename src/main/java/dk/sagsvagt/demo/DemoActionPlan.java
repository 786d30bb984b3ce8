package dk.sagsvagt.demo;

import java.time.LocalDate;

import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.improvement.ActionPlan;
import dk.sagsvagt.improvement.ActionPlans;
import dk.sagsvagt.organisation.Organisation;

/**
 * The administration put Borgerrådgiveren's recommendations into an action plan; each is measured by a supervision
 * question or a deadline, so the plan shows the effect across the demo's rounds.
 */
final class DemoActionPlan {

	private final ActionPlans plans;

	private final Organisation organisation;

	DemoActionPlan(ActionPlans plans, Organisation organisation) {
		this.plans = plans;
		this.organisation = organisation;
	}

	void run(LocalDate today) {
		CurrentUser leader = DemoUsers.of(organisation, "leder");
		ActionPlan plan = plans.create("Handleplan for styrket myndighedsindsats og kvalitetssikring", today.minusMonths(10), leader);
		plan = plans.addRecommendation(plan.id(), "Barnets plan skal foreligge, før foranstaltningen iværksættes.", "OMBUDSMAN",
				"Borgerrådgiverens undersøgelse af 77 anbringelsessager", null, null, "CHILD_PLAN", null, leader);
		plan = plans.addRecommendation(plan.id(), "Forældrene skal inddrages i målene for barnets plan.", "OMBUDSMAN",
				"Borgerrådgiverens undersøgelse af 77 anbringelsessager", null, null, "PARENTS_GOALS", null, leader);
		plan = plans.addRecommendation(plan.id(), "Underretninger skal vurderes inden for 24 timer.", "SUPERVISION_ROUND", null, null, null, null,
				"NOTIFICATION_ASSESSMENT", leader);
		long first = plan.recommendations().get(0).id();
		plans.addAction(first, "Tjekliste for barnets plan indføres på alle teammøder.", "leder", today.plusDays(30), leader);
		plans.addAction(first, "Undervisning i Barnets lov § 91 for alle sagsbehandlere.", "sagsbehandler", today.plusDays(14), leader);
		long second = plan.recommendations().get(1).id();
		ActionPlan withAction = plans.addAction(second, "Skabelon til forældremøde om mål.", "sagsbehandler", today.plusDays(7), leader);
		long done = withAction.recommendations().get(1).actions().get(0).id();
		plans.complete(done, "Skabelonen er taget i brug i alle teams.", DemoUsers.of(organisation, "sagsbehandler"));
	}
}
