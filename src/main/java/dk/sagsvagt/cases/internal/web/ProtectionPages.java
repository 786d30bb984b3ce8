package dk.sagsvagt.cases.internal.web;

import java.util.Arrays;
import java.util.List;

import dk.sagsvagt.access.AccessGrants;
import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrator marks a case (by number) or a citizen (by CPR number) as specially protected. It lives here
 * because only the case register knows case numbers; the access module keeps the protection.
 */
@Controller
class ProtectionPages {

	private final Cases cases;

	private final AccessGrants grants;

	private final AccessPolicy access;

	ProtectionPages(Cases cases, AccessGrants grants, AccessPolicy access) {
		this.cases = cases;
		this.grants = grants;
		this.access = access;
	}

	@GetMapping("/admin/protection")
	String form(CurrentUser user) {
		access.require(user, Action.ADMINISTER, "særlig beskyttelse");
		return "admin/protection";
	}

	@PostMapping("/admin/protection")
	String protect(CurrentUser user, @RequestParam(required = false) String caseNumber, @RequestParam(required = false) String cpr,
			@RequestParam String reason, @RequestParam String readers, Model model) {
		CurrentUser admin = user;
		access.require(admin, Action.ADMINISTER, "særlig beskyttelse");
		try {
			Long caseId = caseNumber == null || caseNumber.isBlank() ? null : cases.facts(caseNumber.strip()).caseId();
			List<String> names = Arrays.stream(readers.split("[,\\s]+")).filter(r -> !r.isBlank()).toList();
			grants.protect(caseId, cpr, reason, names, admin.username());
			model.addAttribute("done", true);
		}
		catch (InvalidInputException | NotFoundException e) {
			model.addAttribute("error", e.getMessage());
		}
		return "admin/protection";
	}

	/** Lets a specially protected case go to an oversight body in a referral or an answer bundle. */
	@PostMapping("/admin/protection/body-grants")
	String grantToBody(CurrentUser user, @RequestParam String caseNumber, @RequestParam String body, @RequestParam String reason, Model model) {
		CurrentUser admin = user;
		access.require(admin, Action.ADMINISTER, "beskyttet sag til tilsynsmyndighed");
		try {
			if (!body.equals("APPEALS_BOARD") && !body.equals("OMBUDSMAN")) {
				throw new InvalidInputException("body", "Vælg Ankestyrelsen eller Borgerrådgiveren.");
			}
			grants.grantToBody(body, cases.facts(caseNumber.strip()).caseId(), reason, admin.username());
			model.addAttribute("granted", true);
		}
		catch (InvalidInputException | NotFoundException e) {
			model.addAttribute("grantError", e.getMessage());
		}
		return "admin/protection";
	}
}
