package dk.sagsvagt.inquiries.internal.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.inquiries.CommitteeItems;
import dk.sagsvagt.inquiries.Committees;
import dk.sagsvagt.shared.AccessDeniedException;
import dk.sagsvagt.shared.ConflictException;
import dk.sagsvagt.shared.Downloads;
import dk.sagsvagt.shared.InvalidInputException;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Committee meetings and their agendas, for leaders. */
@Controller
class CommitteePages {

	private final Committees committees;

	private final CommitteeItems items;

	private final AccessPolicy access;

	CommitteePages(Committees committees, CommitteeItems items, AccessPolicy access) {
		this.committees = committees;
		this.items = items;
		this.access = access;
	}

	@GetMapping("/committee")
	String meetings(CurrentUser user, Model model) {
		model.addAttribute("meetings", committees.meetings(user));
		return "inquiries/meetings";
	}

	@PostMapping("/committee")
	String create(CurrentUser user, @RequestParam(required = false) String committee,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate meetsOn,
			@RequestParam(required = false) String place, Model model) {
		try {
			return "redirect:/committee/" + committees.createMeeting(committee, meetsOn, place, user).id();
		}
		catch (InvalidInputException | ConflictException e) {
			model.addAttribute("error", e.getMessage());
			model.addAttribute("errorField", e instanceof InvalidInputException invalid ? invalid.field() : "meetsOn");
			model.addAttribute("committee", committee);
			model.addAttribute("meetsOn", meetsOn);
			model.addAttribute("place", place);
			return meetings(user, model);
		}
	}

	@GetMapping("/committee/{id:\\d+}")
	String meeting(CurrentUser user, @PathVariable long id, Model model) {
		model.addAttribute("meeting", committees.get(id, user));
		return "inquiries/meeting";
	}

	/** A report put before the committee; the documents are given by number, separated by spaces, commas or lines. */
	@PostMapping("/committee/{id:\\d+}/items")
	String addItem(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String title, @RequestParam(required = false) String presentation,
			@RequestParam(required = false) String documentNumbers, Model model) {
		try {
			items.add(id, title, presentation, documentNumbers == null ? List.of() : Arrays.asList(documentNumbers.split("[\\s,;]+")),
					user);
			return "redirect:/committee/" + id;
		}
		catch (InvalidInputException | ConflictException | AccessDeniedException e) {
			model.addAttribute("error", e.getMessage());
			model.addAttribute("errorField", e instanceof InvalidInputException invalid ? invalid.field() : "documentNumbers");
			model.addAttribute("itemTitle", title);
			model.addAttribute("presentation", presentation);
			model.addAttribute("documentNumbers", documentNumbers);
			return meeting(user, id, model);
		}
	}

	@GetMapping("/committee/{id:\\d+}/agenda.pdf")
	ResponseEntity<byte[]> agenda(CurrentUser user, @PathVariable long id) {
		return Downloads.pdf("dagsorden-" + id + ".pdf", committees.agendaPdf(id, user));
	}
}
