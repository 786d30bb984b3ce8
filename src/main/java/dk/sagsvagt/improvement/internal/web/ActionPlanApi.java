package dk.sagsvagt.improvement.internal.web;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.improvement.ActionPlan;
import dk.sagsvagt.improvement.ActionPlans;
import dk.sagsvagt.improvement.internal.PlanReport;
import dk.sagsvagt.shared.Downloads;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Handleplaner")
class ActionPlanApi {

	record NewPlan(String title, LocalDate adoptedOn) {
	}

	record NewRecommendation(String text, String source, String sourceReference, Long referralId, Long roundId, String evidenceQuestion,
			String evidenceRule) {
	}

	record NewAction(String text, String owner, LocalDate dueOn) {
	}

	record Completion(String note) {
	}

	private final ActionPlans plans;

	private final PlanReport report;

	private final AccessPolicy access;

	ActionPlanApi(ActionPlans plans, PlanReport report, AccessPolicy access) {
		this.plans = plans;
		this.report = report;
		this.access = access;
	}

	@PostMapping("/api/action-plans")
	@Operation(summary = "Opret en handleplan (ledere)")
	ResponseEntity<ActionPlan> create(CurrentUser user, @RequestBody NewPlan p) {
		return ResponseEntity.status(201).body(plans.create(p.title(), p.adoptedOn(), user));
	}

	@GetMapping("/api/action-plans")
	@Operation(summary = "Handleplaner med anbefalinger, handlinger og målt effekt")
	List<ActionPlan> all(CurrentUser user) {
		return plans.all(user);
	}

	@GetMapping("/api/action-plans/{id}")
	@Operation(summary = "En handleplan")
	ActionPlan get(CurrentUser user, @PathVariable long id) {
		return plans.get(id, user);
	}

	@PostMapping("/api/action-plans/{id}/recommendations")
	@Operation(summary = "Tilføj en anbefaling med kilde og måling (et spørgsmål fra tilsynet eller en frist)")
	ResponseEntity<ActionPlan> recommend(CurrentUser user, @PathVariable long id, @RequestBody NewRecommendation r) {
		return ResponseEntity.status(201).body(plans.addRecommendation(id, r.text(), r.source(), r.sourceReference(), r.referralId(), r.roundId(),
				r.evidenceQuestion(), r.evidenceRule(), user));
	}

	@PostMapping("/api/recommendations/{id}/actions")
	@Operation(summary = "Tilføj en handling med ansvarlig og frist; fristen kommer på den ansvarliges liste")
	ResponseEntity<ActionPlan> act(CurrentUser user, @PathVariable long id, @RequestBody NewAction a) {
		return ResponseEntity.status(201).body(plans.addAction(id, a.text(), a.owner(), a.dueOn(), user));
	}

	@PostMapping("/api/actions/{id}/completion")
	@Operation(summary = "Handlingen er gennemført (den ansvarlige eller en leder)")
	ResponseEntity<Void> complete(CurrentUser user, @PathVariable long id, @RequestBody Completion c) {
		plans.complete(id, c.note(), user);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/action-plans/{id}/progress.pdf")
	@Operation(summary = "Statusrapport som PDF")
	ResponseEntity<byte[]> progress(CurrentUser user, @PathVariable long id) {
		return Downloads.pdf("handleplan-" + id + ".pdf", report.pdf(id, user));
	}
}
