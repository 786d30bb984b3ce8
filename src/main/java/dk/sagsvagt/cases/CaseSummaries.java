package dk.sagsvagt.cases;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CaseFilter;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.citizens.Citizen;
import dk.sagsvagt.citizens.Citizens;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * What another module's list of things on cases shows beside each (a worklist's deadlines): the case's number and
 * title and its primary citizen's name, for the cases the user may see. Every list is a logged read of its citizens.
 */
@Service
public class CaseSummaries {

	/** A case as a line of another module's list shows it; {@code citizenName} is empty for a case without a citizen. */
	public record CaseSummary(long id, String caseNumber, String title, String citizenName, Long caseworkerId) {
	}

	private final JdbcClient jdbc;

	private final Citizens citizens;

	private final AccessPolicy access;

	CaseSummaries(JdbcClient jdbc, Citizens citizens, AccessPolicy access) {
		this.jdbc = jdbc;
		this.citizens = citizens;
		this.access = access;
	}

	/** Those of the cases the user may see, by id; the list is written to the access log with their citizens. */
	public Map<Long, CaseSummary> visible(Collection<Long> caseIds, CurrentUser user, String what) {
		if (!access.mayEver(user, Action.LIST_CASES)) {
			access.require(user, Action.LIST_CASES, what);
		}
		CaseFilter filter = access.filter(user, Action.LIST_CASES);
		record Visible(long id, String number, String title, Long citizen, Long caseworker) {
		}
		List<Visible> visible = caseIds.isEmpty() ? List.of()
				: jdbc.sql("SELECT f.id, f.case_number, f.title, f.primary_citizen_id, f.caseworker_id FROM cases.case_file f WHERE f.id = ANY(?) AND "
						+ CaseFilter.SQL)
					.params(Stream.concat(Stream.of((Object) caseIds.stream().distinct().toArray(Long[]::new)), Arrays.stream(filter.parameters()))
						.toArray())
					.query((rs, n) -> new Visible(rs.getLong(1), rs.getString(2).strip(), rs.getString(3), rs.getObject(4, Long.class),
							rs.getObject(5, Long.class)))
					.list();
		List<Long> citizenIds = visible.stream().map(Visible::citizen).filter(Objects::nonNull).distinct().toList();
		Map<Long, Citizen> byId = citizens.get(citizenIds).stream().collect(Collectors.toMap(Citizen::id, Function.identity()));
		access.logList(user, citizenIds, what);
		return visible.stream()
			.collect(Collectors.toMap(Visible::id, v -> new CaseSummary(v.id(), v.number(), v.title(),
					v.citizen() == null || !byId.containsKey(v.citizen()) ? "" : byId.get(v.citizen()).name(), v.caseworker())));
	}
}
