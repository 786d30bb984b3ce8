package dk.sagsvagt.journal;

import java.util.List;

import dk.sagsvagt.cases.CaseStatus;
import dk.sagsvagt.journal.internal.JournalSearch;

/**
 * Hits of a search among what the user may see: citizens by CPR number or name (at most
 * {@link JournalSearch#CITIZEN_LIMIT}, {@code moreCitizens} when there were more), then case titles and documents in
 * full text. Matched words in {@code headline} and {@code snippet} are between the characters {@code \u0001} and
 * {@code \u0002}.
 */
public record SearchResults(String query, List<CitizenHit> citizens, boolean moreCitizens, List<CaseHit> cases,
		List<DocumentHit> documents) {

	/** A citizen found; the CPR number only masked, also when it was what was searched for. */
	public record CitizenHit(long id, String name, String maskedCpr) {
	}

	/** A case whose title matched, with whom it is about and who handles it ({@code caseworker} empty when no one). */
	public record CaseHit(String caseNumber, String headline, String citizen, CaseStatus status, String caseworker) {
	}

	public record DocumentHit(String documentNumber, String caseNumber, String title, String headline, String snippet,
			DocumentKind kind) {
	}

	public boolean isEmpty() {
		return citizens.isEmpty() && cases.isEmpty() && documents.isEmpty();
	}
}
