package dk.sagsvagt.inquiries.internal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.inquiries.Committees;
import dk.sagsvagt.inquiries.Inquiries;
import dk.sagsvagt.inquiries.Inquiry;
import dk.sagsvagt.inquiries.InquiryReplies;
import dk.sagsvagt.inquiries.Signatory;
import dk.sagsvagt.inquiries.NewInquiry;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.PageActions;
import dk.sagsvagt.shared.WorkingDayCalendar;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Inquiries: the list by reply date, registering one, the reply from the template, and putting it before a committee. */
@Controller
class InquiryPages {

	/** The form that puts an inquiry before a committee, as typed, shown again when it is refused. */
	record CommitteeForm(Long meetingId, String title, String summary) {
	}

	/** The registration form as typed, shown again when it is refused. */
	record Form(String addressedTo, String channel, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
			String citizenCpr, String citizenName, String subject, String text, String topics, String linkedCases, String assignee) {

		NewInquiry command() {
			return new NewInquiry(addressedTo, channel, receivedOn, citizenCpr, citizenName, subject, text, split(topics, ","),
					split(linkedCases, "[,\\s]+"), assignee);
		}

		private static List<String> split(String text, String separator) {
			return text == null ? List.of() : Arrays.stream(text.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
		}
	}

	private final Inquiries inquiries;

	private final InquiryReplies replies;

	private final Committees committees;

	private final Organisation organisation;

	private final AccessPolicy access;

	private final Clock clock;

	InquiryPages(Inquiries inquiries, InquiryReplies replies, Committees committees, Organisation organisation, AccessPolicy access,
			Clock clock) {
		this.inquiries = inquiries;
		this.replies = replies;
		this.committees = committees;
		this.organisation = organisation;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/inquiries")
	String list(CurrentUser user, @RequestParam(defaultValue = "true") boolean open, Model model) {
		model.addAttribute("inquiries", inquiries.list(open, user));
		model.addAttribute("open", open);
		model.addAttribute("today", today());
		model.addAttribute("staff", organisation.allStaff().stream().filter(s -> s.active() && !s.role().isExternal() && s.unitId() != null)
			.toList());
		if (!model.containsAttribute("form")) {
			// no one answers by default (issue 18): the registrar chooses
			model.addAttribute("form", new Form("MAYOR", "LETTER", today(), null, null, null, null, null, null, null));
		}
		return "inquiries/list";
	}

	@PostMapping("/inquiries")
	String register(CurrentUser user, @ModelAttribute("form") Form form, Model model) {
		try {
			return "redirect:/inquiries/" + inquiries.register(form.command(), user).id();
		}
		catch (InvalidInputException e) {
			model.addAttribute("error", e.getMessage());
			model.addAttribute("errorField", e.field());
			return list(user, true, model);
		}
	}

	@GetMapping("/inquiries/{id:\\d+}")
	String inquiry(CurrentUser user, @PathVariable long id, Model model) {
		Inquiry inquiry = inquiries.get(id, user);
		model.addAttribute("inquiry", inquiry);
		model.addAttribute("today", today());
		if (!inquiry.answered() && !model.containsAttribute("replyText")) {
			model.addAttribute("replyText", replies.draft(id, user));
		}
		boolean leads = access.mayEver(user, Action.LEAD);
		model.addAttribute("leads", leads);
		if (!model.containsAttribute("committeeForm")) {
			model.addAttribute("committeeForm", new CommitteeForm(null, null, null));
		}
		model.addAttribute("meetings", leads ? committees.meetings(user).stream().filter(m -> !m.meetsOn().isBefore(today())).toList()
				: List.of());
		return "inquiries/inquiry";
	}

	@PostMapping("/inquiries/{id:\\d+}/reply")
	String reply(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String text,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate repliedOn,
			@RequestParam(required = false) Signatory signedOnBehalfOf, RedirectAttributes redirect) {
		redirect.addFlashAttribute("replyText", text);
		return act(id, redirect, () -> {
			replies.reply(id, text, repliedOn, signedOnBehalfOf, user);
			return "Svaret er sendt og journaliseret.";
		});
	}

	@PostMapping("/inquiries/{id:\\d+}/committee")
	String forward(CurrentUser user, @PathVariable long id, @RequestParam(required = false) Long meetingId, @RequestParam(required = false) String title,
			@RequestParam(required = false) String summary, RedirectAttributes redirect) {
		// kept for the page if refused (a summary with a CPR number): nothing typed is lost
		redirect.addFlashAttribute("committeeForm", new CommitteeForm(meetingId, title, summary));
		return act(id, redirect, () -> {
			var item = committees.putForward(id, meetingId == null ? 0 : meetingId, title, summary, user);
			return "Henvendelsen er sat på dagsordenen for " + item.committee() + " som punkt " + item.position() + ".";
		});
	}

	private String act(long id, RedirectAttributes redirect, Supplier<String> action) {
		return PageActions.run("/inquiries/" + id, redirect, () -> {
			String done = action.get();
			// what was typed is kept only when the step was refused
			redirect.getFlashAttributes().remove("committeeForm");
			redirect.getFlashAttributes().remove("replyText");
			return done;
		});
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(WorkingDayCalendar.COPENHAGEN));
	}
}
