package dk.sagsvagt.access.internal.web;

import dk.sagsvagt.access.AccessGrants;
import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Signatures;
import dk.sagsvagt.organisation.UnitContact;
import dk.sagsvagt.shared.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's units: creating one (recorded in the permission log) and its contact details, which its
 * letters print under the signature (issue 18).
 */
@Controller
class UnitPages {

	private final Organisation organisation;

	private final AccessGrants grants;

	private final AccessPolicy access;

	private final Signatures signatures;

	UnitPages(Organisation organisation, AccessGrants grants, AccessPolicy access, Signatures signatures) {
		this.organisation = organisation;
		this.grants = grants;
		this.access = access;
		this.signatures = signatures;
	}

	@GetMapping("/admin/units")
	String units(CurrentUser user, Model model) {
		access.require(user, Action.ADMINISTER, "enheder");
		model.addAttribute("units", organisation.units());
		model.addAttribute("centres", organisation.centres());
		return "admin/units";
	}

	@PostMapping("/admin/units")
	String createUnit(CurrentUser user, @RequestParam long centreId, @RequestParam String name, Model model) {
		CurrentUser admin = user;
		access.require(admin, Action.ADMINISTER, "opret enhed");
		try {
			grants.createUnit(centreId, name, admin.username());
		}
		catch (InvalidInputException e) {
			model.addAttribute("error", e.getMessage());
			return units(user, model);
		}
		return "redirect:/admin/units";
	}

	@GetMapping("/admin/units/{id}")
	String unit(CurrentUser user, @PathVariable long id, Model model) {
		access.require(user, Action.ADMINISTER, "enhed " + id);
		model.addAttribute("unit", organisation.unit(id));
		if (!model.containsAttribute("contact")) {
			model.addAttribute("contact", signatures.contact(id));
		}
		return "admin/unit";
	}

	/** Saves the contact details; a refused value is shown again with the Danish reason, nothing typed lost. */
	@PostMapping("/admin/units/{id}")
	String saveContact(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String address,
			@RequestParam(required = false) String phone, @RequestParam(required = false) String email, Model model,
			RedirectAttributes flash) {
		access.require(user, Action.ADMINISTER, "kontaktoplysninger for enhed " + id);
		UnitContact contact = new UnitContact(address, phone, email);
		try {
			signatures.updateContact(id, contact);
		}
		catch (InvalidInputException e) {
			model.addAttribute("error", e.getMessage());
			model.addAttribute("errorField", e.field());
			model.addAttribute("contact", contact);
			return unit(user, id, model);
		}
		flash.addFlashAttribute("message", "Kontaktoplysningerne er gemt.");
		return "redirect:/admin/units/" + id;
	}
}
