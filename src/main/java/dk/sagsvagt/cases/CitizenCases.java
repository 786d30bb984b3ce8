package dk.sagsvagt.cases;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CaseFacts;
import dk.sagsvagt.access.CaseFilter;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.internal.CaseRows;
import dk.sagsvagt.citizens.Citizen;
import dk.sagsvagt.citizens.CitizenNames;
import dk.sagsvagt.citizens.Citizens;
import dk.sagsvagt.citizens.Cpr;
import dk.sagsvagt.shared.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A citizen as the user may see them: through their cases. A citizen is shown (on their page, in a search) only to a
 * user whose scope reaches at least one of the citizen's cases, and every showing is logged; a citizen whose cases
 * special protection hides from the user is not there at all.
 */
@Service
public class CitizenCases {

	/** A citizen page lists at most this many cases (the most a citizen has in the load data is far below). */
	static final int MAX_CASES = 500;

	private static final String NO_ACCESS = "Du har ikke adgang til borgerens sager.";

	/** A CPR number as people type it: with or without the dash, or with a space. */
	private static final Pattern CPR_TYPED = Pattern.compile("\\d{6}[- ]?\\d{4}");

	/** The citizen and the cases of theirs the user may see, open ones first, newest first. */
	public record CitizenFile(Citizen citizen, List<CaseFile> cases) {
	}

	/** Citizens found by a search, and whether there were more than those shown. */
	public record CitizenHits(List<Citizen> citizens, boolean more) {

		public static final CitizenHits NONE = new CitizenHits(List.of(), false);
	}

	private final JdbcClient jdbc;

	private final Citizens citizens;

	private final AccessPolicy access;

	CitizenCases(JdbcClient jdbc, Citizens citizens, AccessPolicy access) {
		this.jdbc = jdbc;
		this.citizens = citizens;
		this.access = access;
	}

	/**
	 * The citizen's page: the citizen and the cases the user may list. Refused (and logged with the citizen) when the
	 * user's scope reaches none of them; the read is logged with the citizen and the citizens the listed cases are
	 * about (a parent's page lists the child's case).
	 */
	public CitizenFile open(long citizenId, CurrentUser user) {
		List<CaseFile> cases = casesOf(citizenId, user, Action.LIST_CASES, "borgerside");
		Citizen citizen = citizens.get(citizenId);
		List<Long> shown = new ArrayList<>();
		shown.add(citizenId);
		cases.stream().map(CaseFile::primaryCitizenId).filter(id -> id != null && !shown.contains(id)).forEach(shown::add);
		access.logList(user, shown, "borgerside");
		return new CitizenFile(citizen, cases);
	}

	/**
	 * The cases of the citizen the user may see, for another module's part of the citizen page (e.g. the deadlines);
	 * logged as a list with the citizen as {@code what}.
	 */
	public List<CaseFile> visibleCases(long citizenId, CurrentUser user, String what) {
		List<CaseFile> cases = casesOf(citizenId, user, Action.LIST_CASES, what);
		access.logList(user, List.of(citizenId), what);
		return cases;
	}

	/**
	 * The citizen's full CPR number for a user who opens it on the citizen's page: allowed when the user may see the
	 * CPR number in one of the citizen's cases, and logged as that read.
	 */
	public String revealCpr(long citizenId, CurrentUser user) {
		CaseFile reached = casesOf(citizenId, user, Action.VIEW_CPR, "CPR-nummer på borgerside").get(0);
		access.require(user, Action.VIEW_CPR,
				new CaseFacts(reached.id(), reached.caseNumber(), reached.unitId(), reached.caseworkerId(), List.of(citizenId)));
		return citizens.get(citizenId).cpr().formatted();
	}

	/**
	 * Citizens with at least one case in {@code filter} (the user's {@code access.filter(user, Action.SEARCH)}) whose
	 * CPR number is the one typed (with or without the dash) or whose name holds every word typed at the start of one
	 * of its words, in Danish alphabetical order, at most {@code limit}. The caller logs the citizens it shows.
	 */
	public CitizenHits find(String terms, CaseFilter filter, int limit) {
		String q = terms == null ? "" : terms.strip();
		String condition;
		Object[] parameters;
		if (CPR_TYPED.matcher(q).matches()) {
			try {
				condition = "c.cpr = ?";
				parameters = new Object[] { Cpr.parse(q.replace(" ", "")).digits() };
			}
			catch (InvalidInputException e) {
				return CitizenHits.NONE;
			}
		}
		else {
			List<String> words = CitizenNames.words(q);
			if (words.isEmpty()) {
				return CitizenHits.NONE;
			}
			condition = CitizenNames.condition(words);
			parameters = CitizenNames.patterns(words);
		}
		if (filter.isEmpty()) {
			return CitizenHits.NONE;
		}
		List<Long> ids = jdbc.sql("""
				SELECT c.id FROM citizens.citizen c
				WHERE %s
				  AND EXISTS (SELECT 1 FROM cases.case_party p JOIN cases.case_file f ON f.id = p.case_id
				              WHERE p.citizen_id = c.id AND %s)
				ORDER BY c.name COLLATE "da-DK-x-icu", c.id
				LIMIT ?""".formatted(condition, CaseFilter.SQL))
			.params(Stream.of(Arrays.stream(parameters), Arrays.stream(filter.parameters()), Stream.of((Object) (limit + 1)))
				.flatMap(p -> p).toArray())
			.query(Long.class)
			.list();
		List<Citizen> found = citizens.get(ids.size() > limit ? ids.subList(0, limit) : ids);
		return new CitizenHits(found, ids.size() > limit);
	}

	/** The citizen's cases the user may do {@code action} on; refused, logged with the citizen, when there are none. */
	private List<CaseFile> casesOf(long citizenId, CurrentUser user, Action action, String detail) {
		if (!access.mayEver(user, action)) {
			access.refuseCitizen(user, action, citizenId, detail, NO_ACCESS);
		}
		CaseFilter filter = access.filter(user, action);
		List<CaseFile> cases = jdbc.sql(CaseRows.SELECT_CASE + """
				WHERE EXISTS (SELECT 1 FROM cases.case_party p WHERE p.case_id = f.id AND p.citizen_id = ?) AND %s
				ORDER BY f.status = 'OPEN' DESC, f.opened_at DESC, f.id DESC
				LIMIT ?""".formatted(CaseFilter.SQL))
			.params(Stream.of(Stream.of((Object) citizenId), Arrays.stream(filter.parameters()), Stream.of((Object) MAX_CASES))
				.flatMap(p -> p).toArray())
			.query(CaseRows::caseFile)
			.list();
		if (cases.isEmpty()) {
			access.refuseCitizen(user, action, citizenId, detail, NO_ACCESS);
		}
		return cases;
	}
}
