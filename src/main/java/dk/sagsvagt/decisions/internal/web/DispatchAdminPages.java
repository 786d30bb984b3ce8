package dk.sagsvagt.decisions.internal.web;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.decisions.internal.DecisionDispatches;
import dk.sagsvagt.decisions.DigitalPostMode;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The administrator's view of Digital Post: how many letters are in each state, and the letters not yet received,
 * oldest first, with how many hand-overs were tried and what went wrong. Case and document numbers only, no
 * recipient.
 */
@Controller
class DispatchAdminPages {

	private final DecisionDispatches dispatches;

	private final AccessPolicy access;

	private final DigitalPostMode mode;

	DispatchAdminPages(DecisionDispatches dispatches, AccessPolicy access, DigitalPostMode mode) {
		this.dispatches = dispatches;
		this.access = access;
		this.mode = mode;
	}

	@GetMapping("/admin/digital-post")
	String page(CurrentUser user, Model model) {
		access.require(user, Action.ADMINISTER, "Digital Post-forsendelser");
		model.addAttribute("mode", mode);
		model.addAttribute("counts", dispatches.countsByState());
		model.addAttribute("letters", dispatches.notReceived(200));
		return "decisions/dispatches";
	}
}
