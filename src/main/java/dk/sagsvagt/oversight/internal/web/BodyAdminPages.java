package dk.sagsvagt.oversight.internal.web;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.oversight.internal.OversightBodies;
import dk.sagsvagt.shared.ConflictException;
import dk.sagsvagt.shared.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators add the outside bodies that send requests (beyond those shipped). */
@Controller
class BodyAdminPages {

	private final OversightBodies bodies;

	private final AccessPolicy access;

	BodyAdminPages(OversightBodies bodies, AccessPolicy access) {
		this.bodies = bodies;
		this.access = access;
	}

	@GetMapping("/admin/bodies")
	String list(CurrentUser user, Model model) {
		access.require(user, Action.ADMINISTER, "tilsynsmyndigheder");
		model.addAttribute("bodies", bodies.requesting());
		return "admin/bodies";
	}

	@PostMapping("/admin/bodies")
	String add(CurrentUser user, @RequestParam(required = false) String name, @RequestParam(required = false) String code, Model model) {
		try {
			bodies.add(code, name, user);
			return "redirect:/admin/bodies";
		}
		catch (InvalidInputException | ConflictException e) {
			model.addAttribute("error", e.getMessage());
			model.addAttribute("errorField", e instanceof InvalidInputException invalid ? invalid.field() : "name");
			model.addAttribute("name", name);
			model.addAttribute("code", code);
			return list(user, model);
		}
	}
}
