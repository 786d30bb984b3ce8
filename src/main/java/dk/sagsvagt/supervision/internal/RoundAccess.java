package dk.sagsvagt.supervision.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dk.sagsvagt.access.AccessGrants;
import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CaseFacts;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.access.Scope;
import dk.sagsvagt.cases.CaseLists;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Staff;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.organisation.Unit;
import dk.sagsvagt.supervision.Flag;
import dk.sagsvagt.supervision.Round;
import dk.sagsvagt.supervision.SampledCase;

import org.springframework.stereotype.Service;

/**
 * Who may do what with a round (issue 16: a round must not widen anyone's access). A round covers only units within
 * its planner's own scope; its reviewers are supervision lawyers, or leaders whose own scope reaches into its units
 * (a leader reviews the sampled cases he or she may read anyway); its data (sample, checklists with the reviewers'
 * comments, workbook, result note, population) is for its planner, its reviewers and the leaders whose scope covers
 * all its units, and every read of it is logged with the citizens it shows.
 */
@Service
public class RoundAccess {

	private final AccessPolicy access;

	private final AccessGrants grants;

	private final Organisation organisation;

	private final Cases cases;

	private final CaseLists lists;

	RoundAccess(AccessPolicy access, AccessGrants grants, Organisation organisation, Cases cases, CaseLists lists) {
		this.access = access;
		this.grants = grants;
		this.organisation = organisation;
		this.cases = cases;
		this.lists = lists;
	}

	/** The units a user's own scope covers whole: the unit, the centre's units, or all. Own or team cases cover none. */
	public Set<Long> unitsCovered(CurrentUser user) {
		if (user.scope() == Scope.ADMINISTRATION) {
			return organisation.units().stream().map(Unit::id).collect(Collectors.toSet());
		}
		if (user.unitId() == null) {
			return Set.of();
		}
		return switch (user.scope()) {
			case UNIT -> Set.of(user.unitId());
			case CENTRE -> Set.copyOf(organisation.unitsInCentreOf(user.unitId()));
			default -> Set.of();
		};
	}

	/** The units the user may plan a round over, for the form. */
	public List<Unit> plannableUnits(CurrentUser user) {
		Set<Long> covered = unitsCovered(user);
		return organisation.units().stream().filter(u -> covered.contains(u.id())).toList();
	}

	/** The role that reviews at each level of a round: 1 team leader, 2 unit leader, 3 centre leader, 4 lawyer. */
	public static final Map<Integer, StaffRole> LEVEL_ROLES = Map.of(1, StaffRole.TEAM_LEADER, 2, StaffRole.UNIT_LEADER, 3,
			StaffRole.CENTRE_LEADER, 4, StaffRole.SUPERVISION_LAWYER);

	/**
	 * Who the planner may choose at each level (issue 18: chosen by name, not typed as user names): the active leaders
	 * of that level in the units the planner's scope covers, and every active supervision lawyer at level 4, by name.
	 * Whether a chosen leader reaches the round's units is checked when the plan is saved ({@link #reviewerProblem}).
	 */
	public Map<Integer, List<Staff>> reviewerCandidates(CurrentUser planner) {
		Set<Long> covered = unitsCovered(planner);
		Map<Integer, List<Staff>> candidates = new java.util.TreeMap<>();
		List<Staff> active = organisation.allStaff().stream().filter(Staff::active).toList();
		LEVEL_ROLES.forEach((level, role) -> candidates.put(level, active.stream()
			.filter(s -> s.role() == role && (role == StaffRole.SUPERVISION_LAWYER || covered.contains(s.unitId())))
			.toList()));
		return candidates;
	}

	/** The units outside the user's own scope, by name; empty when the user may plan a round over them. */
	public List<String> outsideScope(CurrentUser user, Collection<Long> units) {
		Set<Long> covered = unitsCovered(user);
		return units.stream().filter(u -> !covered.contains(u)).map(u -> organisation.unit(u).name()).toList();
	}

	/** Why the user cannot review a round over the units (in Danish), or null when he or she can. */
	public String reviewerProblem(String username, Collection<Long> units) {
		Staff staff = organisation.staffByUsername(username).filter(Staff::active).orElse(null);
		if (staff == null) {
			return "Brugeren '" + username + "' findes ikke eller er ikke aktiv.";
		}
		if (staff.role() == StaffRole.SUPERVISION_LAWYER) {
			return null;
		}
		String name = staff.fullName();
		if (staff.role() == StaffRole.CASEWORKER) {
			return name + " er sagsbehandler og kan ikke være gennemgår: kun jurister og ledere gennemgår sager i et tilsyn.";
		}
		if (!staff.role().isLeader()) {
			return name + " kan ikke være gennemgår: kun jurister og ledere gennemgår sager i et tilsyn.";
		}
		CurrentUser leader = asUser(staff);
		boolean reaches = unitsCovered(leader).stream().anyMatch(units::contains)
				|| (leader.scope() == Scope.TEAM || leader.scope() == Scope.OWN) && units.contains(leader.unitId());
		return reaches ? null : name + " leder ingen af tilsynets enheder og kan ikke gennemgå dens sager.";
	}

	private CurrentUser asUser(Staff staff) {
		Scope scope = grants.scopes().getOrDefault(staff.username(), Scope.defaultFor(staff.role()));
		return new CurrentUser(staff.username(), staff.id(), staff.fullName(), staff.role(), staff.unitId(), staff.teamId(), scope);
	}

	/** Whether the user may read the round's data: a member, or a leader whose scope covers all its units. */
	public boolean mayRead(Round round, CurrentUser user) {
		return round.member(user.username()) || user.isLeader() && unitsCovered(user).containsAll(round.unitIds());
	}

	/**
	 * Whether the user reads the whole round (every sampled case, the population, the journaled outputs): its planner,
	 * a lawyer reviewing it, or a leader whose own scope covers all its units. A leader who reviews only his or her
	 * own part of a round over several units (the demo: each unit leader at level 2) sees only the cases of that part.
	 */
	public boolean readsWhole(Round round, CurrentUser user) {
		return user.username().equals(round.createdBy()) || lawyerReviewer(round, user)
				|| user.isLeader() && unitsCovered(user).containsAll(round.unitIds());
	}

	/** Whether a named member would read the whole round: who gets the round's own case (issue 16 review, S4). */
	public boolean readsWhole(Round round, String username) {
		return organisation.staffByUsername(username).map(s -> readsWhole(round, asUser(s))).orElse(false);
	}

	/** The sampled cases the user sees: all for a whole reader, else those the user's own scope reaches. */
	public List<SampledCase> sampleShownTo(Round round, CurrentUser user, List<SampledCase> sample) {
		return readsWhole(round, user) ? sample : sample.stream().filter(s -> mayReadCase(round, user, cases.facts(s.caseNumber()))).toList();
	}

	/** The population rows (case number first) the user sees: all for a whole reader, else those in units he or she covers. */
	public List<String[]> populationShownTo(Round round, CurrentUser user, List<String[]> rows, List<Long> unitIds) {
		if (readsWhole(round, user)) {
			return rows;
		}
		Set<Long> covered = unitsCovered(user);
		List<String[]> shown = new java.util.ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			if (covered.contains(unitIds.get(i))) {
				shown.add(rows.get(i));
			}
		}
		return shown;
	}

	public void requireRead(Round round, CurrentUser user, String what) {
		if (!mayRead(round, user)) {
			refuse(round, user, what);
		}
	}

	/** Drawing, excluding and concluding are for the round's planner and reviewers. */
	public void requireMember(Round round, CurrentUser user, String what) {
		if (!round.member(user.username())) {
			refuse(round, user, what);
		}
	}

	/**
	 * Whether the user may read the checklist of a sampled case: a lawyer reviewing the round unless the case is
	 * specially protected from him or her, anyone else who may read the round only if he or she may read the case.
	 */
	public boolean mayReadCase(Round round, CurrentUser user, CaseFacts facts) {
		if (!mayRead(round, user)) {
			return false;
		}
		return lawyerReviewer(round, user) ? !access.protects(user.username(), facts)
				: access.permits(user, Action.VIEW_CASE, facts);
	}

	/** Whether a named member may read a sampled case's checklist: which cases a reviewer must review (issue 17). */
	public boolean mayReadCase(Round round, String username, CaseFacts facts) {
		return organisation.staffByUsername(username).map(s -> mayReadCase(round, asUser(s), facts)).orElse(false);
	}

	private static boolean lawyerReviewer(Round round, CurrentUser user) {
		return user.role() == StaffRole.SUPERVISION_LAWYER && round.reviewer(user.username());
	}

	/** The flags whose case the user may read: a flag's reason is the case's content too. */
	public List<Flag> flagsShownTo(Round round, CurrentUser user, List<Flag> flags) {
		return flags.stream().filter(f -> mayReadCase(round, user, cases.facts(f.caseNumber()))).toList();
	}

	/** The case's facts if the user may read its checklist; refuses (logged) otherwise. */
	public CaseFacts requireCase(Round round, CurrentUser user, String caseNumber, String what) {
		CaseFacts facts = cases.facts(caseNumber);
		if (!mayReadCase(round, user, facts)) {
			refuse(round, user, what + " " + caseNumber);
		}
		return facts;
	}

	/** Logs a read of the round's data about the cases, with their citizens. */
	public void logRead(Round round, CurrentUser user, Action action, Collection<String> caseNumbers, String what) {
		access.logDerivedRead(user, action, null, caseNumbers.isEmpty() ? List.of() : lists.citizensOf(caseNumbers),
				"tilsyn " + round.id() + ": " + what);
	}

	public void logCaseRead(Round round, CurrentUser user, CaseFacts facts, String what) {
		access.logDerivedRead(user, Action.VIEW_CASE, facts.caseNumber(), facts.citizenIds(), "tilsyn " + round.id() + ": " + what);
	}

	private void refuse(Round round, CurrentUser user, String what) {
		access.require(user, Action.REQUEST, "tilsyn " + round.id() + " er kun for dets deltagere: " + what);
	}

	/**
	 * The population without the specially protected cases that one of the round's members may not read: such a
	 * case is not pulled into a round behind the protection's back (issue 16); the round records how many.
	 */
	public List<CaseLists.PopulationCase> readableByAllMembers(Round round, List<CaseLists.PopulationCase> population) {
		Set<String> members = new HashSet<>();
		members.add(round.createdBy());
		round.reviewers().values().forEach(members::addAll);
		Set<Long> blockedCases = new HashSet<>();
		Set<Long> blockedCitizens = new HashSet<>();
		for (String member : members) {
			AccessGrants.Protected p = grants.protectedFrom(member);
			blockedCases.addAll(p.caseIds());
			blockedCitizens.addAll(p.citizenIds());
		}
		if (blockedCases.isEmpty() && blockedCitizens.isEmpty()) {
			return population;
		}
		Set<Long> ids = population.stream().map(CaseLists.PopulationCase::id).collect(Collectors.toSet());
		Set<Long> left = new HashSet<>(lists.withPartyAmong(ids, blockedCitizens));
		ids.stream().filter(blockedCases::contains).forEach(left::add);
		return population.stream().filter(c -> !left.contains(c.id())).toList();
	}

	/** Whether the case is specially protected from any of the round's members (for the journaled outputs). */
	public boolean protectedFromAMember(Round round, CaseFacts facts) {
		if (access.protects(round.createdBy(), facts)) {
			return true;
		}
		return round.reviewers().values().stream().flatMap(List::stream).distinct()
			.anyMatch(name -> access.protects(name, facts));
	}

	public CaseFacts facts(String caseNumber) {
		return cases.facts(caseNumber);
	}

	public Map<Long, String> unitNames() {
		return organisation.units().stream().collect(Collectors.toMap(Unit::id, Unit::name));
	}
}
