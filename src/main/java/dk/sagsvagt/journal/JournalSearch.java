package dk.sagsvagt.journal;

import java.util.List;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseLists;
import dk.sagsvagt.journal.internal.DocumentRows;
import dk.sagsvagt.shared.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Full-text search in Danish (PostgreSQL's {@code danish} configuration, so "underretning" finds
 * "underretningen") over case titles, document titles, notes and the text of uploaded files, among the cases the
 * user may see.
 */
@Service
public class JournalSearch {

	static final int LIMIT = 50;

	private static final String MARKS = "'StartSel=' || chr(1) || ', StopSel=' || chr(2)";

	private final JdbcClient jdbc;

	private final CaseLists cases;

	private final AccessPolicy access;

	JournalSearch(JdbcClient jdbc, CaseLists cases, AccessPolicy access) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.access = access;
	}

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
		List<SearchResults.CaseHit> caseHits = cases.searchTitles(q, LIMIT, user)
			.stream()
			.map(h -> new SearchResults.CaseHit(h.caseNumber(), h.headline()))
			.toList();
		List<SearchResults.DocumentHit> documentHits = jdbc.sql("""
				SELECT hit.document_number, hit.title, hit.kind,
				       ts_headline('danish', hit.title, q, %1$s || ', HighlightAll=true') AS headline,
				       ts_headline('danish', left(coalesce(hit.note_text, '') || ' ' || coalesce(hit.extracted_text, ''), 50000), q,
				                   %1$s || ', MaxWords=30, MinWords=10, MaxFragments=2') AS snippet
				FROM (
				    SELECT d.document_number, d.title, d.kind, d.note_text, d.extracted_text, ts_rank(d.search_vector, q) AS rank
				    FROM journal.document d, websearch_to_tsquery('danish', ?) q
				    WHERE d.search_vector @@ q AND d.case_id = ANY(?) AND %2$s
				    ORDER BY rank DESC, d.journaled_at DESC
				    LIMIT ?
				) hit, websearch_to_tsquery('danish', ?) q
				ORDER BY hit.rank DESC""".formatted(MARKS, DocumentRows.NEWEST))
			.params(q, cases.searchableCaseIds(user), LIMIT, q)
			.query((rs, n) -> {
				String number = rs.getString("document_number");
				return new SearchResults.DocumentHit(number, number.substring(0, number.lastIndexOf('-')),
						rs.getString("title"), rs.getString("headline"), rs.getString("snippet"),
						DocumentKind.valueOf(rs.getString("kind")));
			})
			.list();
		java.util.Set<String> hitCases = new java.util.TreeSet<>();
		caseHits.forEach(h -> hitCases.add(h.caseNumber()));
		documentHits.forEach(h -> hitCases.add(h.caseNumber()));
		access.logSearch(user, q, hitCases.isEmpty() ? List.of() : cases.citizensOf(hitCases));
		return new SearchResults(q, caseHits, documentHits);
	}
}
