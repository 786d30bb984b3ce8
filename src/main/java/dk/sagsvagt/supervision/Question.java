package dk.sagsvagt.supervision;

/** A checklist question: the requirement, its paragraph, the measures it applies to and how it is pre-filled. */
public record Question(String code, int sort, String text, String law, String category, String prefill) {

	/** Whether the question applies to a case of the category (PLACEMENT, PREVENTIVE or OTHER). */
	public boolean appliesTo(String caseCategory) {
		return switch (category) {
			case "ALL" -> true;
			case "MEASURE" -> !caseCategory.equals("OTHER");
			default -> category.equals(caseCategory);
		};
	}
}
