package dk.sagsvagt.access.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.access.internal.AccessLogWriter;
import dk.sagsvagt.access.internal.Grants;
import dk.sagsvagt.shared.AccessDeniedException;
import dk.sagsvagt.shared.ConflictException;
import dk.sagsvagt.shared.Csv;
import dk.sagsvagt.shared.DanishDates;
import dk.sagsvagt.shared.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The access log by case: who read given cases (or their documents), when and what, in a period, as an oversight
 * body asks ("who read these eight cases", kommunestyrelsesloven § 65 e). For administrators and supervision
 * lawyers; bounded (at most 100 cases and a year); asking is itself logged with the citizens the reads concern. A case
 * under special protection the asker is not named on is refused, as reading it would be.
 */
@Service
public class CaseAccessExtract {

	public static final int MAX_CASES = 100;

	public static final int MAX_DAYS = 366;

	/** At most this many lines: a larger extract would hold up the database and be no use in a spreadsheet. */
	public static final int MAX_ROWS = 50_000;
	private static final List<String> HEADER = List.of("Tidspunkt", "Medarbejder", "Rolle", "Enhed", "Handling", "Sag", "Dokument",
			"Udfald");

	/** One read of one of the cases, in Danish words. */
	public record Read(Instant at, String name, String role, String unit, String action, String caseNumber, String documentNumber,
			String outcome) {
	}

	private final JdbcClient jdbc;

	private final LogWords words;

	private final AccessPolicy access;

	private final Grants grants;

	private final AccessLogWriter log;

	CaseAccessExtract(JdbcClient jdbc, LogWords words, AccessPolicy access, Grants grants, AccessLogWriter log) {
		this.jdbc = jdbc;
		this.words = words;
		this.access = access;
		this.grants = grants;
		this.log = log;
	}

	public List<Read> reads(List<String> caseNumbers, LocalDate from, LocalDate to, CurrentUser user) {
		access.require(user, Action.CASE_LOG_EXTRACT, "udtræk af adgangslog pr. sag");
		Set<String> cases = new LinkedHashSet<>();
		for (String n : caseNumbers == null ? List.<String>of() : caseNumbers) {
			if (n != null && !n.isBlank()) {
				cases.add(n.strip());
			}
		}
		if (cases.isEmpty() || cases.size() > MAX_CASES) {
			throw new InvalidInputException("caseNumbers", "Angiv mellem 1 og " + MAX_CASES + " sagsnumre.");
		}
		if (from == null || to == null) {
			throw new InvalidInputException(from == null ? "from" : "to", "Angiv periodens første og sidste dag.");
		}
		if (to.isBefore(from)) {
			throw new InvalidInputException("to", "Periodens sidste dag ligger før den første.");
		}
		if (from.plusDays(MAX_DAYS).isBefore(to)) {
			throw new InvalidInputException("to", "Perioden må højst være et år.");
		}
		String[] numbers = cases.toArray(String[]::new);
		// per case: its id and the citizens its reads concern, so that the extract is logged as a read of each case
		Map<String, Long> caseIds = new LinkedHashMap<>();
		Map<String, Set<Long>> citizens = new LinkedHashMap<>();
		Map<String, LogWords.Who> who = new HashMap<>();
		List<Read> reads = jdbc.sql("""
				SELECT logged_at, username, action, case_id, coalesce(case_number, regexp_replace(document_number, '-[0-9]+$', '')) AS case_number,
				       document_number, outcome, citizen_ids
				FROM access.access_log
				WHERE day BETWEEN ? AND ?
				  AND (case_number = ANY (?) OR regexp_replace(document_number, '-[0-9]+$', '') = ANY (?))
				ORDER BY logged_at, id
				LIMIT ?""")
			.params(from, to, numbers, numbers, MAX_ROWS + 1)
			.query((rs, n) -> {
				String caseNumber = rs.getString("case_number");
				if (rs.getObject("case_id") != null) {
					caseIds.putIfAbsent(caseNumber, rs.getLong("case_id"));
				}
				Set<Long> of = citizens.computeIfAbsent(caseNumber, k -> new LinkedHashSet<>());
				for (Long id : (Long[]) rs.getArray("citizen_ids").getArray()) {
					of.add(id);
				}
				LogWords.Who person = who.computeIfAbsent(rs.getString("username"), words::who);
				return new Read(rs.getTimestamp("logged_at").toInstant(), person.name(), person.role(), person.unit(),
						words.action(rs.getString("action")), caseNumber,
						rs.getString("document_number"), rs.getString("outcome").equals("ALLOWED") ? "Givet" : "Afvist");
			})
			.list();
		List<Long> allCitizens = citizens.values().stream().flatMap(Set::stream).distinct().toList();
		boolean protectedCase = grants.isBlockedAny(user.username(), List.copyOf(caseIds.values()), allCitizens);
		if (!protectedCase && reads.size() > MAX_ROWS) {
			throw new ConflictException("Udtrækket ville få mere end 50.000 linjer; vælg en kortere periode eller færre sager.");
		}
		for (String caseNumber : cases) {
			log.write(new AccessLogWriter.Entry(user, Action.CASE_LOG_EXTRACT, !protectedCase, caseIds.get(caseNumber), caseNumber, null,
					List.copyOf(citizens.getOrDefault(caseNumber, Set.of())), null, "periode " + from + " – " + to));
		}
		if (protectedCase) {
			throw new AccessDeniedException("En af sagerne er særligt beskyttet, og du er ikke blandt dem, der må se den.");
		}
		return reads;
	}

	/** The reads as CSV (semicolon, Danish headers and times), for a spreadsheet. */
	public static String csv(List<Read> reads) {
		StringBuilder out = new StringBuilder(Csv.line(HEADER)).append("\r\n");
		for (Read r : reads) {
			out.append(Csv.line(List.of(DanishDates.dayTime(r.at()), r.name(), r.role(), r.unit(), r.action(),
					r.caseNumber() == null ? "" : r.caseNumber(), r.documentNumber() == null ? "" : r.documentNumber(), r.outcome())))
				.append("\r\n");
		}
		return out.toString();
	}

}
