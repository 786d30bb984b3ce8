package dk.sagsvagt.supervision;

/** A checklist question: the requirement, its paragraph, the measures it applies to and how it is pre-filled. */
public record Question(String code, int sort, String text, String law, String category, String prefill) {

	/** Where the system's own answer comes from: the journal, a deadline rule, or a requirement of the decision. */
	public enum Source {
		JOURNAL, DEADLINE, GATE
	}

	/** The source of the pre-filled answer and the rule or requirement it names ({@code DEADLINE:CHILD_PLAN}). */
	public record Prefill(Source source, String code) {
	}

	/** How the template says this question is pre-filled ({@code JOURNAL}, {@code DEADLINE:rule}, {@code GATE:code}). */
	public java.util.Optional<Prefill> prefillSource() {
		if (prefill == null || prefill.isBlank()) {
			return java.util.Optional.empty();
		}
		int colon = prefill.indexOf(':');
		Source source = Source.valueOf(colon < 0 ? prefill : prefill.substring(0, colon));
		return java.util.Optional.of(new Prefill(source, colon < 0 ? null : prefill.substring(colon + 1)));
	}

	/** Whether the question applies to a case of the category (PLACEMENT, PREVENTIVE or OTHER). */
	public boolean appliesTo(String caseCategory) {
		return switch (category) {
			case "ALL" -> true;
			case "MEASURE" -> !caseCategory.equals("OTHER");
			default -> category.equals(caseCategory);
		};
	}
}
