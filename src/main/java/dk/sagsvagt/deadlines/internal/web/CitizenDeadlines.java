package dk.sagsvagt.deadlines.internal.web;

import java.util.List;
import java.util.Map;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.CitizenCases;
import dk.sagsvagt.deadlines.internal.NextDeadlines;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The deadlines' part of a citizen's page (drawn by the cases module): the next open deadline of each case of theirs
 * the user may see, swapped into the page's table by id.
 */
@Controller
class CitizenDeadlines {

	private final CitizenCases citizenCases;

	private final NextDeadlines next;

	private final AccessPolicy access;

	CitizenDeadlines(CitizenCases citizenCases, NextDeadlines next, AccessPolicy access) {
		this.citizenCases = citizenCases;
		this.next = next;
		this.access = access;
	}

	@GetMapping("/citizens/{citizenId:\\d+}/deadlines")
	String deadlines(CurrentUser user, @PathVariable long citizenId, Model model) {
		List<CaseFile> cases = citizenCases.visibleCases(citizenId, user, "borgerens næste frister");
		Map<Long, NextDeadlines.Next> byCase = next.of(cases.stream().map(CaseFile::id).toList());
		model.addAttribute("cases", cases);
		model.addAttribute("next", byCase);
		return "deadlines/citizen :: next";
	}
}
