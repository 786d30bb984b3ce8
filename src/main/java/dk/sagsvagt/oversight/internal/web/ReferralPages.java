package dk.sagsvagt.oversight.internal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Unit;
import dk.sagsvagt.oversight.Referrals;
import dk.sagsvagt.shared.PageActions;
import dk.sagsvagt.shared.WorkingDayCalendar;
import dk.sagsvagt.supervision.Flag;
import dk.sagsvagt.supervision.Flags;
import dk.sagsvagt.supervision.Round;
import dk.sagsvagt.supervision.RoundConclusions;
import dk.sagsvagt.supervision.SupervisionRounds;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Cases at Ankestyrelsen: sending one or a round's chosen flagged cases, and recording the outcome and learning points. */
@Controller
class ReferralPages {

	/** A round whose flagged cases can be sent, with how many were chosen. */
	record RoundChoice(long id, String name, long chosen) {
	}

	/** A general finding of a round, for linking learning points to it. */
	record FindingChoice(long id, String label) {
	}

	private final Referrals referrals;

	private final SupervisionRounds rounds;

	private final Flags flags;

	private final RoundConclusions conclusions;

	private final Organisation organisation;

	private final AccessPolicy access;

	private final Clock clock;

	ReferralPages(Referrals referrals, SupervisionRounds rounds, Flags flags, RoundConclusions conclusions, Organisation organisation,
			AccessPolicy access, Clock clock) {
		this.clock = clock;
		this.referrals = referrals;
		this.rounds = rounds;
		this.flags = flags;
		this.conclusions = conclusions;
		this.organisation = organisation;
		this.access = access;
	}

	@GetMapping("/oversight/referrals")
	String list(CurrentUser user, Model model) {
		List<Referrals.Referral> list = referrals.list(user);
		List<Round> all = rounds.all(user);
		model.addAttribute("referrals", list);
		model.addAttribute("units", organisation.units().stream().collect(Collectors.toMap(Unit::id, Unit::name)));
		model.addAttribute("roundNames", all.stream().collect(Collectors.toMap(Round::id, Round::name)));
		model.addAttribute("rounds", all.stream()
			.map(r -> new RoundChoice(r.id(), r.name(), flags.of(r).stream().filter(Flag::chosenForAppealsBoard).count()))
			.filter(c -> c.chosen() > 0)
			.toList());
		model.addAttribute("findings", all.stream()
			.flatMap(r -> conclusions.findingsShownTo(r, user).stream().map(f -> new FindingChoice(f.id(), r.name() + ": " + abbreviate(f.text()))))
			.toList());
		model.addAttribute("today", LocalDate.now(clock.withZone(WorkingDayCalendar.COPENHAGEN)));
		return "oversight/referrals";
	}

	@PostMapping("/oversight/referrals")
	String refer(CurrentUser user, @RequestParam(required = false) String caseNumber, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String reason,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate answerDue, RedirectAttributes redirect) {
		return act(redirect, () -> "Sagen " + referrals.refer(caseNumber, kind, reason, answerDue, user).caseNumber()
				+ " er registreret hos Ankestyrelsen.");
	}

	@PostMapping("/oversight/referrals/from-round")
	String referChosen(CurrentUser user, @RequestParam(required = false) Long roundId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate answerDue, RedirectAttributes redirect) {
		// no round chosen reads as an unknown one, after the access check
		return act(redirect, () -> referrals.referChosen(roundId == null ? 0 : roundId, answerDue, user).size()
				+ " sager er sendt til Ankestyrelsen med sagens akter.");
	}

	@PostMapping("/oversight/referrals/{id:\\d+}/outcome")
	String outcome(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String outcome,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
			@RequestParam(required = false) String learningPoints, @RequestParam(required = false) Long findingId,
			RedirectAttributes redirect) {
		return act(redirect, () -> "Ankestyrelsens afgørelse i sag " + referrals.outcome(id, outcome, decidedOn, learningPoints, findingId,
				user).caseNumber() + " er registreret.");
	}

	private String act(RedirectAttributes redirect, Supplier<String> action) {
		return PageActions.run("/oversight/referrals", redirect, action);
	}

	private static String abbreviate(String text) {
		String line = text.strip().replaceAll("\\s+", " ");
		return line.length() <= 80 ? line : line.substring(0, 79) + "…";
	}
}
