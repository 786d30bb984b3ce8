package dk.sagsvagt.supervision.internal.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dk.sagsvagt.shared.Downloads;
import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Unit;
import dk.sagsvagt.shared.Confirmation;
import dk.sagsvagt.shared.ConflictException;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.NotFoundException;
import dk.sagsvagt.shared.PageActions;
import dk.sagsvagt.shared.Texts;
import dk.sagsvagt.supervision.Checklists;
import dk.sagsvagt.supervision.Flags;
import dk.sagsvagt.supervision.NewRound;
import dk.sagsvagt.supervision.Round;
import dk.sagsvagt.supervision.internal.RoundAccess;
import dk.sagsvagt.supervision.RoundAddenda;
import dk.sagsvagt.supervision.RoundConclusions;
import dk.sagsvagt.supervision.internal.RoundReviews;
import dk.sagsvagt.supervision.RoundReporting;
import dk.sagsvagt.supervision.ReviewsMissingException;
import dk.sagsvagt.supervision.Sampling;
import dk.sagsvagt.supervision.SupervisionRounds;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The supervision pages: the rounds, one round (sample, results, flags, findings, units) and a case's checklist. */
@Controller
class SupervisionPages {

	private final Texts texts;

	private final SupervisionRounds rounds;

	private final Checklists checklists;

	private final Flags flags;

	private final RoundConclusions conclusions;

	private final Organisation organisation;

	private final Cases cases;

	private final AccessPolicy access;

	private final RoundAccess roundAccess;

	private final RoundReviews reviews;

	private final RoundReporting reporting;

	private final RoundAddenda addenda;

	private final ReviewerForm reviewerForm;

	SupervisionPages(RoundAddenda addenda, SupervisionRounds rounds, Checklists checklists, Flags flags, RoundConclusions conclusions,
			Organisation organisation, Cases cases, AccessPolicy access, RoundAccess roundAccess, RoundReviews reviews,
			RoundReporting reporting, ReviewerForm reviewerForm, Texts texts) {
		this.texts = texts;
		this.reviewerForm = reviewerForm;
		this.addenda = addenda;
		this.reviews = reviews;
		this.reporting = reporting;
		this.roundAccess = roundAccess;
		this.rounds = rounds;
		this.checklists = checklists;
		this.flags = flags;
		this.conclusions = conclusions;
		this.organisation = organisation;
		this.cases = cases;
		this.access = access;
	}

	@GetMapping("/supervision")
	String list(CurrentUser user, Model model) {
		model.addAttribute("rounds", rounds.all(user));
		model.addAttribute("templates", checklists.templates());
		model.addAttribute("units", roundAccess.plannableUnits(user));
		model.addAttribute("caseTypes", cases.caseTypes().stream().filter(t -> t.area().hasDecisions()).toList());
		if (!model.containsAttribute("roundForm")) {
			model.addAttribute("roundForm", Map.of());
			model.addAttribute("roundUnits", List.of());
			model.addAttribute("roundCaseTypes", List.of());
		}
		@SuppressWarnings("unchecked")
		Map<Integer, List<String>> chosen = (Map<Integer, List<String>>) model.asMap().getOrDefault("roundReviewers", Map.of());
		model.addAttribute("reviewerLevels", reviewerForm.levels(user, chosen));
		return "supervision/rounds";
	}

	@PostMapping("/supervision")
	String create(CurrentUser user, @RequestParam(required = false) String name,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodFrom,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodTo,
			@RequestParam(required = false) String templateId, @RequestParam(required = false) List<Long> unitIds,
			@RequestParam(required = false) List<String> caseTypes, @RequestParam(required = false) Integer sampleSize,
			@RequestParam(defaultValue = "false") boolean perUnit, @RequestParam(defaultValue = "false") boolean byMeasure,
			@RequestParam(required = false) Integer minPerStratum, @RequestParam(required = false) Long previousRoundId,
			@RequestParam MultiValueMap<String, String> all, RedirectAttributes redirect) {
		Map<Integer, List<String>> reviewers = ReviewerForm.submitted(all);
		try {
			Round round = rounds.create(new NewRound(name, periodFrom, periodTo, templateId, null, unitIds, caseTypes, null, null,
					sampleSize, perUnit, byMeasure, minPerStratum, previousRoundId, reviewers), user);
			return "redirect:/supervision/" + round.id();
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("error", e.getMessage());
			redirect.addFlashAttribute("errorField", e.field());
			// nothing typed is lost: the plan is shown again as submitted
			redirect.addFlashAttribute("roundForm", all.toSingleValueMap());
			redirect.addFlashAttribute("roundReviewers", reviewers);
			redirect.addFlashAttribute("roundUnits", unitIds == null ? List.of() : unitIds);
			redirect.addFlashAttribute("roundCaseTypes", caseTypes == null ? List.of() : caseTypes);
			return "redirect:/supervision";
		}
	}

	@GetMapping("/supervision/{id:\\d+}")
	String round(CurrentUser user, @PathVariable long id, Model model) {
		Round round = rounds.get(id, user);
		model.addAttribute("round", round);
		model.addAttribute("user", user.username());
		model.addAttribute("sample", rounds.sample(id, user));
		model.addAttribute("units", organisation.units().stream().collect(Collectors.toMap(Unit::id, Unit::name)));
		var results = conclusions.results(id, user);
		model.addAttribute("results", results);
		model.addAttribute("resultUnits", results.stream().flatMap(r -> r.byUnit().keySet().stream()).distinct().sorted().toList());
		model.addAttribute("flags", roundAccess.flagsShownTo(round, user, flags.of(round)));
		model.addAttribute("findings", conclusions.findingsShownTo(round, user));
		model.addAttribute("unitReports", reporting.unitReports(round));
		model.addAttribute("addenda", round.isConcluded() ? addenda.of(id, user) : List.of());
		model.addAttribute("staffNames", organisation.allStaff().stream()
			.collect(Collectors.toMap(dk.sagsvagt.organisation.Staff::username, dk.sagsvagt.organisation.Staff::fullName, (a, b) -> a)));
		model.addAttribute("rule", Sampling.RULE_DA);
		model.addAttribute("questions", checklists.questions(round.templateId()));
		if (round.seed() != null) {
			model.addAttribute("progress", reviews.progress(id, user));
		}
		return "supervision/round";
	}

	@PostMapping("/supervision/{id:\\d+}/draw")
	String draw(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String seed, RedirectAttributes redirect) {
		return act(id, redirect, () -> rounds.draw(id, seed, user), texts.get("supervision.flash.drawn"));
	}

	@PostMapping("/supervision/{id:\\d+}/exclusions")
	String exclude(CurrentUser user, @PathVariable long id, @RequestParam String caseNumber, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> rounds.exclude(id, caseNumber, reason, user), texts.get("supervision.flash.excluded"));
	}

	@PostMapping("/supervision/{id:\\d+}/findings")
	String finding(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String text,
			@RequestParam(required = false) String caseNumbers, RedirectAttributes redirect) {
		List<String> numbers = caseNumbers == null ? List.of() : Arrays.stream(caseNumbers.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
		return act(id, redirect, () -> conclusions.addFinding(id, text, numbers, List.of(), user),
				texts.get("supervision.flash.finding"));
	}

	@PostMapping("/supervision/{id:\\d+}/conclude")
	String conclude(CurrentUser user, @PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed, Model model,
			RedirectAttributes redirect) {
		try {
			if (!confirmed) {
				// concluding journals the workbook and the result note: it cannot be undone, so the page asks first
				var outcome = conclusions.ifConcluded(id, user);
				model.addAttribute("confirmation", new Confirmation("confirm.round.heading", "confirm.round.summary",
						List.of(outcome.roundName(), outcome.reviewed(), outcome.excluded()), "/supervision/" + id + "/conclude", Map.of(),
						"confirm.round.yes", "/supervision/" + id));
				return "confirm";
			}
			conclusions.conclude(id, user);
			redirect.addFlashAttribute("message", texts.get("supervision.flash.concluded"));
			return "redirect:/supervision/" + id;
		}
		catch (ReviewsMissingException e) {
			// the page lists what is missing in Danish instead of an error page
			redirect.addFlashAttribute("error", texts.get("supervision.flash.reviewsMissing"));
			redirect.addFlashAttribute("missingReviews", e.lines());
			return "redirect:/supervision/" + id;
		}
		catch (ConflictException | InvalidInputException e) {
			redirect.addFlashAttribute("error", e.getMessage());
			return "redirect:/supervision/" + id;
		}
	}

	@PostMapping("/supervision/{id:\\d+}/report")
	String report(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, () -> reporting.report(id, user), texts.get("supervision.flash.reported"));
	}

	@PostMapping("/supervision/{id:\\d+}/acknowledgement")
	String acknowledge(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
		return act(id, redirect, () -> reporting.acknowledge(id, user), texts.get("supervision.flash.acknowledged"));
	}

	@PostMapping("/supervision/{id:\\d+}/addenda")
	String addendum(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String text, @RequestParam(required = false) String caseNumber,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> addenda.add(id, text, caseNumber, user),
				texts.get("supervision.flash.addendum"));
	}

	@PostMapping("/supervision/{id:\\d+}/flags/{caseNumber}/follow-up")
	String followUp(CurrentUser user, @PathVariable long id, @PathVariable String caseNumber, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> flags.followUp(id, caseNumber, note, user), texts.get("supervision.flash.followedUp"));
	}

	@GetMapping("/supervision/{id:\\d+}/cases/{caseNumber}")
	String checklist(CurrentUser user, @PathVariable long id, @PathVariable String caseNumber, Model model) {
		Round round = rounds.get(id, user);
		if (rounds.sample(id, user).stream().noneMatch(s -> s.caseNumber().equals(caseNumber))) {
			throw new NotFoundException("Sag " + caseNumber + " er ikke i stikprøven.");
		}
		model.addAttribute("round", round);
		model.addAttribute("caseNumber", caseNumber);
		model.addAttribute("rows", checklists.checklist(round, caseNumber, user));
		model.addAttribute("levels", round.reviewers().entrySet().stream().filter(e -> e.getValue().contains(user.username()))
			.map(Map.Entry::getKey).toList());
		model.addAttribute("flag", flags.of(round).stream().filter(f -> f.caseNumber().equals(caseNumber)).findFirst().orElse(null));
		model.addAttribute("staff", organisation.allStaff().stream().filter(s -> !s.role().isExternal()).toList());
		model.addAttribute("today", LocalDate.now(dk.sagsvagt.shared.WorkingDayCalendar.COPENHAGEN));
		if (!model.containsAttribute("flagForm")) {
			model.addAttribute("flagForm", Map.of());
		}
		return "supervision/checklist";
	}

	/** Saves the reviewer's answers at one level: every question given an answer on the form. */
	@PostMapping("/supervision/{id:\\d+}/cases/{caseNumber}/answers")
	String answers(CurrentUser user, @PathVariable long id, @PathVariable String caseNumber, @RequestParam int level,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Round round = rounds.get(id, user);
		try {
			Map<String, String[]> answers = new java.util.LinkedHashMap<>();
			for (var q : checklists.questions(round.templateId())) {
				String answer = form.get("answer_" + q.code());
				if (answer != null && !answer.isBlank()) {
					answers.put(q.code(), new String[] { answer, form.get("comment_" + q.code()) });
				}
			}
			checklists.answerAll(round, caseNumber, level, answers, user);
			redirect.addFlashAttribute("message", texts.get("supervision.flash.answers"));
		}
		catch (InvalidInputException | ConflictException e) {
			redirect.addFlashAttribute("error", e.getMessage());
		}
		return "redirect:/supervision/" + id + "/cases/" + caseNumber;
	}

	@PostMapping("/supervision/{id:\\d+}/cases/{caseNumber}/flag")
	String flag(CurrentUser user, @PathVariable long id, @PathVariable String caseNumber, @RequestParam(required = false) String reason,
			@RequestParam(required = false) String owner,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate due,
			@RequestParam(defaultValue = "false") boolean proposeForAppealsBoard, @RequestParam Map<String, String> form,
			RedirectAttributes redirect) {
		try {
			flags.flag(rounds.get(id, user), caseNumber, reason, owner, due, proposeForAppealsBoard, user);
			redirect.addFlashAttribute("message", texts.get("supervision.flash.flagged"));
		}
		catch (InvalidInputException | ConflictException e) {
			redirect.addFlashAttribute("error", e.getMessage());
			redirect.addFlashAttribute("errorField", e instanceof InvalidInputException i ? i.field() : null);
			// nothing typed is lost: the form is shown again as submitted
			redirect.addFlashAttribute("flagForm", form);
		}
		return "redirect:/supervision/" + id + "/cases/" + caseNumber;
	}

	@GetMapping("/supervision/{id:\\d+}/workbook.xlsx")
	ResponseEntity<byte[]> workbook(CurrentUser user, @PathVariable long id) {
		return Downloads.attachment("tilsyn-" + id + ".xlsx", Downloads.XLSX, conclusions.workbook(id, user));
	}

	@GetMapping("/supervision/{id:\\d+}/result-note.pdf")
	ResponseEntity<byte[]> resultNote(CurrentUser user, @PathVariable long id) {
		return Downloads.pdf("resultatnotat-" + id + ".pdf", conclusions.resultNote(id, user));
	}

	@GetMapping("/supervision/{id:\\d+}/population.csv")
	ResponseEntity<byte[]> population(CurrentUser user, @PathVariable long id) {
		return Downloads.attachment("population-" + id + ".csv", Downloads.CSV,
				rounds.populationCsv(id, user));
	}

	private String act(long id, RedirectAttributes redirect, Runnable action, String done) {
		return PageActions.run("/supervision/" + id, redirect, done, action);
	}
}
