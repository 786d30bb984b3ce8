package dk.sagsvagt.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A round as planned: name and period, the population (units, or every unit of a centre; case types; opening
 * dates), the sample design, the checklist template, the reviewers per level (1 team leader … 4 lawyer) and the
 * round to compare with.
 */
public record NewRound(String name, LocalDate periodFrom, LocalDate periodTo, String templateId, Long centreId,
		List<Long> unitIds, List<String> caseTypes, LocalDate openedFrom, LocalDate openedTo, Integer sampleSize,
		Boolean perUnit, Boolean byMeasure, Integer minPerStratum, Long previousRoundId,
		Map<Integer, List<String>> reviewers) {
}
