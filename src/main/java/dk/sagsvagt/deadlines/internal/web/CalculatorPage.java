package dk.sagsvagt.deadlines.internal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.regex.Pattern;

import dk.sagsvagt.deadlines.DeadlineCalculator;
import dk.sagsvagt.deadlines.RuleCatalogue;
import dk.sagsvagt.shared.DanishDateTimes;
import dk.sagsvagt.shared.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The fristberegner: pick a rule and a start, see the deadline and the rule it comes from. */
@Controller
class CalculatorPage {

	private final RuleCatalogue catalogue;

	private final DeadlineCalculator calculator;

	CalculatorPage(RuleCatalogue catalogue, DeadlineCalculator calculator) {
		this.catalogue = catalogue;
		this.calculator = calculator;
	}

	@GetMapping("/deadline-calculator")
	String page(@RequestParam(required = false) String rule, @RequestParam(required = false) String start,
			@RequestParam(required = false) String variant, Model model) {
		model.addAttribute("rules", catalogue.all());
		model.addAttribute("rule", rule);
		model.addAttribute("start", start);
		model.addAttribute("variant", variant);
		if (rule != null && !rule.isBlank()) {
			try {
				DeadlineCalculator.Calculation result = calculator.calculate(rule, variant, asTyped(start));
				model.addAttribute("result", result);
				model.addAttribute("due", shown(result.due()));
			}
			catch (InvalidInputException e) {
				model.addAttribute("error", e.getMessage());
				model.addAttribute("errorField", e.field());
			}
		}
		return "deadlines/calculator";
	}

	private static final Pattern DANISH_DAY = Pattern.compile("\\s*\\d{1,2}\\s*[-/.]\\s*\\d{1,2}\\s*[-/.]\\s*\\d{4}\\s*");

	/**
	 * A person types the start as a Danish date ({@code 31-10-2024}) or date and time ({@code 31-10-2024 10:15}); the
	 * calculator, as its API, reads ISO. A date stays a date; ISO typed here is read as it is.
	 */
	static String asTyped(String start) {
		if (start == null || start.isBlank()) {
			throw new InvalidInputException("start", "Angiv startdatoen, fx 31-10-2024 eller 31-10-2024 10:15.");
		}
		if (start.strip().matches("\\d{4}-.*")) {
			return start;
		}
		Instant at = DanishDateTimes.parse(start, "start", LocalTime.MIDNIGHT);
		ZonedDateTime local = DanishDateTimes.local(at);
		return DANISH_DAY.matcher(start).matches() ? local.toLocalDate().toString() : local.toOffsetDateTime().toString();
	}

	/** The calculator's due (an ISO date or moment) as a Danish page shows it: 28-02-2025, or 05-12-2026 kl. 15:00. */
	static String shown(String due) {
		if (due == null) {
			return null;
		}
		return due.length() == 10 ? DanishDateTimes.date(LocalDate.parse(due)) : DanishDateTimes.format(OffsetDateTime.parse(due).toInstant());
	}
}
