package dk.sagsvagt.cases.internal.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.access.ProtectedCitizenException;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.CaseLists;
import dk.sagsvagt.cases.CaseQuery;
import dk.sagsvagt.cases.CaseStatus;
import dk.sagsvagt.cases.CaseStatusChanges;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.cases.CaseworkerChanges;
import dk.sagsvagt.cases.internal.PartyProposals;
import dk.sagsvagt.cases.OpenedCase;
import dk.sagsvagt.cases.Party;
import dk.sagsvagt.cases.PartyRole;
import dk.sagsvagt.cases.RegisterCase;
import dk.sagsvagt.access.Scope;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.shared.ConflictException;
import dk.sagsvagt.shared.DanishDateTimes;
import dk.sagsvagt.organisation.Unit;
import dk.sagsvagt.shared.PageOf;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class CasePages {

	private static final int PAGE_SIZE = 50;

	private final Cases cases;

	private final CaseLists lists;

	private final AccessPolicy access;

	private final Organisation organisation;

	private final MessageSource messages;

	private final CaseStatusChanges statusChanges;

	private final Clock clock;

	private final CaseworkerChanges caseworkerChanges;

	private final PartyProposals proposals;

	CasePages(Cases cases, CaseStatusChanges statusChanges, CaseLists lists, AccessPolicy access, Organisation organisation,
			MessageSource messages, Clock clock, CaseworkerChanges caseworkerChanges, PartyProposals proposals) {
		this.clock = clock;
		this.caseworkerChanges = caseworkerChanges;
		this.proposals = proposals;
		this.cases = cases;
		this.statusChanges = statusChanges;
		this.lists = lists;
		this.access = access;
		this.organisation = organisation;
		this.messages = messages;
	}

	/** Each role starts where its work is. */
	@GetMapping("/")
	String home(CurrentUser user) {
		if (access.mayEver(user, Action.LIST_CASES)) {
			return "redirect:/cases/mine";
		}
		if (access.mayEver(user, Action.ADMINISTER)) {
			return "redirect:/admin/users";
		}
		return "redirect:/disclosures";
	}

	/** "Mine sager": the open ones unless the person chooses another status ({@code status=} is all). */
	@GetMapping("/cases/mine")
	String mine(CurrentUser user, @RequestParam(required = false) String page, @RequestParam(required = false) String status,
			@RequestParam(required = false) String type, @RequestParam(required = false) String sort, Model model, Locale locale) {
		CaseStatus chosen = status == null ? CaseStatus.OPEN : status(status);
		CaseQuery query = new CaseQuery(null, chosen, user.staffId(), null, type, CaseQuery.Sort.of(sort));
		model.addAttribute("heading", messages.getMessage("cases.mine.title", null, locale));
		model.addAttribute("emptyText", messages.getMessage("cases.mine.empty", null, locale));
		model.addAttribute("showCaseworker", false);
		return list(query, page, null, model, user);
	}

	/**
	 * "Enhedens sager", or with {@code level} the cases at one of the leader's levels (the team's, the centre's), as
	 * the dashboard's figures link to them.
	 */
	@GetMapping("/cases/unit")
	String unit(CurrentUser user, @RequestParam(required = false) String page, @RequestParam(required = false) String status,
			@RequestParam(required = false) String type, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String level, Model model, Locale locale) {
		if (!access.mayEver(user, Action.LIST_CASES) || user.unitId() == null) {
			access.require(user, Action.REQUEST, "enhedens sager uden enhed");
		}
		Scope chosen = level(level, user);
		CaseQuery query = new CaseQuery(chosen == null ? user.unitId() : null, status(status), null, chosen, type, CaseQuery.Sort.of(sort));
		Unit unit = organisation.unit(user.unitId());
		String where = chosen == Scope.CENTRE ? unit.centreName() : chosen == Scope.ADMINISTRATION || chosen == Scope.TEAM ? null : unit.name();
		String title = messages.getMessage("cases.level." + (chosen == null ? Scope.UNIT : chosen).name(), null, locale);
		model.addAttribute("heading", where == null ? title : title + " – " + where);
		model.addAttribute("emptyText", messages.getMessage("cases.unit.empty", null, locale));
		model.addAttribute("showCaseworker", true);
		return list(query, page, chosen, model, user);
	}

	private String list(CaseQuery query, String page, Scope level, Model model, CurrentUser user) {
		model.addAttribute("cases", lists.list(query, PageOf.requested(page), PAGE_SIZE, user));
		model.addAttribute("status", query.status() == null ? "" : query.status().name());
		model.addAttribute("type", query.caseType());
		model.addAttribute("sort", query.sort().param());
		model.addAttribute("level", level == null ? null : level.name());
		model.addAttribute("caseTypes", cases.caseTypes());
		return "cases/list";
	}

	/** A status from a link: OPEN or CLOSED; empty or anything else is every status. */
	private static CaseStatus status(String value) {
		return java.util.Arrays.stream(CaseStatus.values()).filter(s -> s.name().equals(value)).findFirst().orElse(null);
	}

	/** A level from a link, if it is one of the user's; none (the unit's list) otherwise. */
	private Scope level(String value, CurrentUser user) {
		return access.levels(user).stream().filter(l -> l.name().equalsIgnoreCase(value == null ? "" : value.strip())).findFirst().orElse(null);
	}

	@GetMapping("/cases/new")
	String newCase(CurrentUser user, Model model) {
		access.require(user, Action.CREATE_CASE, "formular til ny sag");
		model.addAttribute("form", new RegisterCase("", "", "", "", DanishDateTimes.typed(Instant.now(clock))));
		model.addAttribute("caseTypes", cases.caseTypes());
		return "cases/new";
	}

	@PostMapping("/cases/new")
	String create(CurrentUser user, @Valid @ModelAttribute("form") RegisterCase form, BindingResult errors,
			@RequestParam(name = "party", required = false) List<String> party, @RequestParam(required = false) String lookup,
			@RequestParam(defaultValue = "false") boolean partiesShown, Model model) {
		// issue 18: a citizen already known brings the parties the administration knows of, proposed before the case is saved
		java.util.Optional<PartyProposals.Known> known;
		try {
			known = proposals.forCpr(form.citizenCpr(), user);
		}
		catch (ProtectedCitizenException e) {
			// said next to the CPR field when the case is refused below
			known = java.util.Optional.empty();
		}
		model.addAttribute("known", known.orElse(null));
		model.addAttribute("chosenParties", party == null ? (partiesShown ? List.of() : null) : party);
		boolean unseen = known.isPresent() && !known.get().proposals().isEmpty() && !partiesShown;
		if (lookup != null || unseen) {
			model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
			model.addAttribute("caseTypes", cases.caseTypes());
			return "cases/new";
		}
		if (!errors.hasErrors()) {
			try {
				CaseFile created = proposals.register(form, party, user);
				return "redirect:/cases/" + created.caseNumber();
			}
			catch (InvalidInputException e) {
				errors.rejectValue(e.field(), "invalid", e.getMessage());
			}
			catch (ProtectedCitizenException e) {
				errors.rejectValue("citizenCpr", "protected", e.getMessage());
			}
		}
		model.addAttribute("caseTypes", cases.caseTypes());
		return "cases/new";
	}

	@GetMapping("/cases/{caseNumber:\\d{4}-\\d{7}}")
	String show(CurrentUser user, @PathVariable String caseNumber, Model model) {
		OpenedCase opened = cases.openWithParties(caseNumber, user, Action.VIEW_CASE);
		CaseFile caseFile = opened.caseFile();
		model.addAttribute("caseFile", caseFile);
		model.addAttribute("unit", organisation.unit(caseFile.unitId()));
		model.addAttribute("caseworker",
				caseFile.caseworkerId() == null ? null : organisation.staff(caseFile.caseworkerId()));
		model.addAttribute("parties", opened.parties());
		var timeline = cases.timeline(caseFile);
		model.addAttribute("timeline", timeline);
		model.addAttribute("actorNames", organisation.displayNames(timeline.stream().map(dk.sagsvagt.cases.TimelineEvent::actor).toList()));
		// the note a colleague left when handing the case over stands on top for its new caseworker, not only in the timeline
		model.addAttribute("handoverNote", caseFile.caseworkerId() != null && caseFile.caseworkerId() == user.staffId()
				? caseworkerChanges.noteForCaseworker(caseFile).orElse(null) : null);
		model.addAttribute("partyRoles", java.util.Arrays.stream(PartyRole.values()).filter(r -> r != PartyRole.PRIMARY).toList());
		return "cases/case";
	}

	/** Shows one party's full CPR number when the user opens it; the page shows it masked. */
	@GetMapping("/cases/{caseNumber:\\d{4}-\\d{7}}/parties/{citizenId:\\d+}/cpr")
	String revealCpr(CurrentUser user, @PathVariable String caseNumber, @PathVariable long citizenId, Model model) {
		Party party = cases.openWithParties(caseNumber, user, Action.VIEW_CPR)
			.parties()
			.stream()
			.filter(p -> p.citizen().id() == citizenId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Borgeren er ikke part i sag " + caseNumber + "."));
		model.addAttribute("cpr", party.citizen().cpr().formatted());
		return "cases/case :: cpr";
	}

	@PostMapping("/cases/{caseNumber:\\d{4}-\\d{7}}/parties")
	String addParty(CurrentUser user, @PathVariable String caseNumber, @RequestParam String cpr,
			@RequestParam(required = false) String name, @RequestParam PartyRole role, Model model) {
		CaseFile caseFile = cases.open(caseNumber, user, Action.EDIT_CASE);
		try {
			cases.addParty(caseFile, cpr, name, role, user);
		}
		catch (InvalidInputException | ProtectedCitizenException e) {
			model.addAttribute("partyError", e.getMessage());
			model.addAttribute("partyCpr", cpr);
			model.addAttribute("partyName", name);
			return show(user, caseNumber, model);
		}
		return "redirect:/cases/" + caseNumber;
	}

	/**
	 * Closing asks first: without {@code confirmed} the page checks that the case may be closed (a reason, nothing
	 * open) and says what closing does; a refusal is shown in Danish with the reason kept.
	 */
	@PostMapping("/cases/{caseNumber:\\d{4}-\\d{7}}/status")
	String changeStatus(CurrentUser user, @PathVariable String caseNumber, @RequestParam CaseStatus status,
			@RequestParam(required = false) String reason, @RequestParam(defaultValue = "false") boolean confirmed, Model model,
			HttpServletResponse response) {
		CaseFile caseFile = cases.open(caseNumber, user, Action.EDIT_CASE);
		try {
			if (status == CaseStatus.CLOSED && !confirmed) {
				statusChanges.requireClosable(caseFile, reason);
				model.addAttribute("confirmClose", true);
				model.addAttribute("statusReason", reason.strip());
				return show(user, caseNumber, model);
			}
			if (status == CaseStatus.CLOSED) {
				statusChanges.close(caseFile, reason, user);
			}
			else {
				statusChanges.reopen(caseFile, reason, user);
			}
		}
		catch (InvalidInputException | ConflictException e) {
			response.setStatus(e instanceof InvalidInputException ? 400 : 409);
			model.addAttribute("statusError", e.getMessage());
			model.addAttribute("statusReason", reason);
			return show(user, caseNumber, model);
		}
		return "redirect:/cases/" + caseNumber;
	}
}
