package dk.sagsvagt.supervision.internal.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.PersonChoices;
import dk.sagsvagt.organisation.Staff;
import dk.sagsvagt.supervision.internal.RoundAccess;

import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/**
 * The reviewers part of the round plan form (issue 18): at each level a list of the people who may review there, by
 * name and unit, to tick; no user name is typed. A refused plan shows the ticks again as they were.
 */
@Component
class ReviewerForm {

	/** One level of the form: its heading, the people to choose from, and who is chosen. */
	record Level(int level, String legend, List<PersonChoices.Choice> people, Set<String> chosen) {
	}

	private static final Map<Integer, String> LEGENDS = Map.of(1, "Niveau 1 (teamleder)", 2, "Niveau 2 (enhedsleder)", 3,
			"Niveau 3 (centerchef)", 4, "Niveau 4 (jurist)");

	private final RoundAccess roundAccess;

	private final PersonChoices choices;

	private final Organisation organisation;

	ReviewerForm(RoundAccess roundAccess, PersonChoices choices, Organisation organisation) {
		this.roundAccess = roundAccess;
		this.choices = choices;
		this.organisation = organisation;
	}

	/**
	 * The levels for the planner; someone chosen who is not among a level's people (sent by another form or kept from a
	 * refused plan) is listed there too, ticked, so that nothing chosen disappears.
	 */
	List<Level> levels(CurrentUser planner, Map<Integer, List<String>> chosen) {
		List<Level> levels = new ArrayList<>();
		roundAccess.reviewerCandidates(planner).forEach((level, people) -> {
			Set<String> picked = new LinkedHashSet<>(chosen.getOrDefault(level, List.of()));
			List<Staff> shown = new ArrayList<>(people);
			for (String username : picked) {
				if (shown.stream().noneMatch(s -> s.username().equals(username))) {
					organisation.staffByUsername(username).ifPresent(shown::add);
				}
			}
			levels.add(new Level(level, LEGENDS.get(level), choices.of(shown), picked));
		});
		return levels;
	}

	/** The reviewers submitted per level: ticked boxes, or names separated by commas from a client that types them. */
	static Map<Integer, List<String>> submitted(MultiValueMap<String, String> form) {
		Map<Integer, List<String>> reviewers = new TreeMap<>();
		for (int level = 1; level <= 4; level++) {
			List<String> names = form.getOrDefault("reviewers" + level, List.of()).stream()
				.flatMap(v -> Arrays.stream(v.split("[,\\s]+")))
				.filter(n -> !n.isBlank())
				.distinct()
				.toList();
			if (!names.isEmpty()) {
				reviewers.put(level, names);
			}
		}
		return reviewers;
	}
}
