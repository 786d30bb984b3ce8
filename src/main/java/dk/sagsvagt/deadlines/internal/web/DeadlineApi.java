package dk.sagsvagt.deadlines.internal.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dk.sagsvagt.deadlines.DeadlineCalculator;
import dk.sagsvagt.deadlines.DeadlineRule;
import dk.sagsvagt.deadlines.RuleCatalogue;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Frister", description = "Fristregler og fristberegner")
class DeadlineApi {

	/** The calculator's answer. */
	record CalculationJson(String rule, String variant, String name, String law, String ruleVersion, String start,
			@JsonInclude(JsonInclude.Include.ALWAYS) String due, String unit, Integer amount, String explanation) {
	}

	private final RuleCatalogue catalogue;

	private final DeadlineCalculator calculator;

	DeadlineApi(RuleCatalogue catalogue, DeadlineCalculator calculator) {
		this.catalogue = catalogue;
		this.calculator = calculator;
	}

	@GetMapping("/api/rules")
	@Operation(summary = "Fristkataloget: alle regler i alle versioner")
	List<DeadlineRule> rules() {
		return catalogue.all();
	}

	@GetMapping("/api/deadline-calculator")
	@Operation(summary = "Beregn en frist efter den regelversion, der gjaldt på startdatoen")
	CalculationJson calculate(@RequestParam String rule, @RequestParam String start,
			@RequestParam(required = false) String variant) {
		DeadlineCalculator.Calculation c = calculator.calculate(rule, variant, start);
		DeadlineRule r = c.rule();
		return new CalculationJson(r.code(), r.variant(), r.name(), r.law(), r.effectiveFrom().toString(), c.start(), c.due(),
				r.unit().name(), r.amount(), c.explanation());
	}
}
