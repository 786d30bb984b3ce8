package dk.sagsvagt.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.supervision.ChecklistRow;
import dk.sagsvagt.supervision.Checklists;
import dk.sagsvagt.supervision.Flags;
import dk.sagsvagt.supervision.NewRound;
import dk.sagsvagt.supervision.Round;
import dk.sagsvagt.supervision.RoundConclusions;
import dk.sagsvagt.supervision.SampledCase;
import dk.sagsvagt.supervision.SupervisionRounds;

/**
 * Three supervision rounds over the family units' measure cases, as Copenhagen ran them: two concluded (the second
 * shows the effect of the first: parents more often involved in the goals) and one under review. The children's
 * centre's leader plans them (the units lie within her scope); each unit's leader reviews the unit's cases at level 2
 * and the lawyer all of them at level 4, flagging the cases that need special attention for the unit leader to follow up.
 */
final class DemoSupervision {

	private final SupervisionRounds rounds;

	private final Checklists checklists;

	private final Flags flags;

	private final RoundConclusions conclusions;

	private final Organisation organisation;

	DemoSupervision(SupervisionRounds rounds, Checklists checklists, Flags flags, RoundConclusions conclusions, Organisation organisation) {
		this.rounds = rounds;
		this.checklists = checklists;
		this.flags = flags;
		this.conclusions = conclusions;
		this.organisation = organisation;
	}

	void run(DemoOrganisation.Built org, LocalDate today, int sampleSize, SplittableRandom random) {
		CurrentUser lawyer = DemoUsers.of(organisation, "jurist");
		CurrentUser planner = DemoUsers.of(organisation, "centerchef");
		Map<Long, CurrentUser> unitLeaders = new java.util.HashMap<>();
		for (long unit : org.familyUnits()) {
			organisation.staffInUnit(unit).stream().filter(s -> s.role() == StaffRole.UNIT_LEADER).findFirst()
				.ifPresent(s -> unitLeaders.put(unit, DemoUsers.of(s)));
		}
		List<String> leaders = unitLeaders.values().stream().map(CurrentUser::username).sorted().toList();
		Long previous = null;
		double[] parentsInvolved = { 0.44, 0.66, 0.72 };
		for (int r = 0; r < 3; r++) {
			LocalDate end = today.minusMonths(12 - 6L * r);
			LocalDate start = end.minusMonths(3);
			String name = (r + 1) + ". runde, " + (end.getMonthValue() <= 6 ? "foråret " : "efteråret ") + end.getYear();
			Round round = rounds.create(new NewRound(name, start, end, "CHILDREN_BL", null, org.familyUnits(),
					List.of("PLACEMENT", "PREVENTIVE_MEASURE"), null, end, sampleSize, false, true, Math.max(1, sampleSize / 6), previous,
					Map.of(2, leaders, 4, List.of("jurist"))), planner);
			rounds.draw(round.id(), "demo-" + (r + 1) + "-" + end, planner);
			round = rounds.get(round.id(), lawyer);
			List<SampledCase> sample = rounds.sample(round.id(), lawyer);
			int flagged = 0;
			for (SampledCase s : sample) {
				CurrentUser leader = unitLeaders.get(s.unitId());
				for (ChecklistRow row : checklists.checklist(round, s.caseNumber(), lawyer)) {
					String code = row.question().code();
					String answer = row.effective() != null ? row.effective().answer()
							: random.nextDouble() < (code.equals("PARENTS_GOALS") ? parentsInvolved[r] : 0.8) ? "YES" : "NO";
					checklists.answer(round, s.caseNumber(), code, 2, answer, null, leader);
				}
				boolean planMissing = checklists.checklist(round, s.caseNumber(), lawyer)
					.stream()
					.anyMatch(row -> row.question().code().equals("CHILD_PLAN") && "NO".equals(row.effective().answer()));
				if (planMissing && flagged < 8) {
					checklists.answer(round, s.caseNumber(), "CHILD_PLAN", 4, "NO", "Bekræftet ved juridisk gennemgang.", lawyer);
					// issue 17: a flagged case is reviewed at level 4 in full before the round can be concluded
					for (ChecklistRow row : checklists.checklist(round, s.caseNumber(), lawyer)) {
						if (!row.question().code().equals("CHILD_PLAN")) {
							checklists.answer(round, s.caseNumber(), row.question().code(), 4, row.effective().answer(), null, lawyer);
						}
					}
					flags.flag(round, s.caseNumber(), "Barnets plan forelå ikke rettidigt, og målene er uklare.",
							leader.username(), today.plusDays(30), flagged < 4, lawyer);
					if (r < 2) {
						flags.followUp(round.id(), s.caseNumber(), "Barnets plan er udarbejdet sammen med forældrene, og sagen er gennemgået på teammøde.", lawyer);
						if (flagged < 2) {
							flags.chooseForAppealsBoard(round, s.caseNumber(), true, "Udvalgt i samråd med Borgerrådgiveren.", lawyer);
						}
					}
					flagged++;
				}
			}
			if (r < 2) {
				conclusions.addFinding(round.id(), "Barnets plan foreligger for sjældent rettidigt, især ved anbringelser; forældrene inddrages ikke altid i målene.",
						sample.stream().limit(3).map(SampledCase::caseNumber).toList(), List.of("CHILD_PLAN", "PARENTS_GOALS"), lawyer);
				conclusions.conclude(round.id(), lawyer);
			}
			previous = round.id();
		}
	}
}
