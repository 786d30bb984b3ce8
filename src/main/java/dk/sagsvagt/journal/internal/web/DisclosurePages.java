package dk.sagsvagt.journal.internal.web;

import dk.sagsvagt.access.AccessGrants;
import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** An external reviewer's start page: the documents disclosed to their oversight body. */
@Controller
class DisclosurePages {

	private final AccessGrants grants;

	private final AccessPolicy access;

	DisclosurePages(AccessGrants grants, AccessPolicy access) {
		this.grants = grants;
		this.access = access;
	}

	@GetMapping("/disclosures")
	String disclosures(CurrentUser user, Model model) {
		if (!user.role().isExternal()) {
			access.require(user, Action.REQUEST, "udleverede dokumenter er for eksterne tilsynsmyndigheder");
		}
		var disclosed = grants.disclosedTo(user.role().name(), user.username());
		access.logList(user, disclosed.stream().flatMap(d -> d.citizenIds().stream()).distinct().toList(), "udleverede dokumenter");
		model.addAttribute("disclosures", disclosed);
		return "journal/disclosures";
	}
}
