package dk.sagsvagt.deadlines.internal.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Map;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.access.Scope;
import dk.sagsvagt.deadlines.CaseDeadlines;
import dk.sagsvagt.deadlines.DeadlineChanges;
import dk.sagsvagt.deadlines.DeadlineRule;
import dk.sagsvagt.deadlines.RuleCatalogue;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Staff;
import dk.sagsvagt.shared.DanishDateTimes;
import dk.sagsvagt.shared.PageOf;
import dk.sagsvagt.deadlines.Worklists;
import dk.sagsvagt.deadlines.DelayLetters;
import dk.sagsvagt.deadlines.internal.ProcessingTimeLimits;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.WorkingDayCalendar;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class DeadlinePages {

	/** An event a caseworker registers by hand: its code in the catalogue and its Danish name. */
	record RegistrableEvent(String code, String name) {
	}

	/** The events a caseworker registers by hand, with their Danish names. */
	static final List<RegistrableEvent> EVENTS = java.util.stream.Stream.of("NOTIFICATION_RECEIVED", "NOTIFICATION_ASSESSED", "RECEIPT_SENT",
			"NOTIFICATION_CONCERNS_ABUSE", "CHILD_CONVERSATION_HELD", "NOTIFIER_INFORMED", "NEED_BECAME_KNOWN", "PRELIMINARY_ASSESSMENT_MADE", "ASSESSMENT_FINISHED", "MEASURE_STARTED", "FOLLOW_UP_DONE",
			"TURNED_SIXTEEN", "YOUNG_PERSON_DECISION_MADE", "YOUNG_PERSON_PLAN_MADE", "ACCESS_REQUEST_RECEIVED",
			"ACCESS_REQUEST_ANSWERED", "COMPLAINT_RECEIVED", "RECONSIDERATION_DONE", "APPLICATION_RECEIVED", "DECISION_SENT")
		.map(code -> new RegistrableEvent(code, dk.sagsvagt.deadlines.DeadlineEvents.name(code)))
		.toList();

	private final CaseDeadlines deadlines;

	private final Cases cases;

	private final AccessPolicy access;

	private final Clock clock;

	private final ProcessingTimeLimits limits;

	private final MessageSource messages;

	private final DelayLetters letters;

	private final Worklists worklists;

	private final DeadlineChanges changes;

	private final RuleCatalogue catalogue;

	private final Organisation organisation;

	DeadlinePages(CaseDeadlines deadlines, Cases cases, AccessPolicy access, Clock clock, ProcessingTimeLimits limits,
			MessageSource messages, DelayLetters letters, Worklists worklists, DeadlineChanges changes, RuleCatalogue catalogue,
			Organisation organisation) {
		this.changes = changes;
		this.catalogue = catalogue;
		this.organisation = organisation;
		this.worklists = worklists;
		this.letters = letters;
		this.limits = limits;
		this.messages = messages;
		this.deadlines = deadlines;
		this.cases = cases;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/deadlines/mine")
	String mine(CurrentUser user, @RequestParam(required = false) String sort, @RequestParam(required = false) String page,
			@RequestParam(required = false) String state, @RequestParam(required = false) String rule, Model model, Locale locale) {
		Worklists.Filter filter = new Worklists.Filter(Worklists.State.of(state), null, rule, sort, null);
		model.addAttribute("caseworkers", List.of());
		return list(model, worklists.mine(user, filter, PageOf.requested(page)), "deadlines.mine", "deadlines.mine.none", "my-deadlines",
				null, locale);
	}

	@GetMapping("/deadlines/unit")
	String unit(CurrentUser user, @RequestParam(required = false) String sort, @RequestParam(required = false) String page,
			@RequestParam(required = false) String state, @RequestParam(required = false) String rule,
			@RequestParam(required = false) String caseworker, @RequestParam(required = false) String level, Model model, Locale locale) {
		if (user.unitId() == null || !user.isLeader()) {
			access.require(user, Action.REQUEST, "enhedens frister er for ledere");
		}
		Scope asked = access.levels(user).stream().filter(l -> l.name().equalsIgnoreCase(level == null ? "" : level.strip())).findFirst()
			.orElse(null);
		Long worker = caseworker == null || !caseworker.strip().matches("\\d{1,18}") ? null : Long.valueOf(caseworker.strip());
		Worklists.Filter filter = new Worklists.Filter(Worklists.State.of(state), worker, rule, sort, asked);
		Scope shown = worklists.levelOf(user, filter);
		model.addAttribute("caseworkers", caseworkersAt(user, shown));
		return list(model, worklists.unit(user, filter, PageOf.requested(page)), "deadlines.level." + shown.name(), "deadlines.unit.none",
				"unit-deadlines", asked == null ? null : asked.name(), locale);
	}

	/** The staff a leader can narrow the unit's worklist to: those of the level's units, or the team. */
	private List<Staff> caseworkersAt(CurrentUser user, Scope level) {
		return switch (level) {
			case TEAM -> organisation.staffInUnit(user.unitId()).stream().filter(s -> java.util.Objects.equals(s.teamId(), user.teamId())).toList();
			case CENTRE -> organisation.unitsInCentreOf(user.unitId()).stream().flatMap(u -> organisation.staffInUnit(u).stream()).toList();
			case ADMINISTRATION -> organisation.allStaff().stream().filter(s -> s.active() && s.unitId() != null).toList();
			default -> organisation.staffInUnit(user.unitId());
		};
	}

	private String list(Model model, Worklists.Worklist worklist, String heading, String empty, String tableId, String level,
			Locale locale) {
		Worklists.Filter filter = worklist.filter();
		model.addAttribute("rows", worklist.page().items());
		model.addAttribute("worklist", worklist.page());
		model.addAttribute("overdue", worklist.overdue());
		model.addAttribute("sort", filter.sort());
		model.addAttribute("state", filter.state().param());
		model.addAttribute("countKey", "deadlines.count." + filter.state().name());
		model.addAttribute("rule", filter.ruleCode());
		model.addAttribute("caseworker", filter.caseworkerId());
		model.addAttribute("level", level);
		model.addAttribute("rules", rules());
		model.addAttribute("now", Instant.now(clock));
		model.addAttribute("heading", messages.getMessage(heading, null, locale));
		model.addAttribute("emptyText", messages.getMessage(empty, null, locale));
		model.addAttribute("tableId", tableId);
		return "deadlines/list";
	}

	/** The catalogue's rules a worklist can be narrowed to, by their Danish names (the newest version's). */
	private Map<String, String> rules() {
		Map<String, String> byCode = new java.util.HashMap<>();
		catalogue.all().stream()
			.sorted(java.util.Comparator.comparing(DeadlineRule::effectiveFrom))
			.forEach(r -> byCode.put(r.code(), r.name()));
		Map<String, String> sorted = new java.util.LinkedHashMap<>();
		java.text.Collator danish = java.text.Collator.getInstance(Locale.forLanguageTag("da"));
		byCode.entrySet().stream().sorted(Map.Entry.comparingByValue(danish)).forEach(e -> sorted.put(e.getKey(), e.getValue()));
		return sorted;
	}

	/** The published processing-time limits: public, no log-in. */
	@GetMapping("/frister")
	String published(Model model) {
		model.addAttribute("limits", limits.published(LocalDate.now(clock.withZone(WorkingDayCalendar.COPENHAGEN))));
		return "deadlines/published";
	}

	@GetMapping("/cases/{caseNumber:\\d{4}-\\d{7}}/deadlines")
	String ofCase(CurrentUser user, @PathVariable String caseNumber, @RequestParam(required = false) Long endId,
			@RequestParam(required = false) String endReason, @RequestParam(required = false) String eventAt,
			@RequestParam(required = false) String event, Model model) {
		CaseFile caseFile = cases.open(caseNumber, user);
		// what was typed before a refusal, handed on by the case page so nothing typed is lost
		model.addAttribute("endId", endId);
		model.addAttribute("endReason", endReason);
		model.addAttribute("eventChosen", event == null || event.isBlank() ? null : event);
		model.addAttribute("caseFile", caseFile);
		model.addAttribute("deadlines", deadlines.ofCase(caseFile));
		model.addAttribute("endings", endings(caseFile));
		model.addAttribute("now", Instant.now(clock));
		model.addAttribute("events", EVENTS);
		model.addAttribute("hourEvents", catalogue.hourEvents());
		model.addAttribute("eventAt", eventAt != null && !eventAt.isBlank() ? eventAt : DanishDateTimes.typed(Instant.now(clock)));
		return "deadlines/case :: deadlines";
	}

	/** "Bortfaldet 03-12-2026 kl. 11:20 af Anne Testsen: …" for each ended deadline of the case. */
	private Map<Long, String> endings(CaseFile caseFile) {
		Map<Long, String> texts = new HashMap<>();
		changes.endings(caseFile.id()).forEach((id, e) -> texts.put(id, "Bortfaldet " + DanishDateTimes.format(e.at())
				+ organisation.staffByUsername(e.by()).map(s -> " af " + s.fullName()).orElse("") + ": " + e.reason()));
		return texts;
	}

	/** Ends a deadline that no longer applies, with the reason; a refusal keeps what was typed. */
	@PostMapping("/cases/{caseNumber:\\d{4}-\\d{7}}/deadlines/{id:\\d+}/end")
	String end(CurrentUser user, @PathVariable String caseNumber, @PathVariable long id, @RequestParam(required = false) String reason,
			RedirectAttributes redirect) {
		try {
			changes.end(id, reason, user);
			redirect.addFlashAttribute("deadlineMessage", "Fristen er bortfaldet.");
		}
		catch (InvalidInputException | dk.sagsvagt.shared.ConflictException e) {
			redirect.addFlashAttribute("deadlineError", e.getMessage());
			redirect.addFlashAttribute("endDeadlineId", id);
			redirect.addFlashAttribute("endReason", reason);
		}
		return "redirect:/cases/" + caseNumber + "#deadlines-heading";
	}

	@PostMapping("/cases/{caseNumber:\\d{4}-\\d{7}}/deadlines/{id:\\d+}/delay-letter")
	String delayLetter(CurrentUser user, @PathVariable String caseNumber, @PathVariable long id, @RequestParam String reason,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expected,
			RedirectAttributes redirect) {
		try {
			letters.send(id, reason, expected, user);
		}
		catch (InvalidInputException | dk.sagsvagt.shared.ConflictException e) {
			redirect.addFlashAttribute("deadlineError", e.getMessage());
		}
		return "redirect:/cases/" + caseNumber;
	}

	/**
	 * Records an event at the moment typed ({@code at}: "05-12-2026 15:00", "05-12-2026 kl. 15.00", …). An event of
	 * an hour rule (the 24-hour assessment) needs its time; for the others a date alone is noon that day. The older
	 * {@code date} (ISO, noon) still works.
	 */
	@PostMapping("/cases/{caseNumber:\\d{4}-\\d{7}}/deadline-events")
	String record(@PathVariable String caseNumber, @RequestParam String event, @RequestParam(required = false) String at,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) String variant, @RequestParam(required = false) String lateReason,
			RedirectAttributes redirect) {
		CurrentUser user = access.currentUser();
		CaseFile caseFile = cases.open(caseNumber, user, Action.EDIT_CASE);
		try {
			Instant when;
			if (at != null && !at.isBlank()) {
				when = DanishDateTimes.parse(at, "at", catalogue.hourEvents().contains(event) ? null : LocalTime.NOON);
			}
			else {
				when = date == null || date.equals(LocalDate.now(clock.withZone(WorkingDayCalendar.COPENHAGEN))) ? Instant.now(clock)
						: date.atTime(12, 0).atZone(WorkingDayCalendar.COPENHAGEN).toInstant();
			}
			deadlines.record(caseFile, event, when, variant, lateReason, user);
		}
		catch (InvalidInputException e) {
			redirect.addFlashAttribute("deadlineError", e.getMessage());
			redirect.addFlashAttribute("eventAt", at);
			redirect.addFlashAttribute("eventLate", lateReason);
			redirect.addFlashAttribute("eventChosen", event);
		}
		return "redirect:/cases/" + caseNumber;
	}
}
