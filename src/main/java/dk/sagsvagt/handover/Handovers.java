package dk.sagsvagt.handover;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CaseFilter;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseLists;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.cases.CaseworkerChanges;
import dk.sagsvagt.deadlines.CaseDeadline;
import dk.sagsvagt.deadlines.DeadlineOwners;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Staff;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.oversight.RequestResponsibles;
import dk.sagsvagt.shared.ConflictException;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.NotFoundException;
import dk.sagsvagt.shared.WorkingDayCalendar;
import dk.sagsvagt.supervision.FlagOwners;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.UncategorizedDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Handing a leaving or moving caseworker's open work to colleagues, all or nothing, and deactivating them only when
 * they hold nothing (the cause of the delays the seed letter admits: "opboblinger" when caseworkers left).
 */
@Service
public class Handovers {

	/** Deadlines due within this many working days make a case "at risk": it needs a handover note. */
	public static final int RISK_WORKING_DAYS = 20;

	private static final Set<String> OWNED_ELSEWHERE = Set.of("OVERSIGHT_ANSWER", "SUPERVISION_FOLLOW_UP");

	private final Organisation organisation;

	private final Cases cases;

	private final CaseworkerChanges changes;

	private final CaseLists lists;

	private final DeadlineOwners deadlines;

	private final RequestResponsibles requests;

	private final FlagOwners flags;

	private final WorkingDayCalendar calendar;

	private final AccessPolicy access;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	Handovers(Organisation organisation, Cases cases, CaseworkerChanges changes, CaseLists lists, DeadlineOwners deadlines, RequestResponsibles requests,
			FlagOwners flags, WorkingDayCalendar calendar, AccessPolicy access, JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
		this.organisation = organisation;
		this.cases = cases;
		this.changes = changes;
		this.lists = lists;
		this.deadlines = deadlines;
		this.requests = requests;
		this.flags = flags;
		this.calendar = calendar;
		this.access = access;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
	}

	/** What the person holds, for a leader whose scope covers them. */
	public Holdings holdings(String username, CurrentUser user) {
		return holdings(leaverInScope(username, user), user);
	}

	/** The caseworkers a leader may hand over: the active staff in the leader's scope who do case work. */
	public List<Staff> staffInScope(CurrentUser user) {
		access.require(user, Action.LEAD, "overdragelse");
		CaseFilter scope = access.filter(user, Action.LIST_CASES);
		return organisation.allStaff().stream().filter(s -> s.active() && s.unitId() != null && inScope(s, scope))
			.filter(s -> s.role() == StaffRole.CASEWORKER || s.role().isLeader()).toList();
	}

	/**
	 * Moves everything the person holds as the plan says, in one transaction: each case (its timeline records the
	 * handover with the note; its deadlines and an inquiry follow), each request and follow-up, and any deadline left.
	 */
	public Holdings handOver(String username, HandoverPlan plan, CurrentUser user) {
		Staff leaver = leaverInScope(username, user);
		Holdings held = holdings(leaver, user);
		Moves moves = moves(held, plan);
		Map<String, Staff> caseTo = moves.caseTo();
		Staff to = moves.rest();
		transaction.executeWithoutResult(status -> {
			for (Map.Entry<String, Staff> c : caseTo.entrySet()) {
				changes.reassign(cases.open(c.getKey(), user, Action.EDIT_CASE), c.getValue().id(), plan.noteFor(c.getKey()), user.username());
			}
			for (RequestResponsibles.OwnedRequest r : held.requests()) {
				requests.transfer(r.id(), leaver.username(), to.username(), user.username());
			}
			for (FlagOwners.OwnedFlag f : held.followUps()) {
				flags.transfer(f.roundId(), f.caseNumber(), leaver.username(), to.username(), user.username());
			}
			int moved = to == null ? 0 : deadlines.transferRemaining(leaver.id(), to.id(), user.username());
			jdbc.sql("""
					INSERT INTO handover.handover (from_staff, unit_id, cases, requests, follow_ups, deadlines, handed_by, handed_at)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(leaver.id(), leaver.unitId(), caseTo.size(), held.requests().size(), held.followUps().size(), moved, user.username(),
						Timestamp.from(Instant.now(clock)))
				.update();
		});
		return holdings(leaver, user);
	}

	/** Who would take over what: the plan checked as {@link #handOver} checks it, nothing moved. */
	public HandoverPreview preview(String username, HandoverPlan plan, CurrentUser user) {
		Staff leaver = leaverInScope(username, user);
		Holdings held = holdings(leaver, user);
		Moves moves = moves(held, plan);
		Map<String, Long> casesPerColleague = moves.caseTo().values().stream()
			.collect(Collectors.groupingBy(Staff::fullName, LinkedHashMap::new, Collectors.counting()));
		return new HandoverPreview(leaver.fullName(), moves.caseTo().size(), casesPerColleague,
				moves.rest() == null ? null : moves.rest().fullName(), held.requests().size() + held.followUps().size());
	}

	private record Moves(Map<String, Staff> caseTo, Staff rest) {
	}

	private Moves moves(Holdings held, HandoverPlan plan) {
		Map<String, Staff> colleagues = held.colleagues().stream()
			.collect(Collectors.toMap(Holdings.Colleague::username, c -> organisation.staffByUsername(c.username()).orElseThrow()));
		List<String> withoutNote = held.cases().stream().filter(Holdings.HeldCase::atRisk).map(Holdings.HeldCase::caseNumber)
			.filter(n -> plan.noteFor(n) == null).toList();
		if (!withoutNote.isEmpty()) {
			throw new InvalidInputException("notes", "Skriv et overdragelsesnotat for hver sag med en frist inden for " + RISK_WORKING_DAYS
					+ " arbejdsdage: " + String.join(", ", withoutNote) + ".");
		}
		Map<String, Staff> caseTo = new LinkedHashMap<>();
		for (Holdings.HeldCase c : held.cases()) {
			caseTo.put(c.caseNumber(), colleague(colleagues, plan.colleagueFor(c.caseNumber())));
		}
		boolean rest = !held.requests().isEmpty() || !held.followUps().isEmpty() || held.otherDeadlines() > 0;
		return new Moves(caseTo, rest ? colleague(colleagues, plan.to()) : null);
	}

	/** Deactivates a person who holds nothing (administrators); otherwise 409 with what they hold. */
	public void deactivate(String username, CurrentUser user) {
		access.require(user, Action.ADMINISTER, "deaktivér bruger");
		Staff leaver = organisation.staffByUsername(username).orElseThrow(() -> new NotFoundException("Brugeren findes ikke."));
		if (!leaver.active()) {
			throw new ConflictException(leaver.fullName() + " er allerede deaktiveret.");
		}
		Holdings held = holdings(leaver, null);
		if (!held.isEmpty()) {
			throw new OpenWorkException(held);
		}
		try {
			organisation.deactivate(leaver.id());
		}
		catch (DataIntegrityViolationException | UncategorizedDataAccessException e) {
			// work was given to them after the check; the database refused
			throw new OpenWorkException(holdings(leaver, null));
		}
	}

	/**
	 * What the person holds as {@code reader} may see it, logged as a list read with the citizens of the cases shown;
	 * without a reader (deactivation, which shows only counts) every case counts as shown and nothing is logged.
	 */
	Holdings holdings(Staff leaver, CurrentUser reader) {
		CaseFilter filter = reader == null ? EVERYTHING : access.filter(reader, Action.LIST_CASES);
		LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.COPENHAGEN));
		LocalDate riskUntil = calendar.plusWorkingDays(today, RISK_WORKING_DAYS);
		List<CaseDeadline> own = deadlines.heldBy(leaver.id());
		Map<Long, CaseDeadline> soonest = own.stream().collect(Collectors.toMap(CaseDeadline::caseId, d -> d, (a, b) -> a));
		List<CaseworkerChanges.HeldCase> all = changes.heldBy(leaver.id(), filter);
		Set<Long> heldIds = all.stream().map(CaseworkerChanges.HeldCase::id).collect(Collectors.toSet());
		List<CaseworkerChanges.HeldCase> open = all.stream().filter(CaseworkerChanges.HeldCase::readable).toList();
		List<Holdings.HeldCase> held = open.stream().map(c -> {
			CaseDeadline next = soonest.get(c.id());
			LocalDate due = next == null ? null : next.dueDate();
			return new Holdings.HeldCase(c.caseNumber(), c.caseType(), c.title(), c.caseType().equals("INQUIRY"), due,
					next == null ? null : next.name(), due != null && !due.isAfter(riskUntil), next == null ? null : next.due());
		}).toList();
		int other = (int) own.stream().filter(d -> !heldIds.contains(d.caseId()) && !OWNED_ELSEWHERE.contains(d.ruleCode())).count();
		List<Staff> peers = leaver.unitId() == null ? List.of() : organisation.staffInUnit(leaver.unitId()).stream()
			.filter(s -> s.id() != leaver.id() && s.active() && !s.role().isExternal() && s.role() != StaffRole.ADMINISTRATOR).toList();
		List<Long> peerIds = peers.stream().map(Staff::id).toList();
		Map<Long, Long> caseLoads = changes.openCaseCounts(peerIds);
		Map<Long, Long> deadlineLoads = deadlines.openCounts(peerIds);
		List<Holdings.Colleague> colleagues = peers.stream().map(s -> new Holdings.Colleague(s.username(), s.fullName(), s.role().name(),
				caseLoads.getOrDefault(s.id(), 0L), deadlineLoads.getOrDefault(s.id(), 0L))).toList();
		if (reader != null) {
			access.logList(reader, open.stream().flatMap(c -> c.citizenIds().stream()).distinct().toList(),
					"overdragelse: det " + leaver.username() + " har");
		}
		// a follow-up on a case special protection hides from the reader is counted with the hidden cases, once per case
		List<FlagOwners.OwnedFlag> followUps = flags.openOwnedBy(leaver.username());
		Set<String> hidden = all.stream().filter(c -> !c.readable()).map(CaseworkerChanges.HeldCase::caseNumber)
			.collect(Collectors.toCollection(java.util.HashSet::new));
		if (reader != null && !followUps.isEmpty()) {
			Set<String> protectedFromReader = lists.hiddenCaseNumbers(reader);
			followUps.stream().map(FlagOwners.OwnedFlag::caseNumber).filter(protectedFromReader::contains).forEach(hidden::add);
			followUps = followUps.stream().filter(f -> !protectedFromReader.contains(f.caseNumber())).toList();
		}
		return new Holdings(leaver.username(), leaver.fullName(), leaver.unitId() == null ? 0 : leaver.unitId(), leaver.active(), held,
				hidden.size(), requests.openFor(leaver.username()), followUps, other, colleagues, riskUntil);
	}

	private static final CaseFilter EVERYTHING = new CaseFilter(true, new Long[0], new Long[0], new Long[0], new Long[0], new Long[0]);

	private Staff leaverInScope(String username, CurrentUser user) {
		access.require(user, Action.LEAD, "overdragelse");
		Staff leaver = organisation.staffByUsername(username == null ? "" : username)
			.orElseThrow(() -> new NotFoundException("Medarbejderen findes ikke."));
		if (leaver.role().isExternal() || leaver.unitId() == null || !inScope(leaver, access.filter(user, Action.LIST_CASES))) {
			access.require(user, Action.REQUEST, "overdragelse af " + username + " uden for lederens område");
		}
		return leaver;
	}

	private static boolean inScope(Staff s, CaseFilter scope) {
		return scope.everything() || Arrays.asList(scope.unitIds()).contains(s.unitId()) || Arrays.asList(scope.caseworkerIds()).contains(s.id());
	}

	private static Staff colleague(Map<String, Staff> colleagues, String username) {
		Staff s = username == null ? null : colleagues.get(username.strip());
		if (s == null) {
			throw new InvalidInputException("to", "Vælg en aktiv kollega i samme enhed, som skal overtage.");
		}
		return s;
	}

	/** Measures of what handovers cost, per unit. */
	public record Measures(List<CaseworkerChanges.RepeatedChanges> repeated, List<DeadlineOwners.AfterHandover> afterHandover) {
	}

	public Measures measures(CurrentUser user) {
		access.require(user, Action.LEAD, "overdragelser i tal");
		return new Measures(changes.repeated(Duration.ofDays(365), 2), deadlines.missedAfterHandover());
	}
}
