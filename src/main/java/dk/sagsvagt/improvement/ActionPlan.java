package dk.sagsvagt.improvement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An action plan as shown: its recommendations with their actions and the measured evidence. */
public record ActionPlan(long id, String caseNumber, String title, LocalDate adoptedOn, List<Recommendation> recommendations) {

	public record Recommendation(long id, int position, String text, String source, String sourceReference, Long referralId, Long roundId,
			String evidenceQuestion, String evidenceRule, List<Action> actions, List<Evidence> evidence) {

		public long done() {
			return actions.stream().filter(Action::done).count();
		}
	}

	public record Action(long id, String text, long ownerId, String ownerName, LocalDate dueOn, String status, String doneNote,
			Instant doneAt) {

		public boolean done() {
			return status.equals("DONE");
		}
	}

	/** One measurement: a round's share of cases meeting the question, or a half-year's share of deadlines met on time. */
	public record Evidence(String label, Double share, long total) {
	}

	/** A measure a recommendation can be followed by: a checklist question's or a deadline rule's code and name. */
	public record MeasureOption(String code, String name) {
	}

	public long actions() {
		return recommendations.stream().mapToLong(r -> r.actions().size()).sum();
	}

	public long actionsDone() {
		return recommendations.stream().mapToLong(Recommendation::done).sum();
	}
}
