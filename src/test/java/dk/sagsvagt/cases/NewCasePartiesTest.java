package dk.sagsvagt.cases;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.citizens.Citizens;
import dk.sagsvagt.citizens.Cpr;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 18: a new case for a child already known proposes the custodial parents and the other parties of the child's
 * cases, ticked, before the case is saved (a logged read); a new citizen is not saved without a name.
 */
@IntegrationTest
class NewCasePartiesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Cases cases;

	@Autowired
	Citizens citizens;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	MockHttpServletRequestBuilder newCase(String cpr) {
		return post("/cases/new").with(user(users.loadUserByUsername("test.a"))).with(csrf()).param("caseType", "PREVENTIVE_MEASURE")
			.param("title", "Familiebehandling for Ida").param("citizenCpr", cpr);
	}

	@Test
	void aKnownChildsParentsAndOtherPartiesAreProposedTickedAndTheChosenOnesJoinTheNewCase() throws Exception {
		String childCpr = Fixtures.newChildCpr();
		CaseFile earlier = fixtures.caseOfType(fixtures.unitA(), "test.a", "NOTIFICATION", childCpr, "Underretning om Ida");
		long mother = citizens.findOrRegister(Cpr.parse(Fixtures.newChildCpr()), "Mette Mor").id();
		citizens.recordCustodyAll(new Long[] { earlier.primaryCitizenId() }, new Long[] { mother });
		CurrentUser caseworker = new CurrentUser("test.a", fixtures.staffId("test.a"), "Anne Testsen", StaffRole.CASEWORKER, fixtures.unitA());
		cases.addParty(earlier, Fixtures.newChildCpr(), "Morfar Mogensen", PartyRole.RELATIVE, caseworker);
		long grandfather = jdbc.queryForObject("SELECT id FROM citizens.citizen WHERE name = 'Morfar Mogensen' ORDER BY id DESC LIMIT 1",
				Long.class);
		long logBefore = jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM access.access_log", Long.class);

		String page = mvc.perform(newCase(childCpr)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"proposed-parties\"", "Mette Mor", "Forældremyndighedsindehaver", "Morfar Mogensen", "Pårørende",
				"value=\"" + mother + ":CUSTODIAL_PARENT\" checked", "value=\"" + grandfather + ":RELATIVE\" checked",
				"value=\"Familiebehandling for Ida\"");
		assertThat(casesOf(earlier.primaryCitizenId())).as("nothing saved before the parties are seen").isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM access.access_log WHERE id > ? AND username = 'test.a' "
				+ "AND detail = 'parter foreslået til ny sag' AND ? = ANY(citizen_ids) AND ? = ANY(citizen_ids)", Integer.class,
				logBefore, mother, grandfather)).as("reading the proposed parties is logged").isPositive();

		String location = mvc.perform(newCase(childCpr).param("partiesShown", "true").param("party", mother + ":CUSTODIAL_PARENT"))
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/cases/");
		long created = jdbc.queryForObject("SELECT id FROM cases.case_file WHERE case_number = ?", Long.class, location.substring(7));
		assertThat(jdbc.queryForList("SELECT citizen_id || ':' || role FROM cases.case_party WHERE case_id = ? ORDER BY role", String.class,
				created)).containsExactlyInAnyOrder(mother + ":CUSTODIAL_PARENT", earlier.primaryCitizenId() + ":PRIMARY");
	}

	@Test
	void aPartyNotProposedForTheCprNumberIsRefusedAndNothingIsSaved() throws Exception {
		String childCpr = Fixtures.newChildCpr();
		CaseFile earlier = fixtures.caseOfType(fixtures.unitA(), "test.a", "NOTIFICATION", childCpr, "Underretning om Bo");
		long stranger = citizens.findOrRegister(Cpr.parse(Fixtures.newChildCpr()), "Fremmed Person").id();
		mvc.perform(newCase(childCpr).param("partiesShown", "true").param("party", stranger + ":CUSTODIAL_PARENT"));
		assertThat(casesOf(earlier.primaryCitizenId())).isEqualTo(1);
	}

	@Test
	void aNewCitizenWithoutANameIsRefusedInDanishAndTheFormKeepsWhatWasTyped() throws Exception {
		fixtures.unitA();
		String cpr = Fixtures.newChildCpr();
		String page = mvc.perform(newCase(cpr).param("citizenName", "  ")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("id=\"citizenName-error\"", "Skriv borgerens navn", "value=\"Familiebehandling for Ida\"",
				"value=\"" + cpr + "\"");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM citizens.citizen WHERE cpr = ?", Integer.class, cpr)).isZero();

		String location = mvc.perform(newCase(cpr).param("citizenName", "Ida Nynavn")).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/cases/");
		assertThat(jdbc.queryForObject("SELECT name FROM citizens.citizen WHERE cpr = ?", String.class, cpr)).isEqualTo("Ida Nynavn");
	}

	int casesOf(long citizenId) {
		return jdbc.queryForObject("SELECT count(*) FROM cases.case_party WHERE citizen_id = ? AND role = 'PRIMARY'", Integer.class, citizenId);
	}
}
