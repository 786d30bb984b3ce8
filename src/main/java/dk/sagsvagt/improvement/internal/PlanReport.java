package dk.sagsvagt.improvement.internal;

import java.util.List;

import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.improvement.ActionPlan;
import dk.sagsvagt.improvement.ActionPlans;
import dk.sagsvagt.shared.DanishDates;
import dk.sagsvagt.shared.Letterhead;
import dk.sagsvagt.shared.PdfReport;

import org.springframework.stereotype.Service;

/** The action plan's progress report in Danish: per recommendation its actions and the measured effect. */
@Service
public class PlanReport {

	private final ActionPlans plans;

	private final Letterhead letterhead;

	PlanReport(ActionPlans plans, Letterhead letterhead) {
		this.plans = plans;
		this.letterhead = letterhead;
	}

	public byte[] pdf(long id, CurrentUser user) {
		ActionPlan plan = plans.get(id, user);
		PdfReport pdf = new PdfReport(letterhead.lines(), "Status for " + plan.title());
		pdf.paragraph("Vedtaget " + DanishDates.longDate(plan.adoptedOn()) + ". Sagsnummer " + plan.caseNumber() + ". " + plan.actionsDone() + " af "
				+ plan.actions() + " handlinger er gennemført.");
		for (ActionPlan.Recommendation r : plan.recommendations()) {
			pdf.heading("Anbefaling " + r.position() + ": " + r.text());
			pdf.paragraph("Kilde: " + source(r.source()) + (r.sourceReference() == null ? "" : " (" + r.sourceReference() + ")"));
			if (!r.actions().isEmpty()) {
				pdf.table(new float[] { 0.45f, 0.2f, 0.15f, 0.2f }, List.of("Handling", "Ansvarlig", "Frist", "Status"),
						r.actions().stream().map(a -> List.of(a.text(), a.ownerName(), DanishDates.longDate(a.dueOn()),
								a.done() ? "Gennemført" : "Åben")).toList());
			}
			if (!r.evidence().isEmpty()) {
				pdf.paragraph("Målt effekt:");
				pdf.bars(r.evidence().stream().map(e -> e.label() + " (n = " + e.total() + ")").toList(),
						r.evidence().stream().map(ActionPlan.Evidence::share).toList());
			}
		}
		return pdf.render();
	}

	static String source(String code) {
		return switch (code) {
			case "OMBUDSMAN" -> "Borgerrådgiveren";
			case "APPEALS_BOARD" -> "Ankestyrelsen";
			case "SUPERVISION_ROUND" -> "Ledelsestilsyn";
			case "TASK_FORCE" -> "Socialstyrelsens task force";
			default -> "Andet";
		};
	}
}
