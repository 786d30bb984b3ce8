package dk.sagsvagt.improvement.internal.web;

import java.time.LocalDate;
import java.util.function.Supplier;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.improvement.ActionPlan;
import dk.sagsvagt.improvement.ActionPlans;
import dk.sagsvagt.improvement.internal.PlanReport;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.shared.BarChart;
import dk.sagsvagt.shared.Downloads;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.PageActions;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Action plans for leaders: the list, a plan with its recommendations, actions and measured effect, and the report. */
@Controller
class ActionPlanPages {

	private final ActionPlans plans;

	private final PlanReport report;

	private final Organisation organisation;

	private final AccessPolicy access;

	ActionPlanPages(ActionPlans plans, PlanReport report, Organisation organisation, AccessPolicy access) {
		this.plans = plans;
		this.report = report;
		this.organisation = organisation;
		this.access = access;
	}

	@GetMapping("/action-plans")
	String list(CurrentUser user, Model model) {
		model.addAttribute("plans", plans.all(user));
		return "improvement/plans";
	}

	@PostMapping("/action-plans")
	String create(CurrentUser user, @RequestParam(required = false) String title,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate adoptedOn, Model model) {
		try {
			return "redirect:/action-plans/" + plans.create(title, adoptedOn, user).id();
		}
		catch (InvalidInputException e) {
			model.addAttribute("error", e.getMessage());
			model.addAttribute("errorField", e.field());
			model.addAttribute("title", title);
			return list(user, model);
		}
	}

	@GetMapping("/action-plans/{id:\\d+}")
	String plan(CurrentUser user, @PathVariable long id, Model model) {
		ActionPlan plan = plans.get(id, user);
		model.addAttribute("plan", plan);
		model.addAttribute("charts", plan.recommendations().stream()
			.map(r -> BarChart.shares("Målt effekt af anbefaling " + r.position(), r.evidence().stream().map(ActionPlan.Evidence::label).toList(),
					r.evidence().stream().map(ActionPlan.Evidence::share).toList()))
			.toList());
		model.addAttribute("questions", plans.questionMeasures());
		model.addAttribute("rules", plans.ruleMeasures());
		model.addAttribute("staff", organisation.allStaff().stream().filter(s -> s.active() && !s.role().isExternal() && s.unitId() != null)
			.toList());
		if (!model.containsAttribute("actionForm")) {
			model.addAttribute("actionForm", java.util.Map.of());
		}
		return "improvement/plan";
	}

	@PostMapping("/action-plans/{id:\\d+}/recommendations")
	String recommend(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String text, @RequestParam(required = false) String source,
			@RequestParam(required = false) String sourceReference, @RequestParam(required = false) String evidenceQuestion,
			@RequestParam(required = false) String evidenceRule, RedirectAttributes redirect) {
		return act(id, redirect, "Anbefalingen er tilføjet.", () -> plans.addRecommendation(id, text, source, sourceReference, null, null,
				evidenceQuestion, evidenceRule, user));
	}

	@PostMapping("/action-plans/{id:\\d+}/recommendations/{recommendation:\\d+}/actions")
	String addAction(CurrentUser user, @PathVariable long id, @PathVariable long recommendation, @RequestParam(required = false) String text,
			@RequestParam(required = false) String owner,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
			@RequestParam java.util.Map<String, String> form, RedirectAttributes redirect) {
		String page = act(id, redirect, "Handlingen er tilføjet og står på den ansvarliges fristliste.",
				() -> plans.addAction(recommendation, text, owner, dueOn, user));
		if (redirect.getFlashAttributes().containsKey("error")) {
			// nothing typed is lost: the action's form is shown again, open, as submitted
			java.util.Map<String, String> kept = new java.util.HashMap<>(form);
			kept.put("recommendation", String.valueOf(recommendation));
			redirect.addFlashAttribute("actionForm", kept);
		}
		return page;
	}

	@PostMapping("/action-plans/{id:\\d+}/actions/{action:\\d+}/completion")
	String complete(CurrentUser user, @PathVariable long id, @PathVariable long action, @RequestParam(required = false) String note, RedirectAttributes redirect) {
		return act(id, redirect, "Handlingen er gennemført.", () -> {
			plans.complete(action, note, user);
			return null;
		});
	}

	@GetMapping("/action-plans/{id:\\d+}/progress.pdf")
	ResponseEntity<byte[]> progress(CurrentUser user, @PathVariable long id) {
		return Downloads.pdf("handleplan-" + id + ".pdf", report.pdf(id, user));
	}

	private String act(long id, RedirectAttributes redirect, String done, Supplier<ActionPlan> action) {
		return PageActions.run("/action-plans/" + id, redirect, done, action::get);
	}
}
