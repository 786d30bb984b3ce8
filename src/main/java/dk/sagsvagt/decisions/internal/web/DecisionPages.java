package dk.sagsvagt.decisions.internal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import dk.sagsvagt.cases.CaseArea;
import dk.sagsvagt.shared.Downloads;
import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.decisions.Decision;
import dk.sagsvagt.decisions.DecisionCatalogue;
import dk.sagsvagt.decisions.internal.DecisionDispatches;
import dk.sagsvagt.decisions.DigitalPost;
import dk.sagsvagt.decisions.DigitalPostMode;
import dk.sagsvagt.decisions.DigitalPostReach;
import dk.sagsvagt.decisions.internal.Delivery;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.decisions.DecisionDraft;
import dk.sagsvagt.decisions.DecisionSending;
import dk.sagsvagt.decisions.DecisionType;
import dk.sagsvagt.decisions.Decisions;
import dk.sagsvagt.decisions.DeliveryChannel;
import dk.sagsvagt.decisions.GatesOpenException;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.Journal;
import dk.sagsvagt.shared.ConflictException;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.Texts;
import dk.sagsvagt.shared.WorkingDayCalendar;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/** The decisions fragment of the case page and the decision page: draft, gates, exemptions, sending. */
@Controller
class DecisionPages {

	private final Texts texts;

	private final Decisions decisions;

	private final DecisionSending sending;

	private final DecisionCatalogue catalogue;

	private final Cases cases;

	private final Journal journal;

	private final AccessPolicy access;

	private final Clock clock;

	private final DecisionDispatches dispatches;

	private final DigitalPostMode digitalPostMode;

	private final Organisation organisation;

	private final Delivery delivery;

	private final DigitalPostReach reach;

	DecisionPages(Decisions decisions, DecisionSending sending, DecisionCatalogue catalogue, Cases cases, Journal journal,
			AccessPolicy access, Clock clock, DecisionDispatches dispatches, DigitalPostMode digitalPostMode, Organisation organisation,
			Delivery delivery, DigitalPostReach reach, Texts texts) {
		this.texts = texts;
		this.reach = reach;
		this.dispatches = dispatches;
		this.digitalPostMode = digitalPostMode;
		this.organisation = organisation;
		this.delivery = delivery;
		this.decisions = decisions;
		this.sending = sending;
		this.catalogue = catalogue;
		this.cases = cases;
		this.journal = journal;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/cases/{caseNumber:\\d{4}-\\d{7}}/decisions")
	String ofCase(CurrentUser user, @PathVariable String caseNumber, Model model) {
		CaseFile caseFile = cases.open(caseNumber, user);
		model.addAttribute("caseFile", caseFile);
		model.addAttribute("decisions", decisions.ofCase(caseFile));
		model.addAttribute("decidable", decisions.area(caseFile).hasDecisions());
		model.addAttribute("types", DecisionType.values());
		return "decisions/case :: decisions";
	}

	@PostMapping("/cases/{caseNumber:\\d{4}-\\d{7}}/decisions")
	String create(CurrentUser user, @PathVariable String caseNumber, @RequestParam(required = false) DecisionType type,
			@RequestParam(required = false) String measure, RedirectAttributes redirect) {
		try {
			Decision created = decisions.create(caseNumber, DecisionDraft.of(type, measure, null), user);
			return "redirect:/decisions/" + created.id();
		}
		catch (InvalidInputException | ConflictException e) {
			redirect.addFlashAttribute("decisionError", e.getMessage());
			return "redirect:/cases/" + caseNumber;
		}
	}

	@GetMapping("/decisions/{id:\\d+}")
	String page(@PathVariable long id, Model model) {
		return page(id, null, model);
	}

	/** Saves the draft; a wrong value is shown beside its field, and what was typed stays in the form. */
	@PostMapping("/decisions/{id:\\d+}")
	String save(CurrentUser user, @PathVariable long id, @ModelAttribute("form") DecisionDraft form, BindingResult binding,
			@RequestParam(defaultValue = "false") boolean recipientsShown, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		if (binding.hasErrors()) {
			response.setStatus(400);
			model.addAttribute("errorField", binding.getFieldErrors().isEmpty() ? null : binding.getFieldErrors().get(0).getField());
			model.addAttribute("error", texts.get("decision.flash.invalidField"));
			return page(id, null, model);
		}
		DecisionDraft draft = recipientsShown && form.notifiedCitizenIds() == null ? form.withNotifiedCitizenIds(List.of()) : form;
		try {
			decisions.update(id, draft, user);
			redirect.addFlashAttribute("message", texts.get("decision.flash.saved"));
			return "redirect:/decisions/" + id;
		}
		catch (InvalidInputException e) {
			response.setStatus(400);
			model.addAttribute("errorField", e.field());
			model.addAttribute("error", e.getMessage());
			return page(id, draft, model);
		}
	}

	@PostMapping("/decisions/{id:\\d+}/exemptions")
	String exempt(CurrentUser user, @PathVariable long id, @RequestParam String gate, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		try {
			decisions.exempt(id, gate, reason, user);
			redirect.addFlashAttribute("message", texts.get("decision.flash.exempted"));
		}
		catch (InvalidInputException | ConflictException e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/decisions/" + id;
	}

	@PostMapping("/decisions/{id:\\d+}/send")
	String send(CurrentUser user, @PathVariable long id, @RequestParam(required = false) DeliveryChannel channel,
			@RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		try {
			if (!confirmed) {
				return confirm(id, channel, model);
			}
			Decision sent = sending.send(id, channel, user);
			redirect.addFlashAttribute("message", "Afgørelsen er sendt og journaliseret som dokument " + sent.letterDocumentNumber() + ".");
			return "redirect:/decisions/" + id;
		}
		catch (GatesOpenException e) {
			response.setStatus(409);
			model.addAttribute("blocked", e.open());
			model.addAttribute("error", "Afgørelsen kan ikke sendes endnu. Disse krav er ikke opfyldt:");
			return page(id, null, model);
		}
		catch (InvalidInputException | ConflictException e) {
			response.setStatus(e instanceof InvalidInputException ? 400 : 409);
			model.addAttribute("errorField", e instanceof InvalidInputException i ? i.field() : null);
			model.addAttribute("error", e.getMessage());
			return page(id, null, model);
		}
	}

	/**
	 * Manual Digital Post: a person sent the letter from the municipality's own solution and registers when it was
	 * sent and received; the complaint period starts from then.
	 */
	@PostMapping("/decisions/{id:\\d+}/manual-sending")
	String registerManual(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String sentOn,
			@RequestParam(required = false) String receivedOn, @RequestParam(required = false) String lateReason, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		try {
			dispatches.registerManual(id, day(sentOn, "sentOn"), day(receivedOn, "receivedOn"), lateReason, user);
			redirect.addFlashAttribute("message", texts.get("decision.flash.manualSending"));
			return "redirect:/decisions/" + id;
		}
		catch (InvalidInputException | ConflictException e) {
			response.setStatus(e instanceof InvalidInputException ? 400 : 409);
			model.addAttribute("manualField", e instanceof InvalidInputException i ? i.field() : null);
			model.addAttribute("error", e.getMessage());
			model.addAttribute("manualSentOn", sentOn);
			model.addAttribute("manualReceivedOn", receivedOn);
			model.addAttribute("manualLateReason", lateReason);
			return page(id, null, model);
		}
	}

	private static LocalDate day(String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(value.strip());
		}
		catch (java.time.format.DateTimeParseException e) {
			throw new InvalidInputException(field, "'" + value.strip() + "' er ikke en dato.");
		}
	}

	/** Sending cannot be undone: the page first says to how many parties and how, and asks once more. */
	private String confirm(long id, DeliveryChannel channel, Model model) {
		model.addAttribute("confirmRecipients", sending.recipientsIfSent(id, channel, access.currentUser()));
		model.addAttribute("confirmChannel", channel);
		return page(id, null, model);
	}

	/** The registration check for the draft's recipients, drawn into the page's sending section after it loads. */
	@GetMapping("/decisions/{id:\\d+}/reach")
	String reach(CurrentUser user, @PathVariable long id, Model model) {
		List<DigitalPostReach.Recipient> recipients = reach.recipients(id, user);
		model.addAttribute("reachRecipients", recipients);
		model.addAttribute("unreachable", recipients.stream().filter(r -> r.reach() == DigitalPost.Reach.NOT_REGISTERED).map(DigitalPostReach.Recipient::name).toList());
		return "decisions/decision :: reach";
	}

	@GetMapping("/decisions/{id:\\d+}/letter")
	ResponseEntity<byte[]> letter(CurrentUser user, @PathVariable long id, @RequestParam(required = false) DeliveryChannel channel) {
		return Downloads.pdf("afgoerelse-udkast.pdf", sending.preview(id, channel, user));
	}

	private String page(long id, DecisionDraft submitted, Model model) {
		CurrentUser user = access.currentUser();
		CaseFile caseFile = cases.open(decisions.caseNumberOf(id), user);
		Decision decision = decisions.in(caseFile, id);
		LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.COPENHAGEN));
		CaseArea area = decisions.area(caseFile);
		model.addAttribute("caseFile", caseFile);
		model.addAttribute("decision", decision);
		if (!model.containsAttribute("form") || submitted != null) {
			model.addAttribute("form", submitted == null ? decision.content() : submitted);
		}
		model.addAttribute("children", area == CaseArea.CHILDREN);
		model.addAttribute("adults", area == CaseArea.ADULTS);
		model.addAttribute("bases", catalogue.legalBases(area, today));
		model.addAttribute("types", DecisionType.values());
		model.addAttribute("parties", cases.parties(caseFile));
		boolean mayEdit = access.permits(user, Action.EDIT_CASE, cases.facts(caseFile.caseNumber()));
		model.addAttribute("mayEdit", mayEdit);
		model.addAttribute("editable", !decision.sent() && mayEdit);
		model.addAttribute("digitalPostMode", digitalPostMode);
		model.addAttribute("reachChecked", reach.connected());
		model.addAttribute("letterPostDays", delivery.letterPostWorkingDays());
		model.addAttribute("sentByName", organisation.displayName(decision.sentBy()));
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		cases.parties(caseFile).forEach(p -> names.putIfAbsent(p.citizen().id(), p.citizen().name()));
		model.addAttribute("recipientNames", names);
		model.addAttribute("plans", journal.documents(caseFile).stream().filter(d -> d.kind() == DocumentKind.PLAN).toList());
		return "decisions/decision";
	}
}
