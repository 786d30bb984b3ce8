package dk.sagsvagt.supervision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dk.sagsvagt.shared.ConflictException;

/**
 * A round cannot be concluded while a sampled case is not reviewed at a level it requires (see {@link RoundProgress});
 * the problem response names the cases, levels, reviewers and open questions the user may see, and how many others.
 */
public class ReviewsMissingException extends ConflictException {

	/** One level of one case still missing: its state, who reviews at the level (username to display name), the open questions. */
	public record Missing(String caseNumber, int level, RoundProgress.State state, Map<String, String> reviewers,
			List<String> openQuestions) {

		/** In Danish, for the page and the problem's detail. */
		public String danish() {
			String who = reviewers.isEmpty() ? "ingen gennemgår med adgang til sagen" : String.join(", ", reviewers.values());
			return "sag " + caseNumber + ", niveau " + level + " (" + who + "): " + state.danish()
					+ (state == RoundProgress.State.IN_PROGRESS ? ", " + openQuestions.size() + " spørgsmål ubesvaret" : "");
		}
	}

	private static final int IN_DETAIL = 20;

	private final List<Missing> missing;

	private final int notShown;

	public ReviewsMissingException(List<Missing> missing, int notShown) {
		super(detail(missing, notShown));
		this.missing = List.copyOf(missing);
		this.notShown = notShown;
	}

	private static String detail(List<Missing> missing, int notShown) {
		List<String> parts = new ArrayList<>(missing.stream().limit(IN_DETAIL).map(Missing::danish).toList());
		if (missing.size() > IN_DETAIL) {
			parts.add("og " + (missing.size() - IN_DETAIL) + " mere");
		}
		if (notShown > 0) {
			parts.add(notShown + (notShown == 1 ? " sag" : " sager") + ", du ikke har adgang til");
		}
		return "Tilsynet kan ikke afsluttes, før alle sager i stikprøven er gennemgået på de krævede niveauer eller udeladt med begrundelse. Mangler: "
				+ String.join("; ", parts) + ".";
	}

	public List<Missing> missing() {
		return missing;
	}

	/** The lines for the page, in Danish. */
	public List<String> lines() {
		List<String> lines = new ArrayList<>(missing.stream().map(Missing::danish).toList());
		if (notShown > 0) {
			lines.add(notShown + (notShown == 1 ? " sag" : " sager") + ", du ikke har adgang til, mangler også");
		}
		return lines;
	}

	@Override
	public Map<String, Object> properties() {
		List<Map<String, Object>> list = missing.stream().map(m -> {
			Map<String, Object> item = new LinkedHashMap<>();
			item.put("caseNumber", m.caseNumber());
			item.put("level", m.level());
			item.put("state", m.state().name());
			item.put("reviewers", List.copyOf(m.reviewers().keySet()));
			item.put("openQuestions", m.openQuestions());
			return item;
		}).toList();
		return Map.of("missing", list, "missingNotShown", notShown);
	}
}
