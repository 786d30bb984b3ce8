package dk.sagsvagt.cases;

/** A case whose title matched a search, with the matched words marked by {@code \u0001} and {@code \u0002}. */
public record CaseTitleHit(String caseNumber, String headline, double rank) {
}
