package dk.sagsvagt.cases;

/**
 * A case whose title matched a search, with the matched words marked by {@code \u0001} and {@code \u0002}, and what a
 * hit shows beside it: the status, whom the case is about and who handles it.
 */
public record CaseTitleHit(String caseNumber, String headline, double rank, CaseStatus status, Long primaryCitizenId,
		Long caseworkerId) {
}
