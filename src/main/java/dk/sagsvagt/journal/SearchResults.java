package dk.sagsvagt.journal;

import java.util.List;

/**
 * Hits of a full-text search among what the user may see. Matched words in {@code headline} and {@code snippet}
 * are between the characters {@code \u0001} and {@code \u0002}.
 */
public record SearchResults(String query, List<CaseHit> cases, List<DocumentHit> documents) {

	public record CaseHit(String caseNumber, String headline) {
	}

	public record DocumentHit(String documentNumber, String caseNumber, String title, String headline, String snippet,
			DocumentKind kind) {
	}

	public boolean isEmpty() {
		return cases.isEmpty() && documents.isEmpty();
	}
}
