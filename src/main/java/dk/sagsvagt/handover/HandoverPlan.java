package dk.sagsvagt.handover;

import java.util.Map;

/**
 * Who takes over: {@code to} takes everything not named in {@code cases} (case number → colleague's username);
 * {@code notes} holds the handover note per case number, required for every case at risk.
 */
public record HandoverPlan(String to, Map<String, String> cases, Map<String, String> notes) {

	public String colleagueFor(String caseNumber) {
		String chosen = cases == null ? null : cases.get(caseNumber);
		return chosen == null || chosen.isBlank() ? to : chosen;
	}

	public String noteFor(String caseNumber) {
		String note = notes == null ? null : notes.get(caseNumber);
		return note == null || note.isBlank() ? null : note.strip();
	}
}
