package dk.sagsvagt.deadlines.internal.web;

import dk.sagsvagt.deadlines.DeadlineCalculator;
import dk.sagsvagt.deadlines.RuleCatalogue;
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
				model.addAttribute("result", calculator.calculate(rule, variant, start));
			}
			catch (InvalidInputException e) {
				model.addAttribute("error", e.getMessage());
				model.addAttribute("errorField", e.field());
			}
		}
		return "deadlines/calculator";
	}
}
