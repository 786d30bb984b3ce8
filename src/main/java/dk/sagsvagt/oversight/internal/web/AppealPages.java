package dk.sagsvagt.oversight.internal.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.decisions.Decision;
import dk.sagsvagt.decisions.Decisions;
import dk.sagsvagt.journal.Journal;
import dk.sagsvagt.oversight.internal.AccessRequests;
import dk.sagsvagt.oversight.internal.Complaints;
import dk.sagsvagt.oversight.Referrals;
import dk.sagsvagt.shared.Confirmation;
import dk.sagsvagt.shared.ConflictException;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.NotFoundException;
import dk.sagsvagt.shared.PageActions;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The case page's fragment for complaints against its decisions, requests for access to its documents, and its referrals. */
@Controller
class AppealPages {

	private final Complaints complaints;

	private final AccessRequests accessRequests;

	private final Decisions decisions;

	private final Cases cases;

	private final Journal journal;

	private final AccessPolicy access;

	private final Referrals referrals;

	AppealPages(Complaints complaints, AccessRequests accessRequests, Decisions decisions, Cases cases, Journal journal, AccessPolicy access,
			Referrals referrals) {
		this.referrals = referrals;
		this.complaints = complaints;
		this.accessRequests = accessRequests;
		this.decisions = decisions;
		this.cases = cases;
		this.journal = journal;
		this.access = access;
	}

	@GetMapping("/cases/{caseNumber:\\d{4}-\\d{7}}/appeals")
	String ofCase(CurrentUser user, @PathVariable String caseNumber, Model model) {
		CaseFile caseFile = cases.open(caseNumber, user);
		model.addAttribute("caseFile", caseFile);
		model.addAttribute("sentDecisions", decisions.ofCase(caseFile).stream().filter(Decision::sent).toList());
		model.addAttribute("complaints", complaints.ofCase(caseFile));
		model.addAttribute("accessRequests", accessRequests.ofCase(caseFile));
		model.addAttribute("referrals", referrals.ofCase(caseFile));
		model.addAttribute("documents", journal.documents(caseFile));
		return "oversight/case :: appeals";
	}

	@PostMapping("/cases/{caseNumber:\\d{4}-\\d{7}}/complaints")
	String complain(CurrentUser user, @PathVariable String caseNumber, @RequestParam(required = false) Long decisionId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
			@RequestParam(required = false) String channel, @RequestParam(required = false) String text,
			@RequestParam(required = false) String lateAcceptedReason, RedirectAttributes redirect) {
		return act(caseNumber, redirect, "Klagen er registreret.", () -> complaints.register(decisionId == null ? 0 : decisionId, receivedOn,
				channel, text, lateAcceptedReason, user));
	}

	@PostMapping("/cases/{caseNumber:\\d{4}-\\d{7}}/complaints/{id:\\d+}/{step:late-acceptance|reconsideration|forwarding|outcome}")
	String complaintStep(CurrentUser user, @PathVariable String caseNumber, @PathVariable long id, @PathVariable String step,
			@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		if (step.equals("forwarding") && !"true".equals(form.get("confirmed"))) {
			// the case's documents leave for Ankestyrelsen and are logged as disclosed: the page says how many and asks first
			try {
				model.addAttribute("confirmation", new Confirmation("confirm.forward.heading", "confirm.forward.summary",
						List.of(complaints.documentsIfForwarded(id, user)), "/cases/" + caseNumber + "/complaints/" + id + "/forwarding",
						Map.of(), "confirm.forward.yes", "/cases/" + caseNumber));
				return "confirm";
			}
			catch (InvalidInputException | ConflictException | NotFoundException e) {
				redirect.addFlashAttribute("appealError", e.getMessage());
				return "redirect:/cases/" + caseNumber;
			}
		}
		return act(caseNumber, redirect, "Klagen er opdateret.", () -> {
			switch (step) {
				case "late-acceptance" -> complaints.acceptLate(id, form.get("reason"), user);
				case "reconsideration" -> complaints.reconsider(id, form.get("result"), form.get("remarks"), user);
				case "forwarding" -> complaints.forward(id, user);
				default -> complaints.outcome(id, form.get("outcome"), date(form.get("decidedOn")), form.get("learningPoints"), user);
			}
		});
	}

	@PostMapping("/cases/{caseNumber:\\d{4}-\\d{7}}/access-requests")
	String requestAccess(CurrentUser user, @PathVariable String caseNumber, @RequestParam(required = false) String requester,
			@RequestParam(defaultValue = "false") boolean party,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn, RedirectAttributes redirect) {
		return act(caseNumber, redirect, "Anmodningen om aktindsigt er registreret.",
				() -> accessRequests.register(caseNumber, requester, party, receivedOn, user));
	}

	@PostMapping("/cases/{caseNumber:\\d{4}-\\d{7}}/access-requests/{id:\\d+}/delay")
	String delay(CurrentUser user, @PathVariable String caseNumber, @PathVariable long id, @RequestParam(required = false) String reason,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expectedOn, RedirectAttributes redirect) {
		return act(caseNumber, redirect, "Brevet om forlænget frist er journaliseret.",
				() -> accessRequests.delay(id, reason, expectedOn, user));
	}

	/** One decision per document on the form: outcome_&lt;n&gt;, reason_&lt;n&gt; and redacted_&lt;n&gt;. */
	@PostMapping("/cases/{caseNumber:\\d{4}-\\d{7}}/access-requests/{id:\\d+}/answer")
	String answer(CurrentUser user, @PathVariable String caseNumber, @PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
		List<AccessRequests.DocumentDecision> decided = new ArrayList<>();
		form.forEach((key, value) -> {
			if (key.startsWith("outcome_") && !value.isBlank()) {
				String number = key.substring("outcome_".length());
				String redacted = form.get("redacted_" + number);
				decided.add(new AccessRequests.DocumentDecision(number, value, form.get("reason_" + number),
						redacted == null || redacted.isBlank() ? null : redacted.strip()));
			}
		});
		return act(caseNumber, redirect, "Aktindsigten er besvaret og udleveringerne logget.",
				() -> accessRequests.answer(id, decided, user));
	}

	private static LocalDate date(String text) {
		try {
			return text == null || text.isBlank() ? null : LocalDate.parse(text);
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new InvalidInputException("decidedOn", "Datoen har forkert format.");
		}
	}

	private String act(String caseNumber, RedirectAttributes redirect, String done, Runnable action) {
		return PageActions.run("/cases/" + caseNumber, redirect, "appealMessage", "appealError", () -> {
			action.run();
			return done;
		});
	}
}
