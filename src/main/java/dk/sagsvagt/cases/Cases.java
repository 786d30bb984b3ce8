package dk.sagsvagt.cases;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CaseFacts;
import dk.sagsvagt.cases.internal.CaseRows;
import dk.sagsvagt.cases.internal.CaseRows.PartyRow;
import dk.sagsvagt.citizens.Citizen;
import dk.sagsvagt.citizens.Citizens;
import dk.sagsvagt.citizens.Cpr;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.shared.DanishDateTimes;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.NotFoundException;
import dk.sagsvagt.shared.WorkingDayCalendar;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static dk.sagsvagt.shared.WorkingDayCalendar.COPENHAGEN;

/** The case register. Every read goes through the access policy. */
@Service
public class Cases {
	private final JdbcClient jdbc;

	private final Citizens citizens;

	private final AccessPolicy access;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final KlePlans kle;

	Cases(JdbcClient jdbc, Citizens citizens, AccessPolicy access, ApplicationEventPublisher events, Clock clock,
			TransactionTemplate transaction, KlePlans kle) {
		this.kle = kle;
		this.transaction = transaction;
		this.jdbc = jdbc;
		this.citizens = citizens;
		this.access = access;
		this.events = events;
		this.clock = clock;
	}

	public List<CaseType> caseTypes() {
		return jdbc.sql("SELECT code, name, kle, area FROM cases.case_type ORDER BY sort")
			.query((rs, row) -> new CaseType(rs.getString("code"), rs.getString("name"), rs.getString("kle"),
					CaseArea.valueOf(rs.getString("area"))))
			.list();
	}

	/**
	 * Registers a case in the user's unit, with the user as caseworker when they are one. Access is decided (and a
	 * refusal logged) before the transaction starts.
	 */
	public CaseFile register(RegisterCase command, CurrentUser user) {
		access.require(user, Action.CREATE_CASE, "opret sag");
		Long caseworker = user.role() == StaffRole.CASEWORKER ? user.staffId() : null;
		Instant now = Instant.now(clock);
		Instant received = received(command.receivedAt(), now);
		return transaction.execute(status -> register(command, user.unitId(), caseworker, now, received, user.username(), user));
	}

	/** When what opens the case was received: as typed, or now; never in the future. */
	private static Instant received(String typed, Instant now) {
		if (typed == null || typed.isBlank()) {
			return now;
		}
		Instant at = DanishDateTimes.parse(typed, "receivedAt", null);
		if (at.isAfter(now.plusSeconds(60))) {
			throw new InvalidInputException("receivedAt", "Modtaget kan ikke ligge i fremtiden.");
		}
		return at;
	}

	/**
	 * Registers a case as of {@code openedAt} (demo data and migrations from older systems, where no person is shown
	 * the answer); the number's year is the year it was opened, in Copenhagen.
	 */
	@Transactional
	public CaseFile register(RegisterCase command, long unitId, Long caseworkerId, Instant openedAt, String actor) {
		return register(command, unitId, caseworkerId, openedAt, null, actor, null);
	}

	/**
	 * Registers a case that another module opens for the user in a unit it chose (an inquiry in its assignee's unit);
	 * the citizen is checked against the user as for any new case, so no module links a protected citizen silently.
	 */
	@Transactional
	public CaseFile registerFor(RegisterCase command, long unitId, Long caseworkerId, CurrentUser user) {
		Instant now = Instant.now(clock);
		return register(command, unitId, caseworkerId, now, received(command.receivedAt(), now), user.username(), user);
	}

	/** As {@link #registerFor(RegisterCase, long, Long, CurrentUser)}, received at a moment the caller has checked. */
	@Transactional
	public CaseFile registerFor(RegisterCase command, long unitId, Long caseworkerId, Instant receivedAt, CurrentUser user) {
		return register(command, unitId, caseworkerId, Instant.now(clock), receivedAt, user.username(), user);
	}

	/** {@code shownTo}, when given, must be allowed to see the citizen; a refusal rolls the case back. */
	private CaseFile register(RegisterCase command, long unitId, Long caseworkerId, Instant openedAt, Instant receivedAt, String actor,
			CurrentUser shownTo) {
		CaseType type = caseTypes().stream()
			.filter(t -> t.code().equals(command.caseType()))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("caseType",
					"Sagstypen '" + command.caseType() + "' findes ikke i kataloget."));
		String title = checkedTitle(command.title());
		Cpr cpr = Cpr.parse(command.citizenCpr(), "citizenCpr");
		// a person registering a case types the name of a citizen not yet known; imports keep the register's placeholder
		Citizen citizen = shownTo == null ? citizens.findOrRegister(cpr, command.citizenName())
				: citizens.findOrRegisterNamed(cpr, command.citizenName(), "citizenName");
		if (shownTo != null) {
			access.requireCitizen(shownTo, citizen.id(), "ny sag for borger fra CPR-registret");
		}
		return insert(type, title, citizen.id(), unitId, caseworkerId, openedAt, receivedAt, actor);
	}

	/** A case's title as it is kept: stripped, present, at most 300 characters (the column's CHECK). */
	static String checkedTitle(String title) {
		String text = title == null ? "" : title.strip();
		if (text.isEmpty()) {
			throw new InvalidInputException("title", "Titel skal udfyldes.");
		}
		if (text.length() > 300) {
			throw new InvalidInputException("title", "Titlen må højst have 300 tegn.");
		}
		return text;
	}

	/**
	 * Registers a case about the administration's own work (a supervision round, a request from an oversight body),
	 * which has no citizen; for the module that runs that work, which has checked the user's right to it.
	 */
	@Transactional
	public CaseFile registerOwnWork(String caseType, String title, long unitId, Long caseworkerId, String actor) {
		CaseType type = caseTypes().stream()
			.filter(t -> t.code().equals(caseType))
			.findFirst()
			.orElseThrow(() -> new InvalidInputException("caseType", "Sagstypen '" + caseType + "' findes ikke i kataloget."));
		String text = title == null ? "" : title.strip();
		if (text.isEmpty() || text.length() > 300) {
			throw new InvalidInputException("title", "Titel skal udfyldes og må højst have 300 tegn.");
		}
		Instant now = Instant.now(clock);
		return insert(type, text, null, unitId, caseworkerId, now, now, actor);
	}

	private CaseFile insert(CaseType type, String title, Long citizenId, long unitId, Long caseworkerId, Instant openedAt,
			Instant receivedAt, String actor) {
		// a new case takes its type's KLE number and facet, which the newest KLE plan must not mark expired
		kle.requireUsable(type.kle(), "caseType");
		int year = openedAt.atZone(COPENHAGEN).getYear();
		String caseNumber = jdbc.sql("SELECT cases.next_case_number(?)").param(year).query(String.class).single();
		long id = jdbc.sql("""
				INSERT INTO cases.case_file (case_number, case_type, kle, kle_facet, title, primary_citizen_id, unit_id,
				                             caseworker_id, status, opened_at)
				VALUES (?, ?, ?, (SELECT kle_facet FROM cases.case_type WHERE code = ?), ?, ?, ?, ?, 'OPEN', ?) RETURNING id""")
			.params(caseNumber, type.code(), type.kle(), type.code(), title, citizenId, unitId, caseworkerId, Timestamp.from(openedAt))
			.query(Long.class)
			.single();
		if (citizenId != null) {
			jdbc.sql("INSERT INTO cases.case_party (case_id, citizen_id, role, added_at) VALUES (?, ?, 'PRIMARY', ?)")
				.params(id, citizenId, Timestamp.from(openedAt))
				.update();
		}
		jdbc.sql("INSERT INTO cases.case_status_change (case_id, status, changed_at, changed_by) VALUES (?, 'OPEN', ?, ?)")
			.params(id, Timestamp.from(openedAt), actor)
			.update();
		appendEvent(id, openedAt, "CASE_OPENED", "Sag oprettet: " + type.name() + " – " + title, actor);
		// listeners in the same transaction (the deadlines the case type starts) make the case and its deadlines one change
		events.publishEvent(new CaseOpened(id, caseNumber, type.code(), unitId, caseworkerId, openedAt, receivedAt, actor));
		return byId(id);
	}

	/**
	 * The case without an access check, for a module's own bookkeeping that shows no case to a user, such as
	 * pre-filling a supervision checklist from the case's deadlines and decisions.
	 */
	public CaseFile byIdForModule(long id) {
		return jdbc.sql(CaseRows.SELECT_CASE + "WHERE f.id = ?").param(id).query(CaseRows::caseFile).optional()
			.orElseThrow(() -> new NotFoundException("Sagen findes ikke."));
	}

	/**
	 * A case about the administration's own work (a supervision round, an oversight request), for the module that
	 * runs that work and has checked the user's right to it. Cases about a citizen are refused.
	 */
	public CaseFile ownWork(String caseNumber) {
		CaseFile caseFile = jdbc.sql(CaseRows.SELECT_CASE + "WHERE f.case_number = ?").param(caseNumber).query(CaseRows::caseFile)
			.optional()
			.orElseThrow(() -> new NotFoundException("Sag " + caseNumber + " findes ikke."));
		if (caseFile.primaryCitizenId() != null) {
			throw new dk.sagsvagt.shared.AccessDeniedException("Sag " + caseNumber + " handler om en borger.");
		}
		return caseFile;
	}

	/** The case, if the user may see it; the read is logged. */
	public CaseFile open(String caseNumber, CurrentUser user) {
		return open(caseNumber, user, Action.VIEW_CASE);
	}

	/** The case, if the user may do {@code action} on it. */
	public CaseFile open(String caseNumber, CurrentUser user, Action action) {
		Found found = find(caseNumber);
		access.require(user, action, found.facts());
		return found.caseFile();
	}

	/**
	 * The case and its parties, if the user may see it; the read is logged. The case, its access facts and its
	 * parties come from one query (the case page is the most read page of all).
	 */
	public OpenedCase openWithParties(String caseNumber, CurrentUser user, Action action) {
		Found found = find(caseNumber);
		access.require(user, action, found.facts());
		return new OpenedCase(found.caseFile(), withCitizens(found.parties()));
	}

	/**
	 * The facts the access policy decides on, for a module that asks the policy itself (e.g. for one document).
	 * Holds no personal data beyond ids.
	 */
	public CaseFacts facts(String caseNumber) {
		return find(caseNumber).facts();
	}

	private record Found(CaseFile caseFile, List<PartyRow> parties) {

		CaseFacts facts() {
			return new CaseFacts(caseFile.id(), caseFile.caseNumber(), caseFile.unitId(), caseFile.caseworkerId(),
					parties.stream().map(PartyRow::citizenId).distinct().toList());
		}
	}

	private Found find(String caseNumber) {
		return jdbc.sql(CaseRows.CASE_WITH_PARTIES_BY_NUMBER)
			.param(caseNumber)
			.query((rs, n) -> new Found(CaseRows.caseFile(rs, n), CaseRows.partyRows(rs)))
			.optional()
			.orElseThrow(() -> new NotFoundException("Sag " + caseNumber + " findes ikke."));
	}

	private CaseFile byId(long id) {
		return jdbc.sql(CaseRows.SELECT_CASE + "WHERE f.id = ?").param(id).query(CaseRows::caseFile).single();
	}

	public List<Party> parties(CaseFile caseFile) {
		return withCitizens(jdbc.sql("SELECT citizen_id, role FROM cases.case_party WHERE case_id = ? " + CaseRows.PARTY_ORDER)
			.param(caseFile.id())
			.query(CaseRows::partyRow)
			.list());
	}

	private List<Party> withCitizens(List<PartyRow> rows) {
		Map<Long, Citizen> byId = citizens.get(rows.stream().map(PartyRow::citizenId).distinct().toList())
			.stream()
			.collect(Collectors.toMap(Citizen::id, Function.identity()));
		return rows.stream().map(r -> new Party(byId.get(r.citizenId()), r.role())).toList();
	}

	/**
	 * Adds a party; {@code caseFile} must come from {@link #open(String, CurrentUser, Action)} with
	 * {@link Action#EDIT_CASE}. A specially protected citizen the user may not see is refused, not linked.
	 */
	@Transactional
	public void addParty(CaseFile caseFile, String cpr, String name, PartyRole role, CurrentUser user) {
		if (role == PartyRole.PRIMARY) {
			throw new InvalidInputException("role", "En sag har kun én hovedperson.");
		}
		String actor = user.username();
		Citizen citizen = citizens.findOrRegisterNamed(Cpr.parse(cpr, "cpr"), name, "name");
		access.requireCitizen(user, citizen.id(), "ny part i sag " + caseFile.caseNumber());
		Instant now = Instant.now(clock);
		int added = jdbc.sql("""
				INSERT INTO cases.case_party (case_id, citizen_id, role, added_at) VALUES (?, ?, ?, ?)
				ON CONFLICT DO NOTHING""")
			.params(caseFile.id(), citizen.id(), role.name(), Timestamp.from(now))
			.update();
		if (added == 1) {
			appendEvent(caseFile.id(), now, "PARTY_ADDED", "Part tilføjet: " + citizen.name(), actor);
		}
	}

	public List<TimelineEvent> timeline(CaseFile caseFile) {
		return jdbc.sql("SELECT occurred_at, kind, summary, actor FROM cases.case_event WHERE case_id = ? ORDER BY occurred_at DESC, id DESC")
			.param(caseFile.id())
			.query((rs, n) -> new TimelineEvent(rs.getTimestamp("occurred_at").toInstant(), rs.getString("kind"),
					rs.getString("summary"), rs.getString("actor")))
			.list();
	}

	/** Adds an entry to the case's timeline; for other modules telling what they did in the case. */
	@Transactional
	public void recordEvent(long caseId, Instant occurredAt, String kind, String summary, String actor) {
		appendEvent(caseId, occurredAt, kind, summary, actor);
	}

	private void appendEvent(long caseId, Instant at, String kind, String summary, String actor) {
		jdbc.sql("INSERT INTO cases.case_event (case_id, occurred_at, kind, summary, actor) VALUES (?, ?, ?, ?, ?)")
			.params(caseId, Timestamp.from(at), kind, summary, actor)
			.update();
	}
}
