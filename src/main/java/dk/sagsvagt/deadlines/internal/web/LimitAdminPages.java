package dk.sagsvagt.deadlines.internal.web;

import java.time.Clock;
import java.time.LocalDate;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.deadlines.DeadlineUnit;
import dk.sagsvagt.deadlines.internal.LocalLimits;
import dk.sagsvagt.deadlines.internal.ProcessingTimeLimits;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.WorkingDayCalendar;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrator maintains the published processing-time limits, and the municipality's own limits for duties the
 * law states without a deadline; a change to either is a new version from a date.
 */
@Controller
class LimitAdminPages {

	private final ProcessingTimeLimits limits;

	private final AccessPolicy access;

	private final Clock clock;

	private final Cases cases;

	private final LocalLimits localLimits;

	LimitAdminPages(ProcessingTimeLimits limits, AccessPolicy access, Clock clock, Cases cases, LocalLimits localLimits) {
		this.limits = limits;
		this.localLimits = localLimits;
		this.cases = cases;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/admin/limits")
	String page(CurrentUser user, Model model) {
		access.require(user, Action.ADMINISTER, "sagsbehandlingsfrister");
		model.addAttribute("limits", limits.published(LocalDate.now(clock.withZone(WorkingDayCalendar.COPENHAGEN))));
		model.addAttribute("caseTypes", cases.caseTypes());
		model.addAttribute("localLimits", localLimits.current());
		model.addAttribute("localRules", localLimits.rules());
		return "deadlines/limits";
	}

	@PostMapping("/admin/local-limits")
	String decide(CurrentUser user, @RequestParam(required = false) String ruleCode, @RequestParam(required = false) DeadlineUnit unit,
			@RequestParam(required = false) Integer amount,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom,
			@RequestParam(required = false) String reason, Model model) {
		access.require(user, Action.ADMINISTER, "fastsæt kommunens egen frist");
		try {
			localLimits.decide(ruleCode, unit, amount, effectiveFrom, reason, user);
		}
		catch (InvalidInputException e) {
			model.addAttribute("localError", e.getMessage());
			model.addAttribute("localReason", reason);
			return page(user, model);
		}
		return "redirect:/admin/limits#egne-frister";
	}

	@PostMapping("/admin/limits")
	String publish(CurrentUser user, @RequestParam String benefit, @RequestParam(required = false) String caseType,
			@RequestParam String legalBasis, @RequestParam DeadlineUnit unit, @RequestParam(required = false) Integer amount,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate effectiveFrom, Model model) {
		access.require(user, Action.ADMINISTER, "offentliggør sagsbehandlingsfrist");
		try {
			if (caseType != null && !caseType.isBlank() && cases.caseTypes().stream().noneMatch(t -> t.code().equals(caseType))) {
				throw new InvalidInputException("caseType", "Vælg en af sagstyperne på listen.");
			}
			limits.publish(benefit, caseType, legalBasis, unit, amount, effectiveFrom);
		}
		catch (InvalidInputException e) {
			model.addAttribute("error", e.getMessage());
			return page(user, model);
		}
		return "redirect:/admin/limits";
	}
}
