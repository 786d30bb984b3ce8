package dk.sagsvagt.access;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dk.sagsvagt.access.internal.AccessLogWriter;
import dk.sagsvagt.access.internal.Grants;
import dk.sagsvagt.access.internal.SignedInUser;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.shared.AccessDeniedException;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The one place that decides who may do what: role × action × scope, with special protection on top. Web pages,
 * the API, search and exports all ask here, and every read of personal data it allows or refuses is written to the
 * access log. Anything not granted below is refused.
 */
@Service
public class AccessPolicy {

	private static final Set<Action> CASE_WORK = EnumSet.of(Action.VIEW_CASE, Action.LIST_CASES, Action.VIEW_DOCUMENT,
			Action.DOWNLOAD, Action.SEARCH, Action.VIEW_CPR, Action.CREATE_CASE,
			Action.JOURNAL, Action.EDIT_CASE);

	private static final Set<Action> LEADING = EnumSet.of(Action.VIEW_CASE, Action.LIST_CASES, Action.VIEW_DOCUMENT,
			Action.DOWNLOAD, Action.SEARCH, Action.VIEW_CPR, Action.CREATE_CASE,
			Action.JOURNAL, Action.EDIT_CASE, Action.SUPERVISE, Action.ANSWER_OVERSIGHT, Action.LEAD);

	private static final Set<Action> REVIEW = EnumSet.of(Action.VIEW_CASE, Action.LIST_CASES, Action.VIEW_DOCUMENT,
			Action.DOWNLOAD, Action.SEARCH, Action.VIEW_CPR, Action.SUPERVISE, Action.ANSWER_OVERSIGHT,
			Action.CASE_LOG_EXTRACT);

	/**
	 * What a supervision grant (reviewing a sampled case, following up a flag, a round's own case) allows: reading,
	 * never writing, and the CPR number masked (a reviewer checks the casework, not who the citizen is). Listing the
	 * held cases ("Mine sager") shows no more than opening them; searching their text and exporting them is not
	 * reviewing them.
	 */
	private static final Set<Action> READ_ONLY_GRANT = EnumSet.of(Action.VIEW_CASE, Action.VIEW_DOCUMENT, Action.DOWNLOAD,
			Action.LIST_CASES);

	/** Role × action: what each role may do at all; the scope then says on which cases. */
	static final Map<StaffRole, Set<Action>> ACTIONS = Map.of(
			StaffRole.CASEWORKER, CASE_WORK,
			StaffRole.TEAM_LEADER, LEADING,
			StaffRole.UNIT_LEADER, LEADING,
			StaffRole.CENTRE_LEADER, LEADING,
			StaffRole.SUPERVISION_LAWYER, REVIEW,
			StaffRole.ADMINISTRATOR, EnumSet.of(Action.ADMINISTER, Action.VERIFY_LOG, Action.CITIZEN_EXTRACT,
					Action.CASE_LOG_EXTRACT, Action.MIGRATE),
			StaffRole.OMBUDSMAN, EnumSet.of(Action.VIEW_DOCUMENT, Action.DOWNLOAD),
			StaffRole.APPEALS_BOARD, EnumSet.of(Action.VIEW_DOCUMENT, Action.DOWNLOAD));

	private final Organisation organisation;

	private final Grants grants;

	private final AccessLogWriter log;

	AccessPolicy(Organisation organisation, Grants grants, AccessLogWriter log) {
		this.organisation = organisation;
		this.grants = grants;
		this.log = log;
	}

	public CurrentUser currentUser() {
		return signedIn().orElseThrow(() -> new AccessDeniedException("Du er ikke logget ind."));
	}

	/** The signed-in user, if a request has one (a job or a start-up import has none). */
	public java.util.Optional<CurrentUser> signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SignedInUser principal ? java.util.Optional.of(principal.user())
				: java.util.Optional.empty();
	}

	/** Whether the role may do the action at all, on some case. */
	public boolean mayEver(CurrentUser user, Action action) {
		return ACTIONS.getOrDefault(user.role(), Set.of()).contains(action);
	}

	/**
	 * Whether special protection hides the case from the user, whatever their scope: for content written about a case
	 * for others, such as a committee's agenda item, which a leader sees without the case being in their scope.
	 */
	public boolean protects(CurrentUser user, CaseFacts facts) {
		return protects(user.username(), facts);
	}

	/**
	 * The same for another user than the one asking, such as a member of a supervision round, whose right decides
	 * what a round's shared outputs may hold.
	 */
	public boolean protects(String username, CaseFacts facts) {
		return grants.isBlocked(username, facts.caseId(), facts.citizenIds());
	}

	/** Decides without logging, for showing or hiding a button. */
	public boolean permits(CurrentUser user, Action action, CaseFacts facts) {
		return (mayEver(user, action) && reaches(user, action, facts) || byRequest(user, action, facts))
				&& !grants.isBlocked(user.username(), facts.caseId(), facts.citizenIds());
	}

	/**
	 * What an oversight request's grant adds to the role (kommunestyrelsesloven § 65 e): its responsible journals in
	 * the request's case and the round's case it concerns, also as a supervision lawyer, whose role journals nowhere
	 * else; the approver reads them. Only for staff who answer oversight bodies, only on the granted case.
	 */
	private boolean byRequest(CurrentUser user, Action action, CaseFacts facts) {
		if (user.role().isExternal() || !mayEver(user, Action.ANSWER_OVERSIGHT)) {
			return false;
		}
		if (action == Action.JOURNAL) {
			return grants.holds(user.username(), facts.caseId(), RequestGrant.REQUEST_WORK.name());
		}
		return READ_ONLY_GRANT.contains(action) && (grants.holds(user.username(), facts.caseId(), RequestGrant.REQUEST_WORK.name())
				|| grants.holds(user.username(), facts.caseId(), RequestGrant.REQUEST_APPROVAL.name()));
	}

	/** Allows the action on the case or throws; logs reads and every refusal. */
	public void require(CurrentUser user, Action action, CaseFacts facts) {
		decide(user, action, facts, null, permits(user, action, facts));
	}

	/**
	 * Allows the action on one document or throws. External reviewers see only documents disclosed to their body;
	 * everyone else as for the case.
	 */
	public void requireDocument(CurrentUser user, Action action, CaseFacts facts, String documentNumber) {
		// a bundle lies in a case of the administration's own work, which has no citizens: it is decided and logged
		// with the cases and citizens it holds
		Grants.Bundled bundle = facts.citizenIds().isEmpty() ? grants.bundled(documentNumber) : Grants.Bundled.NONE;
		boolean allowed = user.role().isExternal()
				? mayEver(user, action) && grants.isDisclosed(user.role().name(), documentNumber)
						&& (!grants.isBlocked(user.username(), facts.caseId(), facts.citizenIds())
								|| grants.isGrantedToBody(user.role().name(), facts.caseId()))
						// a bundle carries its cases: a protected one among them must have been granted to the body
						&& (!grants.isBlockedAny(user.username(), bundle.caseIds(), bundle.citizenIds())
								|| bundle.caseIds().stream().allMatch(c -> grants.isGrantedToBody(user.role().name(), c)))
				: (permits(user, action, facts) || byUnitLetter(user, action, facts, bundle))
						&& !grants.isBlockedAny(user.username(), bundle.caseIds(), bundle.citizenIds())
						&& (bundle.caseIds().isEmpty() || readsEveryCase(user, action, facts, documentNumber));
		decide(user, action, withCitizens(facts, bundle.citizenIds()), documentNumber, allowed);
	}

	/**
	 * A sampled unit's leader reads the unit's letter in the round's own case (issue 17 review, S1): the grant reaches
	 * bundle documents only, here read-only, never the case's notes or mails; the bundle's own rule then asks that
	 * the leader reach every case it holds, which a letter of another unit does not pass.
	 */
	private boolean byUnitLetter(CurrentUser user, Action action, CaseFacts facts, Grants.Bundled bundle) {
		return READ_ONLY_GRANT.contains(action) && !bundle.caseIds().isEmpty()
				&& grants.holds(user.username(), facts.caseId(), RoundGrant.UNIT_LETTER.name())
				&& !grants.isBlocked(user.username(), facts.caseId(), facts.citizenIds());
	}

	/**
	 * For a search hit on a document in a case the user's filter reaches: the citizens it shows when it is a bundle the
	 * user may read (empty for any other document), or empty when the user may not read the bundle, so that its
	 * extracted text shows in no snippet that the download would refuse.
	 */
	public java.util.Optional<List<Long>> bundleShown(CurrentUser user, long holderCaseId, String documentNumber) {
		Grants.Bundled bundle = grants.bundled(documentNumber);
		if (bundle.caseIds().isEmpty()) {
			return java.util.Optional.of(List.of());
		}
		boolean allowed = !grants.isBlockedAny(user.username(), bundle.caseIds(), bundle.citizenIds())
				&& readsEveryCase(user, Action.SEARCH, new CaseFacts(holderCaseId, null, 0L, null, List.of()), documentNumber);
		return allowed ? java.util.Optional.of(bundle.citizenIds()) : java.util.Optional.empty();
	}

	/**
	 * Allows an action that concerns no single case (opening a form, administering) or throws; logs refusals and
	 * reads.
	 */
	public void require(CurrentUser user, Action action, String detail) {
		boolean allowed = mayEver(user, action) && (action != Action.CREATE_CASE || user.unitId() != null);
		if (action.isRead() || !allowed) {
			log.write(new AccessLogWriter.Entry(user, action, allowed, null, null, null, List.of(), null, detail));
		}
		if (!allowed) {
			throw new AccessDeniedException("Du har ikke adgang til dette.");
		}
	}

	/**
	 * Refuses, logged like every refusal, an action a workflow keeps for one role although the user's role may act
	 * otherwise, e.g. acknowledging a round's letter for a unit, which is its leader's (issue 17 review).
	 */
	public void refuse(CurrentUser user, Action action, String detail, String danishReason) {
		log.write(new AccessLogWriter.Entry(user, action, false, null, null, null, List.of(), null, detail));
		throw new AccessDeniedException(danishReason);
	}

	/**
	 * Allows showing a citizen the register found by CPR number (a new case, a new party) or throws. A specially
	 * protected citizen is shown only to the protection's readers; the refusal is logged with the citizen and does not
	 * name them. Any other citizen may be shown: the CPR number is what the caller already holds, and the name is what
	 * the CPR register would answer them; the answer that shows it is logged by {@link #logShown}.
	 */
	public void requireCitizen(CurrentUser user, long citizenId, String detail) {
		if (grants.isBlockedAny(user.username(), List.of(), List.of(citizenId))) {
			log.write(new AccessLogWriter.Entry(user, Action.VIEW_CASE, false, null, null, null, List.of(citizenId), null, detail));
			throw new ProtectedCitizenException();
		}
	}

	/**
	 * Records that the user put a case and its citizens here from an earlier case system ({@link Action#MIGRATE}),
	 * their right to migrate settled already by {@link #require(CurrentUser, Action, String)}.
	 */
	public void logMigrated(CurrentUser user, long caseId, String caseNumber, List<Long> citizenIds, String detail) {
		log.write(new AccessLogWriter.Entry(user, Action.MIGRATE, true, caseId, caseNumber, null, citizenIds, null, detail));
	}

	/**
	 * Records that an answer showed the case and its citizens to the user, where the user's right to them was settled
	 * already (they have just created the case or added the party).
	 */
	public void logShown(CurrentUser user, CaseFacts facts, String detail) {
		log.write(new AccessLogWriter.Entry(user, Action.VIEW_CASE, true, facts.caseId(), facts.caseNumber(), null,
				facts.citizenIds(), null, detail));
	}

	/**
	 * Allows a case's documents into a bundle for an oversight body, or throws. A specially protected case goes only
	 * when the body has been granted it explicitly ({@link AccessGrants#grantToBody}); the use of the grant and every
	 * refusal are logged with the case's citizens.
	 */
	public void requireBundle(CurrentUser user, String body, CaseFacts facts) {
		if (!grants.isProtected(facts.caseId(), facts.citizenIds())) {
			return;
		}
		boolean granted = grants.isGrantedToBody(body, facts.caseId());
		log.write(new AccessLogWriter.Entry(user, Action.EXPORT, granted, facts.caseId(), facts.caseNumber(), null, facts.citizenIds(), null,
				"særligt beskyttet sag til " + body + (granted ? " efter udtrykkelig tilladelse" : " uden tilladelse")));
		if (!granted) {
			throw new AccessDeniedException("Sag " + facts.caseNumber() + " er særligt beskyttet. Dens dokumenter kan kun sendes til "
					+ "tilsynsmyndigheden, når en administrator udtrykkeligt har givet myndigheden adgang til sagen.");
		}
	}

	/** Records a search and the citizens its hits concern. The terms are kept with CPR numbers hashed. */
	public void logSearch(CurrentUser user, String terms, List<Long> citizenIds) {
		log.write(new AccessLogWriter.Entry(user, Action.SEARCH, true, null, null, null, citizenIds, terms, null));
	}

	/**
	 * Records a read of what another module derived from cases (a supervision round's sample, checklist, workbook),
	 * with the citizens it shows.
	 */
	public void logDerivedRead(CurrentUser user, Action action, String caseNumber, List<Long> citizenIds, String detail) {
		log.write(new AccessLogWriter.Entry(user, action, true, null, caseNumber, null, citizenIds, null, detail));
	}

	/**
	 * Records a read of personal data by the application itself (a CPR number sent to Digital Post with a letter),
	 * with the case and the citizens it concerns.
	 */
	public void logSystemRead(Action action, String caseNumber, List<Long> citizenIds, String detail) {
		log.write(new AccessLogWriter.Entry(CurrentUser.SYSTEM, action, true, null, caseNumber, null, citizenIds, null, detail));
	}

	/** Records a list of cases shown, with the citizens on it. */
	public void logList(CurrentUser user, List<Long> citizenIds, String detail) {
		log.write(new AccessLogWriter.Entry(user, Action.LIST_CASES, true, null, null, null, citizenIds, null, detail));
	}

	/**
	 * Refuses, logged with the citizen, a citizen none of whose cases the user may see (a citizen page, a citizen's
	 * CPR number): whom a refused look-up was about is what an inquiry into the log asks first.
	 */
	public void refuseCitizen(CurrentUser user, Action action, long citizenId, String detail, String danishReason) {
		log.write(new AccessLogWriter.Entry(user, action, false, null, null, null, List.of(citizenId), null, detail));
		throw new AccessDeniedException(danishReason);
	}

	/** The cases the user may see, for lists and search. Empty for roles that may not list cases. */
	public CaseFilter filter(CurrentUser user, Action action) {
		Long[] none = new Long[0];
		if (!mayEver(user, action) || user.role().isExternal()) {
			return new CaseFilter(false, none, none, none, none, none);
		}
		Long[] units = none;
		Long[] workers = none;
		boolean everything = false;
		switch (user.scope()) {
			case OWN -> workers = new Long[] { user.staffId() };
			case TEAM -> workers = teamOf(user).toArray(Long[]::new);
			case UNIT -> units = user.unitId() == null ? none : new Long[] { user.unitId() };
			case CENTRE -> units = centreUnits(user).toArray(Long[]::new);
			case ADMINISTRATION -> everything = true;
			case ASSIGNED, NONE -> {
			}
		}
		return new CaseFilter(everything, units, workers, grants.assignedCases(user.username(), !READ_ONLY_GRANT.contains(action)),
				grants.blockedCases(user.username()), grants.blockedCitizens(user.username()));
	}

	/**
	 * The levels a leader's figures and lists are drawn at: the user's own scope and the unit and centre within it,
	 * never wider, so a figure counts only cases its list can show (a team leader's is the team).
	 */
	public List<Scope> levels(CurrentUser user) {
		if (!mayEver(user, Action.LIST_CASES) || user.role().isExternal()) {
			return List.of();
		}
		return switch (user.scope()) {
			case OWN -> List.of(Scope.OWN);
			case TEAM -> List.of(Scope.TEAM);
			case UNIT -> List.of(Scope.UNIT);
			case CENTRE -> List.of(Scope.UNIT, Scope.CENTRE);
			case ADMINISTRATION -> user.unitId() == null ? List.of(Scope.ADMINISTRATION)
					: List.of(Scope.UNIT, Scope.CENTRE, Scope.ADMINISTRATION);
			case ASSIGNED, NONE -> List.of();
		};
	}

	/**
	 * The cases at one of the user's {@link #levels}: the level's units or caseworkers, less what special protection
	 * hides from the user (no assigned cases: a level is an organisational reach).
	 */
	public CaseFilter at(CurrentUser user, Scope level) {
		if (!levels(user).contains(level)) {
			throw new dk.sagsvagt.shared.InvalidInputException("level", "Vælg et niveau inden for din adgang.");
		}
		Long[] none = new Long[0];
		Long[] units = none;
		Long[] workers = none;
		switch (level) {
			case OWN -> workers = new Long[] { user.staffId() };
			case TEAM -> workers = teamOf(user).toArray(Long[]::new);
			case UNIT -> units = new Long[] { user.unitId() };
			case CENTRE -> units = centreUnits(user).toArray(Long[]::new);
			default -> {
			}
		}
		return new CaseFilter(level == Scope.ADMINISTRATION, units, workers, none, grants.blockedCases(user.username()),
				grants.blockedCitizens(user.username()));
	}

	/**
	 * Only what special protection hides from the user, without their scope: two small queries, for a module that
	 * subtracts the hidden cases from a count it makes from its own index.
	 */
	public CaseFilter protectionOf(CurrentUser user) {
		Long[] none = new Long[0];
		return new CaseFilter(false, none, none, none, grants.blockedCases(user.username()), grants.blockedCitizens(user.username()));
	}

	private void decide(CurrentUser user, Action action, CaseFacts facts, String documentNumber, boolean allowed) {
		if (action.isRead() || !allowed) {
			log.write(new AccessLogWriter.Entry(user, action, allowed, facts.caseId(), facts.caseNumber(), documentNumber,
					facts.citizenIds(), null, null));
		}
		if (!allowed) {
			throw new AccessDeniedException("Du har ikke adgang til sag " + facts.caseNumber() + ".");
		}
	}

	/**
	 * Whether the user may read every case a bundle holds: the own-work case it lies in is reached by everyone in its
	 * unit, the bundled cases may lie anywhere. A supervision lawyer who holds the round's own case reads its outputs,
	 * which hold the sampled cases he or she reviewed, after the review grants have ended.
	 */
	private boolean readsEveryCase(CurrentUser user, Action action, CaseFacts holder, String documentNumber) {
		if (user.role() == StaffRole.SUPERVISION_LAWYER && grants.holds(user.username(), holder.caseId(), RoundGrant.ROUND_CASE.name())) {
			return true;
		}
		return grants.bundledCases(documentNumber).stream().allMatch(c -> reaches(user, action, c));
	}

	private static CaseFacts withCitizens(CaseFacts facts, List<Long> citizenIds) {
		return citizenIds.isEmpty() ? facts
				: new CaseFacts(facts.caseId(), facts.caseNumber(), facts.unitId(), facts.caseworkerId(), citizenIds);
	}

	private boolean reaches(CurrentUser user, Action action, CaseFacts facts) {
		boolean byScope = switch (user.scope()) {
			case OWN -> Objects.equals(facts.caseworkerId(), user.staffId());
			case TEAM -> facts.caseworkerId() != null && teamOf(user).contains(facts.caseworkerId());
			case UNIT -> Objects.equals(user.unitId(), facts.unitId());
			case CENTRE -> centreUnits(user).contains(facts.unitId());
			case ADMINISTRATION -> true;
			case ASSIGNED, NONE -> false;
		};
		return byScope || grants.isAssigned(user.username(), facts.caseId(), !READ_ONLY_GRANT.contains(action));
	}

	private List<Long> teamOf(CurrentUser user) {
		return user.teamId() == null ? List.of(user.staffId()) : organisation.membersOfTeam(user.teamId());
	}

	private List<Long> centreUnits(CurrentUser user) {
		return user.unitId() == null ? List.of() : organisation.unitsInCentreOf(user.unitId());
	}
}
