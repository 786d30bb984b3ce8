package dk.sagsvagt.handover.internal.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.handover.HandoverPlan;
import dk.sagsvagt.handover.HandoverPreview;
import dk.sagsvagt.handover.Handovers;
import dk.sagsvagt.handover.Holdings;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Unit;
import dk.sagsvagt.shared.Confirmation;
import dk.sagsvagt.shared.ConflictException;
import dk.sagsvagt.shared.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The handover pages for leaders, and deactivation on the administrators' user page. */
@Controller
class HandoverPages {

	private final Handovers handovers;

	private final Organisation organisation;

	private final AccessPolicy access;

	HandoverPages(Handovers handovers, Organisation organisation, AccessPolicy access) {
		this.handovers = handovers;
		this.organisation = organisation;
		this.access = access;
	}

	@GetMapping("/handover")
	String overview(CurrentUser user, Model model) {
		model.addAttribute("staff", handovers.staffInScope(user));
		model.addAttribute("measures", handovers.measures(user));
		model.addAttribute("units", organisation.units().stream().collect(Collectors.toMap(Unit::id, Unit::name)));
		return "handover/overview";
	}

	@GetMapping("/handover/{username}")
	String holdings(CurrentUser user, @PathVariable String username, Model model) {
		if (!model.containsAttribute("holdings")) {
			model.addAttribute("holdings", handovers.holdings(username, user));
		}
		if (!model.containsAttribute("plan")) {
			model.addAttribute("plan", new HandoverPlan(null, Map.of(), Map.of()));
		}
		return "handover/holdings";
	}

	/** The form: {@code to}, and per case {@code case_<n>} (colleague) and {@code note_<n>}; refused input is shown again as typed. */
	@PostMapping("/handover/{username}")
	String handOver(CurrentUser user, @PathVariable String username, @RequestParam Map<String, String> form,
			@RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
		Map<String, String> cases = new HashMap<>();
		Map<String, String> notes = new HashMap<>();
		form.forEach((key, value) -> {
			if (key.startsWith("case_")) {
				cases.put(key.substring(5), value);
			}
			else if (key.startsWith("note_")) {
				notes.put(key.substring(5), value);
			}
		});
		HandoverPlan plan = new HandoverPlan(form.get("to"), cases, notes);
		try {
			if (!confirmed) {
				// the cases move with their deadlines and notes: the page says to whom and asks first
				HandoverPreview preview = handovers.preview(username, plan, user);
				model.addAttribute("confirmation", new Confirmation("confirm.handover.heading",
						preview.restTo() == null ? "confirm.handover.summary" : "confirm.handover.summary.rest",
						List.of(preview.cases(), preview.fromName(), preview.recipients(), preview.otherWork(),
								preview.restTo() == null ? "" : preview.restTo()),
						"/handover/" + username, form, "confirm.handover.yes", "/handover/" + username));
				return "confirm";
			}
			Holdings after = handovers.handOver(username, plan, user);
			redirect.addFlashAttribute("message", "Arbejdet er overdraget." + (after.isEmpty() ? " " + after.fullName()
					+ " har ikke længere åbent arbejde og kan deaktiveres." : ""));
			return "redirect:/handover/" + username;
		}
		catch (InvalidInputException | ConflictException e) {
			model.addAttribute("error", e.getMessage());
			model.addAttribute("plan", plan);
			return holdings(user, username, model);
		}
	}

	@PostMapping("/admin/users/{username}/deactivate")
	String deactivate(CurrentUser user, @PathVariable String username, RedirectAttributes redirect) {
		try {
			handovers.deactivate(username, user);
			redirect.addFlashAttribute("message", "Brugeren " + username + " er deaktiveret.");
		}
		catch (ConflictException e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/admin/users/" + username;
	}
}
