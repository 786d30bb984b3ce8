package dk.sagsvagt.reporting;

import java.util.List;

import dk.sagsvagt.deadlines.DeadlineStatistics;

/** The figures of one level (UNIT, CENTRE or ADMINISTRATION) as one leader's page shows them. */
public record Dashboard(String level, String title, List<Long> unitIds, long openCases, long closedDeadlines, Double onTimeShare,
		long openOverdue, long delayLetters, long openComplaints, long openRequests, long actionsDone, long actions,
		List<DeadlineStatistics.Month> months, List<RoundResult> rounds) {

	/** A concluded supervision round: the checklist answers in the level's units that met the requirement. */
	public record RoundResult(long roundId, String round, int met, int total) {

		public Double share() {
			return total == 0 ? null : (double) met / total;
		}
	}
}
