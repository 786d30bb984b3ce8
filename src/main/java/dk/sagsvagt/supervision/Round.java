package dk.sagsvagt.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A supervision round as saved; the seed and population hash are set when the sample is drawn, with the number of
 * specially protected cases left out of the population because a reviewer may not read them.
 */
public record Round(long id, String name, LocalDate periodFrom, LocalDate periodTo, String templateId, List<Long> unitIds,
		List<String> caseTypes, LocalDate openedFrom, LocalDate openedTo, int sampleSize, boolean perUnit, boolean byMeasure,
		int minPerStratum, RoundStatus status, String caseNumber, Long previousRoundId, String seed, Integer populationSize,
		String populationSha256, Instant drawnAt, String drawnBy, String createdBy, Instant createdAt, Instant concludedAt,
		String workbookDocument, String resultNoteDocument, Map<Integer, List<String>> reviewers, int protectedLeftOut) {

	public boolean isConcluded() {
		return status.isConcluded();
	}

	/** The round's members: the one who planned it and its reviewers. */
	public boolean member(String username) {
		return createdBy.equals(username) || reviewer(username);
	}

	public boolean reviewer(String username, int level) {
		return reviewers.getOrDefault(level, List.of()).contains(username);
	}

	public boolean reviewer(String username) {
		return reviewers.values().stream().anyMatch(l -> l.contains(username));
	}
}
