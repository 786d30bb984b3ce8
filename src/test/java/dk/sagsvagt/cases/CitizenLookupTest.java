package dk.sagsvagt.cases;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.sagsvagt.access.AccessGrants;
import dk.sagsvagt.deadlines.CaseDeadlines;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import dk.sagsvagt.citizens.CprRegister;
import dk.sagsvagt.citizens.Cpr;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Finding a citizen (issue 18): by CPR number with or without the dash, by part of the name in any case with æ, ø and
 * å; only citizens with a case in the user's scope, never a protected one; every citizen shown is logged. The
 * citizen's page lists the cases the user may see with type, status, caseworker and next deadline.
 */
@IntegrationTest
class CitizenLookupTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Cases cases;

	@Autowired
	AccessGrants grants;

	@Autowired
	CaseDeadlines deadlines;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CprRegister cprRegister;

	@Autowired
	UserDetailsService users;

	static String cpr;

	static long citizen;

	static CaseFile own;

	static CaseFile other;

	static long outOfScope;

	static long hidden;

	@BeforeEach
	void citizens() {
		if (own != null) {
			return;
		}
		cpr = Fixtures.newChildCpr();
		own = register(fixtures.unitA(), "test.a", cpr, "Søren Ærbøl Åkjær", "Underretning om Søren");
		citizen = own.primaryCitizenId();
		// the same citizen's case in unit C, which a caseworker in A may not see
		other = register(fixtures.unitC(), "test.c", cpr, null, "Skjult sag om Søren");
		outOfScope = register(fixtures.unitC(), "test.c", Fixtures.newChildCpr(), "Søren Ærbøl Ødegaard", "Sag i C").primaryCitizenId();
		hidden = register(fixtures.unitA(), "test.a", Fixtures.newChildCpr(), "Søren Ærbøl Beskyttet", "Beskyttet").primaryCitizenId();
		grants.protectCitizen(hidden, "Navne- og adressebeskyttelse", List.of("test.a2"), "test");
		// received 30 November 2026 at 15:00 in Copenhagen: assessed within 24 hours (Barnets lov § 136)
		deadlines.recordHistoric(own.id(), own.caseNumber(), own.caseType(), own.unitId(), own.caseworkerId(), "NOTIFICATION_RECEIVED",
				Instant.parse("2026-11-30T14:00:00Z"), "test");
	}

	CaseFile register(long unit, String caseworker, String cpr, String name, String title) {
		return cases.register(new RegisterCase("NOTIFICATION", title, cpr, name), unit, fixtures.staffId(caseworker), Instant.now(), "test");
	}

	RequestPostProcessor as(String username) {
		return user(users.loadUserByUsername(username));
	}

	String search(String q, String username) throws Exception {
		return mvc.perform(get("/search").param("q", q).with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	long lastLogId() {
		return jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM access.access_log", Long.class);
	}

	List<Long> loggedCitizens(long after, String username, String action) {
		return jdbc.query("SELECT unnest(citizen_ids) FROM access.access_log WHERE id > ? AND username = ? AND action = ?",
				(rs, n) -> rs.getLong(1), after, username, action);
	}

	@Test
	void aCprNumberFindsTheCitizenWithAndWithoutTheDashAndShowsItMasked() throws Exception {
		String dashed = cpr.substring(0, 6) + "-" + cpr.substring(6);
		for (String q : List.of(cpr, dashed)) {
			long before = lastLogId();
			String page = search(q, "test.a");
			assertThat(page).contains("Søren Ærbøl Åkjær", "/citizens/" + citizen, cpr.substring(0, 6) + "-XXXX");
			assertThat(page.replace(q, "")).as("the full CPR number only where the user typed it").doesNotContain(dashed).doesNotContain(cpr);
			assertThat(loggedCitizens(before, "test.a", "SEARCH")).contains(citizen);
			String terms = jdbc.queryForObject("SELECT search_terms FROM access.access_log WHERE id > ? AND username = 'test.a' AND action = 'SEARCH'",
					String.class, before);
			assertThat(terms).as("CPR numbers in search terms are hashed").doesNotContain(cpr.substring(6));
		}
	}

	@Test
	void partOfTheNameFindsTheCitizenInAnyCaseWithDanishLetters() throws Exception {
		for (String q : List.of("ærbøl åk", "ÆRBØL", "søren ÅKJ")) {
			String page = search(q, "test.a");
			assertThat(page).as(q).contains("Søren Ærbøl Åkjær");
			assertThat(page.indexOf("citizen-results")).as("citizens before the cases and documents").isLessThan(
					page.indexOf("case-results") < 0 ? Integer.MAX_VALUE : page.indexOf("case-results"));
		}
		assertThat(search("bøl åkjær", "test.a")).as("a word matches the start of a word of the name").doesNotContain("Åkjær</a>");
	}

	@Test
	void aNameSearchCanUseTheTrigramIndex() {
		String plan = jdbc.execute((org.springframework.jdbc.core.ConnectionCallback<String>) c -> {
			try (var s = c.createStatement()) {
				s.execute("SET enable_seqscan = off");
				try (var rs = s.executeQuery("EXPLAIN SELECT c.id FROM citizens.citizen c WHERE "
						+ dk.sagsvagt.citizens.CitizenNames.condition(List.of("ærb")).replace("?", "'% ærb%'"))) {
					StringBuilder text = new StringBuilder();
					while (rs.next()) {
						text.append(rs.getString(1)).append('\n');
					}
					return text.toString();
				}
				finally {
					s.execute("RESET enable_seqscan");
				}
			}
		});
		assertThat(plan).contains("citizen_name_trgm_idx");
	}

	@Test
	void aCitizenOutOfScopeOrProtectedIsNotFoundAndEachShownIsLogged() throws Exception {
		long before = lastLogId();
		String page = search("Ærbøl", "test.a");
		assertThat(page).contains("Søren Ærbøl Åkjær").doesNotContain("Ødegaard").doesNotContain("Beskyttet");
		assertThat(loggedCitizens(before, "test.a", "SEARCH")).contains(citizen).doesNotContain(outOfScope, hidden);
		assertThat(search("Ærbøl", "test.c")).contains("Søren Ærbøl Åkjær", "Søren Ærbøl Ødegaard").doesNotContain("Beskyttet");
		assertThat(search("Ærbøl", "test.a2")).as("the protection's reader").contains("Beskyttet");
	}

	@Test
	void caseHitsShowCitizenStatusAndCaseworker() throws Exception {
		String page = search("Underretning om Søren", "test.a");
		assertThat(page).contains(own.caseNumber(), "Søren Ærbøl Åkjær", "Åben", "Anne Testsen");
	}

	@Test
	void theCitizenPageShowsTheCasesInScopeWithTheirNextDeadline() throws Exception {
		long before = lastLogId();
		String page = mvc.perform(get("/citizens/{id}", citizen).with(as("test.a"))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		String address = cprRegister.lookup(Cpr.parse(cpr)).orElseThrow().address();
		assertThat(page).as("the address CPR gave").contains("Søren Ærbøl Åkjær", cpr.substring(0, 6) + "-XXXX", address, own.caseNumber(),
				"Underretning", "Åben", "Anne Testsen", "1 sag, som du har adgang til")
			.doesNotContain(other.caseNumber()).doesNotContain(cpr.substring(6));
		assertThat(loggedCitizens(before, "test.a", "LIST_CASES")).contains(citizen);

		String next = mvc.perform(get("/citizens/{id}/deadlines", citizen).with(as("test.a"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(next).contains("next-" + own.caseNumber(), "01-12-2026 kl. 15:00").doesNotContain(other.caseNumber());

		String both = mvc.perform(get("/citizens/{id}", citizen).with(as("test.director"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(both).as("the whole administration's scope").contains(own.caseNumber(), other.caseNumber(), "Cille Testsen");
	}

	@Test
	void theFullCprNumberIsShownOnRequestAndLogged() throws Exception {
		long before = lastLogId();
		String cprShown = mvc.perform(get("/citizens/{id}/cpr", citizen).with(as("test.a"))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(cprShown).contains(cpr.substring(0, 6) + "-" + cpr.substring(6));
		assertThat(loggedCitizens(before, "test.a", "VIEW_CPR")).contains(citizen);
		mvc.perform(get("/citizens/{id}/cpr", outOfScope).with(as("test.a"))).andExpect(status().isForbidden());
	}

	@Test
	void aCitizenEntirelyOutOfScopeIsRefusedInDanishAndTheRefusalLogged() throws Exception {
		for (long id : List.of(outOfScope, hidden)) {
			long before = lastLogId();
			String page = mvc.perform(get("/citizens/{id}", id).with(as("test.a"))).andExpect(status().isForbidden()).andReturn()
				.getResponse().getContentAsString();
			assertThat(page).contains("Du har ikke adgang til borgerens sager").doesNotContain("Ærbøl");
			assertThat(jdbc.queryForObject("SELECT count(*) FROM access.access_log WHERE id > ? AND username = 'test.a' AND outcome = 'DENIED' AND ? = ANY(citizen_ids)",
					Integer.class, before, id)).isEqualTo(1);
		}
	}
}
