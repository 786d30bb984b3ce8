package dk.sagsvagt.oversight.internal.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.oversight.AppealStatistics;
import dk.sagsvagt.oversight.internal.Disclosures;
import dk.sagsvagt.oversight.internal.OversightBodies;
import dk.sagsvagt.oversight.InformationRequest;
import dk.sagsvagt.oversight.InformationRequests;
import dk.sagsvagt.oversight.NewRequest;
import dk.sagsvagt.oversight.RequestAnswers;
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

/** Requests from oversight bodies: the list, registering one with its items, answering item by item, sending. */
@Controller
class OversightPages {

	private final InformationRequests requests;

	private final RequestAnswers answers;

	private final Organisation organisation;

	private final AccessPolicy access;

	private final Disclosures disclosures;

	private final AppealStatistics appeals;

	private final OversightBodies bodies;

	OversightPages(InformationRequests requests, RequestAnswers answers, Organisation organisation, AccessPolicy access,
			Disclosures disclosures, AppealStatistics appeals, OversightBodies bodies) {
		this.bodies = bodies;
		this.disclosures = disclosures;
		this.appeals = appeals;
		this.requests = requests;
		this.answers = answers;
		this.organisation = organisation;
		this.access = access;
	}

	@GetMapping("/oversight")
	String list(CurrentUser user, Model model) {
		model.addAttribute("requests", requests.list(user));
		model.addAttribute("external", user.role().isExternal());
		model.addAttribute("staff", organisation.allStaff().stream().filter(s -> !s.role().isExternal()).toList());
		model.addAttribute("bodies", bodies.requesting());
		if (!model.containsAttribute("requestForm")) {
			model.addAttribute("requestForm", Map.of());
		}
		return "oversight/requests";
	}

	/** Requests per body and year, and Ankestyrelsen's outcomes: tables with bars, for the administration's staff. */
	@GetMapping("/oversight/statistics")
	String statistics(CurrentUser user, Model model) {
		model.addAttribute("requestLines", disclosures.statistics(user));
		model.addAttribute("bodyNames", bodies.names());
		List<AppealStatistics.AppealStatisticsLine> complaintLines = appeals.complaints(user);
		List<AppealStatistics.AppealStatisticsLine> referralLines = appeals.referrals(user);
		model.addAttribute("complaintLines", complaintLines);
		model.addAttribute("referralLines", referralLines);
		model.addAttribute("complaintChart", AppealStatistics.chart("Omgørelsesprocent i klagesager pr. enhed, hjemmel og år", complaintLines));
		model.addAttribute("referralChart", AppealStatistics.chart("Omgjorte sager hos Ankestyrelsen pr. enhed og år", referralLines));
		return "oversight/statistics";
	}

	/** The disclosure log: every document given to an outside body. */
	@GetMapping("/oversight/disclosures")
	String disclosureLog(CurrentUser user, @RequestParam(required = false) String body, Model model) {
		var list = disclosures.list(body == null || body.isBlank() ? null : body, null, null, user);
		model.addAttribute("disclosures", list);
		model.addAttribute("bodyNames", bodies.names());
		model.addAttribute("approverNames", organisation.displayNames(list.stream().map(d -> d.approvedBy()).toList()));
		model.addAttribute("body", body);
		model.addAttribute("bodies", bodies.all());
		return "oversight/disclosures";
	}

	@PostMapping("/oversight")
	String register(CurrentUser user, @RequestParam(required = false) String body, @RequestParam(required = false) String bodyReference,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
			@RequestParam(required = false) String text,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate answerDue,
			@RequestParam(required = false) String responsible, @RequestParam(required = false) String items,
			@RequestParam(required = false) Long perFlaggedCaseOfRound, @RequestParam(required = false) Long reminderOf,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		List<String> lines = items == null ? List.of() : Arrays.stream(items.split("\\R")).filter(l -> !l.isBlank()).toList();
		try {
			InformationRequest created = requests.register(new NewRequest(body, bodyReference, receivedOn, text, answerDue, responsible,
					reminderOf, lines, perFlaggedCaseOfRound, null), user);
			return "redirect:/oversight/" + created.id();
		}
		catch (InvalidInputException | NotFoundException e) {
			redirect.addFlashAttribute("error", e.getMessage());
			redirect.addFlashAttribute("errorField", e instanceof InvalidInputException i ? i.field() : null);
			// nothing typed is lost: the form is shown again as submitted
			redirect.addFlashAttribute("requestForm", form);
			return "redirect:/oversight";
		}
	}

	@GetMapping("/oversight/{id:\\d+}")
	String request(CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("request", requests.get(id, user));
		model.addAttribute("external", user.role().isExternal());
		model.addAttribute("leader", user.isLeader());
		if (!model.containsAttribute("itemForm")) {
			model.addAttribute("itemForm", Map.of());
		}
		return "oversight/request";
	}

	@PostMapping("/oversight/{id:\\d+}/items/{itemId:\\d+}")
	String answerItem(CurrentUser user, @PathVariable long id, @PathVariable long itemId, @RequestParam(required = false) String documents,
			@RequestParam(required = false) String caseNumber, @RequestParam(required = false) Long roundOutputs,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String writtenAnswer,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		// kept for the page if refused: a written answer may be long, and nothing typed is lost
		Map<String, String> kept = new java.util.HashMap<>(form);
		kept.put("itemId", String.valueOf(itemId));
		redirect.addFlashAttribute("itemForm", kept);
		List<String> numbers = documents == null ? List.of() : Arrays.stream(documents.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
		return act(id, redirect, "Delpunktet er besvaret.", () -> requests.answerItem(id, itemId,
				new InformationRequests.ItemAnswer(numbers, caseNumber, roundOutputs, reason, writtenAnswer), user));
	}

	@PostMapping("/oversight/{id:\\d+}/sign-off")
	String signOff(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, "Svaret er godkendt.", () -> requests.signOff(id, user));
	}

	@PostMapping("/oversight/{id:\\d+}/answer")
	String answer(CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed,
			@RequestParam(required = false) String answeredOn, @RequestParam(required = false) String lateReason, Model model,
			RedirectAttributes redirect) {
		java.time.LocalDate on;
		try {
			// an answer sent outside the system on an earlier day is registered with that day (issue 19)
			on = answeredOn == null || answeredOn.isBlank() ? null
					: dk.sagsvagt.shared.DanishDateTimes.local(dk.sagsvagt.shared.DanishDateTimes.parse(answeredOn, "answeredOn",
							java.time.LocalTime.NOON)).toLocalDate();
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("error", e.getMessage());
			return "redirect:/oversight/" + id;
		}
		if (!confirmed) {
			// the answer and its documents go to the body and are logged as disclosed: the page says what and asks first
			try {
				var sent = answers.ifAnswered(id, user);
				Map<String, String> fields = new java.util.LinkedHashMap<>();
				fields.put("answeredOn", answeredOn == null ? "" : answeredOn);
				fields.put("lateReason", lateReason == null ? "" : lateReason);
				model.addAttribute("confirmation", new Confirmation("confirm.answer.heading", "confirm.answer.summary",
						List.of(sent.bodyName(), sent.items(), sent.documents()), "/oversight/" + id + "/answer", fields,
						"confirm.answer.yes", "/oversight/" + id));
				return "confirm";
			}
			catch (InvalidInputException | ConflictException | NotFoundException e) {
				redirect.addFlashAttribute("error", e.getMessage());
				return "redirect:/oversight/" + id;
			}
		}
		return act(id, redirect, "Svaret er sendt; følgebrev og materiale er journaliseret, og udleveringerne er logget.",
				() -> answers.answer(id, on, lateReason, user));
	}

	private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
		return PageActions.run("/oversight/" + id, redirect, done, () -> {
			action.run();
			// what was typed is kept only when the step was refused
			redirect.getFlashAttributes().remove("itemForm");
		});
	}
}
