package dk.sagsvagt.journal.internal;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CaseFilter;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseLists;
import dk.sagsvagt.cases.CaseTitleHit;
import dk.sagsvagt.cases.CitizenCases;
import dk.sagsvagt.citizens.Citizen;
import dk.sagsvagt.citizens.Citizens;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.SearchResults;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.journal.internal.DocumentRows;
import dk.sagsvagt.shared.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Full-text search in Danish (PostgreSQL's {@code danish} configuration, so "underretning" finds
 * "underretningen") over case titles, document titles, notes and the text of uploaded files, among the cases the
 * user may see.
 */
@Service
public class JournalSearch {

	static final int LIMIT = 50;

	/** A search lists at most this many citizens, then asks for a narrower search. */
	public static final int CITIZEN_LIMIT = 20;

	private static final String MARKS = "'StartSel=' || chr(1) || ', StopSel=' || chr(2)";

	private final JdbcClient jdbc;

	private final CaseLists cases;

	private final AccessPolicy access;

	private final TransactionTemplate transaction;

	private final java.time.Clock clock;

	private final CitizenCases citizenCases;

	private final Citizens citizens;

	private final Organisation organisation;

	JournalSearch(JdbcClient jdbc, CaseLists cases, AccessPolicy access, PlatformTransactionManager transactions, java.time.Clock clock,
			CitizenCases citizenCases, Citizens citizens, Organisation organisation) {
		this.citizenCases = citizenCases;
		this.citizens = citizens;
		this.organisation = organisation;
		this.clock = clock;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.cases = cases;
		this.access = access;
	}

	/**
	 * The newest matches first (a search shows at most {@value #LIMIT}): case titles from the newest cases, documents
	 * from ever wider time windows ({@link #WINDOWS}), or, for a user who sees few cases, from those cases' documents.
	 * Each search is planned for its own words ({@code force_custom_plan}), since which way is fast depends on them,
	 * and for SSD storage ({@code random_page_cost}).
	 */
	public SearchResults search(String query, CurrentUser user) {
		String q = query == null ? "" : query.strip();
		if (q.isEmpty()) {
			throw new InvalidInputException("q", "Skriv hvad der skal søges efter.");
		}
		if (q.length() > 200) {
			throw new InvalidInputException("q", "Søgningen må højst have 200 tegn.");
		}
		if (!access.mayEver(user, Action.SEARCH)) {
			access.require(user, Action.SEARCH, "søgning");
		}
		Found found = transaction.execute(status -> {
			// planned for SSD storage also on a server left at PostgreSQL's default random_page_cost of 4: with it a
			// common word was looked up through two million date-index entries (350 ms) instead of the newest rows (2 ms)
			jdbc.sql("SELECT set_config('plan_cache_mode', 'force_custom_plan', true), set_config('random_page_cost', '1.1', true)")
				.query((rs, n) -> n)
				.list();
			return find(q, user);
		});
		// the access-log row after the reads and before the answer, outside the reads' transaction: the log writes on a
		// connection of its own, and holding one while waiting for another starved the pool under load (bench/results)
		access.logSearch(user, q, found.citizens());
		return found.results();
	}

	private record Found(SearchResults results, List<Long> citizens) {
	}

	/**
	 * Time windows a wide search looks through in turn (then everything): a common word fills the page from the
	 * last months, where the full-text index and the date index together leave few rows to read; a rare word ends in
	 * the whole journal, where the full-text index alone leaves few.
	 */
	static final List<java.time.Duration> WINDOWS = List.of(java.time.Duration.ofDays(90), java.time.Duration.ofDays(730));

	private static final Timestamp EVER = Timestamp.from(java.time.Instant.parse("1900-01-01T00:00:00Z"));

	private Found find(String q, CurrentUser user) {
		CaseFilter filter = access.filter(user, Action.SEARCH);
		// citizens first: a CPR number or a name is how a caseworker looks a person up
		CitizenCases.CitizenHits citizenHits = citizenCases.find(q, filter, CITIZEN_LIMIT);
		List<SearchResults.CitizenHit> citizenList = citizenHits.citizens()
			.stream()
			.map(c -> new SearchResults.CitizenHit(c.id(), c.name(), c.maskedCpr()))
			.toList();
		List<SearchResults.CaseHit> caseHits = caseHits(cases.searchTitles(q, LIMIT, filter));
		List<Hit> hits = List.of();
		if (filter.narrow()) {
			hits = documents(q, filter, EVER);
		}
		else {
			// the newest first: look in the last months, then the last years, then everything, until the page is full
			for (java.time.Duration window : WINDOWS) {
				hits = documents(q, filter, Timestamp.from(clock.instant().minus(window)));
				if (hits.size() == LIMIT) {
					break;
				}
			}
			if (hits.size() < LIMIT) {
				hits = documents(q, filter, EVER);
			}
		}
		// a bundle (a referral ZIP, a round's result note) lies in a case of the administration's own work, which the
		// filter reaches for a whole unit; its text shows only to those who may download it, with the citizens it holds
		List<Long> bundled = new java.util.ArrayList<>();
		List<SearchResults.DocumentHit> documentHits = hits.stream().filter(h -> {
			java.util.Optional<List<Long>> shown = access.bundleShown(user, h.caseId(), h.hit().documentNumber());
			shown.ifPresent(bundled::addAll);
			return shown.isPresent();
		}).map(Hit::hit).toList();
		java.util.Set<String> hitCases = new java.util.TreeSet<>();
		caseHits.forEach(h -> hitCases.add(h.caseNumber()));
		documentHits.forEach(h -> hitCases.add(h.caseNumber()));
		List<Long> citizens = new java.util.ArrayList<>(hitCases.isEmpty() ? List.of() : cases.citizensOf(hitCases));
		citizens.addAll(bundled);
		citizenList.forEach(c -> citizens.add(c.id()));
		return new Found(new SearchResults(q, citizenList, citizenHits.more(), caseHits, documentHits),
				citizens.stream().distinct().toList());
	}

	/** Case hits with the citizen's and the caseworker's names, which a person reads to tell the cases apart. */
	private List<SearchResults.CaseHit> caseHits(List<CaseTitleHit> hits) {
		java.util.Map<Long, String> names = citizens
			.get(hits.stream().map(CaseTitleHit::primaryCitizenId).filter(java.util.Objects::nonNull).distinct().toList())
			.stream()
			.collect(java.util.stream.Collectors.toMap(Citizen::id, Citizen::name));
		java.util.Map<Long, String> caseworkers = new java.util.HashMap<>();
		return hits.stream()
			.map(h -> new SearchResults.CaseHit(h.caseNumber(), h.headline(),
					h.primaryCitizenId() == null ? "" : names.getOrDefault(h.primaryCitizenId(), ""), h.status(),
					h.caseworkerId() == null ? "" : caseworkers.computeIfAbsent(h.caseworkerId(), id -> organisation.staff(id).fullName())))
			.toList();
	}

	/** The newest {@value #LIMIT} visible documents matching the query, journaled since {@code since}. */
	private record Hit(long caseId, SearchResults.DocumentHit hit) {
	}

	private List<Hit> documents(String q, CaseFilter filter, Timestamp since) {
		return jdbc.sql("""
				SELECT hit.document_number, hit.case_id, hit.title, hit.kind,
				       ts_headline('danish', hit.title, q, %1$s || ', HighlightAll=true') AS headline,
				       ts_headline('danish', left(coalesce(hit.note_text, '') || ' ' || coalesce(hit.extracted_text, ''), 50000), q,
				                   %1$s || ', MaxWords=30, MinWords=10, MaxFragments=2') AS snippet
				FROM (
				    SELECT d.document_number, d.case_id, d.title, d.kind, d.note_text, d.extracted_text, d.journaled_at
				    FROM %3$s, websearch_to_tsquery('danish', ?) q
				    WHERE d.search_vector @@ q AND d.journaled_at >= ? AND %2$s
				    ORDER BY d.journaled_at DESC
				    LIMIT ?
				) hit, websearch_to_tsquery('danish', ?) q
				ORDER BY hit.journaled_at DESC""".formatted(MARKS, DocumentRows.NEWEST, filter.narrow()
					// the journal joins the case register for the access policy's scope (CaseFilter): the named
					// exception to reading only its own tables, so that a search is limited on the database

					? "(SELECT f.id FROM cases.case_file f WHERE " + CaseFilter.SQL + " OFFSET 0) v JOIN journal.document d ON d.case_id = v.id"
					: "journal.document d JOIN cases.case_file f ON f.id = d.case_id AND " + CaseFilter.SQL))
			.params(Stream.of(Arrays.stream(filter.parameters()), Stream.of(q, since, LIMIT, q)).flatMap(p -> p).toArray())
			.query((rs, n) -> {
				String number = rs.getString("document_number");
				return new Hit(rs.getLong("case_id"), new SearchResults.DocumentHit(number, number.substring(0, number.lastIndexOf('-')),
						rs.getString("title"), rs.getString("headline"), rs.getString("snippet"),
						DocumentKind.valueOf(rs.getString("kind"))));
			})
			.list();
	}
}
