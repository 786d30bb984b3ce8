package dk.sagsvagt.cases.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.cases.PartyRole;
import dk.sagsvagt.cases.RegisterCase;
import dk.sagsvagt.citizens.Citizen;
import dk.sagsvagt.citizens.Citizens;
import dk.sagsvagt.citizens.Cpr;
import dk.sagsvagt.shared.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 18: a new case for a citizen already known proposes the parties the administration knows of: the child's
 * custodial parents (the custody register) and the other parties of the citizen's cases the user may see. Reading
 * them is a logged read; a specially protected party the user may not see is left out, unnamed. The chosen ones are
 * added with the case, in one transaction.
 */
@Component
public class PartyProposals {

	/** A proposed party: {@code key} ("citizenId:ROLE") is what the form sends back when it is ticked. */
	public record Proposal(long citizenId, String name, String maskedCpr, PartyRole role) {

		public String key() {
			return citizenId + ":" + role.name();
		}
	}

	/** The citizen found by the CPR number typed, and what is proposed with them. */
	public record Known(Citizen citizen, List<Proposal> proposals) {
	}

	private final Citizens citizens;

	private final Cases cases;

	private final AccessPolicy access;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	PartyProposals(Citizens citizens, Cases cases, AccessPolicy access, JdbcClient jdbc, TransactionTemplate transaction) {
		this.citizens = citizens;
		this.cases = cases;
		this.access = access;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	/** Empty when the CPR number is not valid or names no known citizen (the form then asks for the name). */
	public Optional<Known> forCpr(String cprText, CurrentUser user) {
		access.require(user, Action.CREATE_CASE, "parter til ny sag");
		Optional<Cpr> cpr = parse(cprText);
		Optional<Citizen> citizen = cpr.flatMap(citizens::findByCpr);
		if (citizen.isEmpty()) {
			return Optional.empty();
		}
		long childId = citizen.get().id();
		access.requireCitizen(user, childId, "ny sag for borger fra CPR-registret");
		Map<Long, PartyRole> roles = new LinkedHashMap<>();
		citizens.custodialParents(childId).forEach(p -> roles.put(p.id(), PartyRole.CUSTODIAL_PARENT));
		var filter = access.filter(user, Action.LIST_CASES);
		List<Object> params = new ArrayList<>(List.of(childId, childId));
		params.addAll(Arrays.asList(filter.parameters()));
		jdbc.sql("SELECT DISTINCT p.citizen_id, p.role FROM cases.case_file f "
				+ "JOIN cases.case_party me ON me.case_id = f.id AND me.citizen_id = ? "
				+ "JOIN cases.case_party p ON p.case_id = f.id AND p.citizen_id <> ? WHERE " + dk.sagsvagt.access.CaseFilter.SQL
				+ " ORDER BY p.citizen_id, p.role")
			.params(params)
			.query((rs, n) -> Map.entry(rs.getLong(1), PartyRole.valueOf(rs.getString(2))))
			.list()
			.forEach(e -> roles.putIfAbsent(e.getKey(), e.getValue() == PartyRole.PRIMARY ? PartyRole.OTHER : e.getValue()));
		List<Proposal> proposals = new ArrayList<>();
		for (Citizen party : citizens.get(roles.keySet())) {
			try {
				access.requireCitizen(user, party.id(), "foreslået part i ny sag");
				proposals.add(new Proposal(party.id(), party.name(), party.maskedCpr(), roles.get(party.id())));
			}
			catch (dk.sagsvagt.access.ProtectedCitizenException e) {
				// left out: the refusal is logged and the name is not shown
			}
		}
		List<Long> shown = new ArrayList<>(List.of(childId));
		proposals.forEach(p -> shown.add(p.citizenId()));
		access.logDerivedRead(user, Action.VIEW_CASE, null, shown, "parter foreslået til ny sag");
		return Optional.of(new Known(citizen.get(), proposals));
	}

	/** Registers the case and adds the ticked proposals (only those proposed; anything else is refused), all or nothing. */
	public CaseFile register(RegisterCase form, List<String> chosen, CurrentUser user) {
		List<String> keys = chosen == null ? List.of() : chosen;
		if (keys.isEmpty()) {
			return cases.register(form, user);
		}
		Map<String, Proposal> proposed = forCpr(form.citizenCpr(), user).map(k -> k.proposals()).orElse(List.of()).stream()
			.collect(Collectors.toMap(Proposal::key, p -> p, (a, b) -> a));
		Set<String> unknown = keys.stream().filter(k -> !proposed.containsKey(k)).collect(Collectors.toSet());
		if (!unknown.isEmpty()) {
			throw new InvalidInputException("citizenCpr", "De foreslåede parter passer ikke til CPR-nummeret. Hent parterne igen.");
		}
		return transaction.execute(status -> {
			CaseFile created = cases.register(form, user);
			for (String key : keys) {
				Proposal p = proposed.get(key);
				cases.addParty(created, citizens.get(p.citizenId()).cpr().digits(), null, p.role(), user);
			}
			return created;
		});
	}

	private static Optional<Cpr> parse(String text) {
		try {
			return text == null || text.isBlank() ? Optional.empty() : Optional.of(Cpr.parse(text, "citizenCpr"));
		}
		catch (InvalidInputException e) {
			return Optional.empty();
		}
	}
}
