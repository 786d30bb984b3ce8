package dk.sagsvagt.reporting.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CaseFilter;
import dk.sagsvagt.access.Scope;
import dk.sagsvagt.cases.CaseQuery;
import dk.sagsvagt.cases.CaseStatus;
import dk.sagsvagt.deadlines.Worklists;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseLists;
import dk.sagsvagt.deadlines.DeadlineStatistics;
import dk.sagsvagt.improvement.ActionPlans;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Unit;
import dk.sagsvagt.oversight.AppealStatistics;
import dk.sagsvagt.reporting.Dashboard;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.supervision.Proportion;
import dk.sagsvagt.supervision.QuestionResult;
import dk.sagsvagt.supervision.Round;
import dk.sagsvagt.supervision.RoundConclusions;
import dk.sagsvagt.supervision.SupervisionRounds;

import org.springframework.stereotype.Service;

/** Builds the leaders' dashboards from each module's public aggregates. */
@Service
public class Dashboards {

	static final Set<String> LEVELS = Set.of("TEAM", "UNIT", "CENTRE", "ADMINISTRATION");

	private final Organisation organisation;

	private final CaseLists cases;

	private final DeadlineStatistics deadlines;

	private final Worklists worklists;

	private final AppealStatistics appeals;

	private final SupervisionRounds rounds;

	private final RoundConclusions conclusions;

	private final ActionPlans plans;

	private final AccessPolicy access;

	Dashboards(Organisation organisation, CaseLists cases, DeadlineStatistics deadlines, Worklists worklists, AppealStatistics appeals,
			SupervisionRounds rounds, RoundConclusions conclusions, ActionPlans plans, AccessPolicy access) {
		this.organisation = organisation;
		this.cases = cases;
		this.deadlines = deadlines;
		this.worklists = worklists;
		this.appeals = appeals;
		this.rounds = rounds;
		this.conclusions = conclusions;
		this.plans = plans;
		this.access = access;
	}

	/** The levels the user's dashboard can be drawn at (their scope and the unit and centre within it). */
	public List<String> levels(CurrentUser user) {
		return access.levels(user).stream().map(Scope::name).filter(LEVELS::contains).toList();
	}

	/** The level a leader sees first: their own scope (a team leader the team, a centre leader the centre). */
	public String defaultLevel(CurrentUser user) {
		List<String> levels = levels(user);
		return levels.isEmpty() ? "UNIT" : levels.get(levels.size() - 1);
	}

	/** The query behind the "open cases" figure, and the list it links to ({@code /cases/unit?status=OPEN&level=…}). */
	static CaseQuery openCases(Scope level) {
		return new CaseQuery(null, CaseStatus.OPEN, null, level, null, CaseQuery.Sort.OPENED);
	}

	/** The filter behind the "overdue" figure, and the list it links to ({@code /deadlines/unit?state=overdue&level=…}). */
	static Worklists.Filter overdueDeadlines(Scope level) {
		return new Worklists.Filter(Worklists.State.OVERDUE, null, null, "due", level);
	}

	public Dashboard of(String level, CurrentUser user) {
		access.require(user, Action.LEAD, "ledelsesoverblik");
		String chosen = level == null || level.isBlank() ? defaultLevel(user) : level.strip().toUpperCase(java.util.Locale.ROOT);
		if (!LEVELS.contains(chosen) || !levels(user).contains(chosen)) {
			throw new InvalidInputException("level", "Vælg niveau: " + levels(user).stream().map(Dashboards::danish)
				.collect(Collectors.joining(", ")) + ".");
		}
		Scope scope = Scope.valueOf(chosen);
		CaseFilter reach = access.at(user, scope);
		Unit own = organisation.unit(user.unitId());
		List<Unit> units = switch (scope) {
			case TEAM, UNIT -> List.of(own);
			case CENTRE -> organisation.units().stream().filter(u -> u.centreId() == own.centreId()).toList();
			default -> organisation.units();
		};
		List<Long> ids = units.stream().map(Unit::id).toList();
		String title = switch (scope) {
			case TEAM -> "Dit team i " + own.name();
			case UNIT -> own.name();
			case CENTRE -> own.centreName();
			default -> "Hele forvaltningen";
		};
		Long[] hidden = cases.hiddenByProtection(user);
		List<DeadlineStatistics.Month> months = deadlines.monthly(reach.everything(), List.of(reach.unitIds()), List.of(reach.caseworkerIds()),
				hidden);
		long closed = months.stream().mapToLong(DeadlineStatistics.Month::closed).sum();
		double onTime = months.stream().filter(m -> m.onTimeShare() != null).mapToDouble(m -> m.onTimeShare() * m.closed()).sum();
		AppealStatistics.Open open = appeals.open(ids, hidden);
		ActionPlans.Progress progress = plans.progress(user, scope == Scope.ADMINISTRATION ? null : ids);
		return new Dashboard(chosen, title, ids, cases.count(openCases(scope), user), closed, closed == 0 ? null : onTime / closed,
				worklists.count(user, overdueDeadlines(scope), false).total(),
				months.stream().mapToLong(DeadlineStatistics.Month::delayLetters).sum(), open.complaints(), open.requests(),
				progress.done(), progress.total(), months,
				supervision(units.stream().map(Unit::name).collect(Collectors.toSet()), user));
	}

	private static String danish(String level) {
		return switch (level) {
			case "TEAM" -> "team";
			case "UNIT" -> "enhed";
			case "CENTRE" -> "center";
			default -> "forvaltning";
		};
	}

	/** Concluded rounds in order, with all checklist answers in the level's units pooled. */
	private List<Dashboard.RoundResult> supervision(Set<String> unitNames, CurrentUser user) {
		return rounds.all(user).stream()
			.filter(Round::isConcluded)
			.sorted(Comparator.comparing(Round::periodFrom).thenComparing(Round::id))
			.map(r -> {
				int met = 0;
				int total = 0;
				for (QuestionResult q : conclusions.results(r.id(), user)) {
					for (var e : q.byUnit().entrySet()) {
						if (unitNames.contains(e.getKey())) {
							Proportion p = e.getValue();
							met += p.met();
							total += p.total();
						}
					}
				}
				return new Dashboard.RoundResult(r.id(), r.name(), met, total);
			})
			.filter(r -> r.total() > 0)
			.toList();
	}
}
