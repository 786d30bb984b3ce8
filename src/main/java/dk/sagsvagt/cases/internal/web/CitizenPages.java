package dk.sagsvagt.cases.internal.web;

import java.util.HashMap;
import java.util.Map;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.CitizenCases;
import dk.sagsvagt.organisation.Organisation;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A citizen's page: name, masked CPR number (opened on request), address, and every case of theirs the user may see
 * with its type, status and caseworker. The next deadline of each case is the deadlines module's part, which it
 * draws into the table ({@code /citizens/{id}/deadlines}).
 */
@Controller
class CitizenPages {

	private final CitizenCases citizenCases;

	private final AccessPolicy access;

	private final Organisation organisation;

	private final dk.sagsvagt.citizens.Citizens citizens;

	CitizenPages(CitizenCases citizenCases, AccessPolicy access, Organisation organisation, dk.sagsvagt.citizens.Citizens citizens) {
		this.citizens = citizens;
		this.citizenCases = citizenCases;
		this.access = access;
		this.organisation = organisation;
	}

	@GetMapping("/citizens/{citizenId:\\d+}")
	String show(CurrentUser user, @PathVariable long citizenId, Model model) {
		CitizenCases.CitizenFile file = citizenCases.open(citizenId, user);
		Map<Long, String> caseworkers = new HashMap<>();
		for (CaseFile c : file.cases()) {
			if (c.caseworkerId() != null) {
				caseworkers.computeIfAbsent(c.caseworkerId(), id -> organisation.staff(id).fullName());
			}
		}
		model.addAttribute("citizen", file.citizen());
		// opened through the access policy above: what CPR said about the citizen, address protection included
		model.addAttribute("cpr", citizens.cprDetails(citizenId));
		model.addAttribute("cases", file.cases());
		model.addAttribute("caseworkers", caseworkers);
		return "cases/citizen";
	}

	/** Shows the citizen's full CPR number when the user opens it; the page shows it masked. */
	@GetMapping("/citizens/{citizenId:\\d+}/cpr")
	String revealCpr(CurrentUser user, @PathVariable long citizenId, Model model) {
		model.addAttribute("cpr", citizenCases.revealCpr(citizenId, user));
		return "cases/case :: cpr";
	}
}
