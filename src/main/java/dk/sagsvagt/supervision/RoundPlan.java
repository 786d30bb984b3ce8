package dk.sagsvagt.supervision;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongPredicate;

import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Unit;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.supervision.internal.RoundAccess;

/** A planned round that has passed validation: every field present, known and within bounds. */
record RoundPlan(String name, LocalDate periodFrom, LocalDate periodTo, String templateId, List<Long> unitIds,
		List<String> caseTypes, LocalDate openedFrom, LocalDate openedTo, int sampleSize, boolean perUnit, boolean byMeasure,
		int minPerStratum, Long previousRoundId, Map<Integer, List<String>> reviewers) {

	/**
	 * Checks the plan; {@code outsideScope} names the units outside the planner's own scope and
	 * {@code reviewerProblem} says why a user cannot review the units (both from {@link RoundAccess}).
	 */
	static RoundPlan validate(NewRound r, Organisation organisation, Set<String> caseTypes, Set<String> templates,
			LongPredicate roundExists, int maxSample, Function<List<Long>, List<String>> outsideScope,
			BiFunction<String, Collection<Long>, String> reviewerProblem) {
		String name = r.name() == null ? "" : r.name().strip();
		if (name.isEmpty() || name.length() > 200) {
			throw new InvalidInputException("name", "Giv tilsynet et navn (højst 200 tegn), fx \"1. runde, efteråret 2017\".");
		}
		if (r.periodFrom() == null || r.periodTo() == null || r.periodTo().isBefore(r.periodFrom())) {
			throw new InvalidInputException("periodFrom", "Angiv tilsynets periode (fra og til, til ikke før fra).");
		}
		if (r.templateId() == null || !templates.contains(r.templateId())) {
			throw new InvalidInputException("templateId", "Vælg en tjekliste.");
		}
		List<Long> units = r.centreId() != null ? organisation.unitsOfCentre(r.centreId())
				: r.unitIds() == null ? List.of() : r.unitIds().stream().distinct().toList();
		Set<Long> known = organisation.units().stream().map(Unit::id).collect(java.util.stream.Collectors.toSet());
		if (units.isEmpty() || !known.containsAll(units)) {
			throw new InvalidInputException(r.centreId() != null ? "centreId" : "unitIds", "Vælg de enheder (eller det center), tilsynet omfatter.");
		}
		List<String> outside = outsideScope.apply(units);
		if (!outside.isEmpty()) {
			throw new InvalidInputException(r.centreId() != null ? "centreId" : "unitIds", "Et tilsyn kan kun omfatte enheder inden for "
					+ "dit eget ansvarsområde; uden for det ligger: " + String.join(", ", outside) + ".");
		}
		List<String> types = r.caseTypes() == null ? List.of() : r.caseTypes().stream().distinct().toList();
		if (types.isEmpty() || !caseTypes.containsAll(types)) {
			throw new InvalidInputException("caseTypes", "Vælg de sagstyper, tilsynet omfatter.");
		}
		if (r.openedFrom() != null && r.openedTo() != null && r.openedTo().isBefore(r.openedFrom())) {
			throw new InvalidInputException("openedTo", "Slutdatoen kan ikke ligge før startdatoen.");
		}
		int size = r.sampleSize() == null ? 0 : r.sampleSize();
		if (size < 1 || size > maxSample) {
			throw new InvalidInputException("sampleSize", "Stikprøvens størrelse skal være mellem 1 og " + maxSample + ".");
		}
		if (Boolean.TRUE.equals(r.perUnit()) && (long) size * units.size() > maxSample) {
			throw new InvalidInputException("sampleSize", "Med en stikprøve pr. enhed må størrelse gange antal enheder højst være "
					+ maxSample + ".");
		}
		int min = r.minPerStratum() == null ? 0 : r.minPerStratum();
		if (min < 0 || min > size) {
			throw new InvalidInputException("minPerStratum", "Minimum pr. stratum skal være mellem 0 og stikprøvens størrelse.");
		}
		if (r.previousRoundId() != null && !roundExists.test(r.previousRoundId())) {
			throw new InvalidInputException("previousRoundId", "Det tidligere tilsyn findes ikke.");
		}
		Map<Integer, List<String>> reviewers = new TreeMap<>();
		if (r.reviewers() != null) {
			for (Map.Entry<Integer, List<String>> level : r.reviewers().entrySet()) {
				if (level.getKey() == null || level.getKey() < 1 || level.getKey() > 4) {
					throw new InvalidInputException("reviewers", "Tilsynsniveauer går fra 1 (teamleder) til 4 (jurist).");
				}
				for (String username : level.getValue() == null ? List.<String>of() : level.getValue()) {
					String problem = reviewerProblem.apply(username, units);
					if (problem != null) {
						throw new InvalidInputException("reviewers", problem);
					}
				}
				if (level.getValue() != null && !level.getValue().isEmpty()) {
					reviewers.put(level.getKey(), level.getValue().stream().distinct().toList());
				}
			}
		}
		if (reviewers.isEmpty()) {
			throw new InvalidInputException("reviewers", "Angiv mindst én gennemgår (niveau 1-4).");
		}
		return new RoundPlan(name, r.periodFrom(), r.periodTo(), r.templateId(), units, types, r.openedFrom(), r.openedTo(), size,
				Boolean.TRUE.equals(r.perUnit()), Boolean.TRUE.equals(r.byMeasure()), min, r.previousRoundId(), reviewers);
	}
}
