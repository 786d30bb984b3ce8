package dk.sagsvagt.access;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AdministrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aProtectionMadeInTheAdministrationPageHidesTheCaseAndIsLogged() throws Exception {
		CaseFile c = fixtures.caseIn(fixtures.unitB(), "test.b", "Sag om medarbejders barn");
		mvc.perform(post("/admin/protection").with(user(users.loadUserByUsername("test.admin"))).with(csrf())
			.param("caseNumber", c.caseNumber()).param("reason", "Medarbejders barn").param("readers", "test.centre"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("registreret")));
		mvc.perform(get("/api/cases/{n}", c.caseNumber()).with(httpBasic("test.b", Fixtures.PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/api/cases/{n}", c.caseNumber()).with(httpBasic("test.centre", Fixtures.PASSWORD))).andExpect(status().isOk());
		assertThat(jdbc.queryForObject("SELECT count(*) FROM access.permission_change WHERE changed_by = 'test.admin' AND change LIKE '%Medarbejders barn%'",
				Integer.class)).isOne();
	}

	@Test
	void protectionNeedsACaseOrACitizenAndKnownReaders() throws Exception {
		fixtures.unitA();
		mvc.perform(post("/admin/protection").with(user(users.loadUserByUsername("test.admin"))).with(csrf())
			.param("reason", "x").param("readers", "test.a"))
			.andExpect(content().string(containsString("Angiv enten et sagsnummer eller et CPR-nummer.")));
		CaseFile c = fixtures.caseIn(fixtures.unitA(), "Sag med ukendt læser");
		mvc.perform(post("/admin/protection").with(user(users.loadUserByUsername("test.admin"))).with(csrf())
			.param("caseNumber", c.caseNumber()).param("reason", "x").param("readers", "findes.ikke"))
			.andExpect(content().string(containsString("Brugeren &#39;findes.ikke&#39; findes ikke.")));
	}

	@Test
	void anAdministratorCreatesAUnitAndAUserWhoCanThenLogIn() throws Exception {
		fixtures.unitA();
		var admin = user(users.loadUserByUsername("test.admin"));
		mvc.perform(post("/admin/units").with(admin).with(csrf()).param("centreId", String.valueOf(
				jdbc.queryForObject("SELECT id FROM organisation.centre WHERE name = 'Testcenter 2'", Long.class)))
			.param("name", "Testenhed D")).andExpect(status().is3xxRedirection());
		long unitD = jdbc.queryForObject("SELECT id FROM organisation.unit WHERE name = 'Testenhed D'", Long.class);
		mvc.perform(post("/admin/users").with(admin).with(csrf()).param("username", "ny.kollega").param("fullName", "Nina Ny")
			.param("role", "CASEWORKER").param("unitId", String.valueOf(unitD)).param("password", "kort"))
			.andExpect(content().string(containsString("mindst 12 tegn")));
		mvc.perform(post("/admin/users").with(admin).with(csrf()).param("username", "ny.kollega").param("fullName", "Nina Ny")
			.param("role", "CASEWORKER").param("unitId", String.valueOf(unitD)).param("password", "en-lang-adgangskode"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/cases").with(httpBasic("ny.kollega", "en-lang-adgangskode"))).andExpect(status().isOk());
		assertThat(jdbc.queryForObject("SELECT count(*) FROM access.permission_change WHERE subject = 'ny.kollega'", Integer.class)).isOne();
	}

	@Test
	void aRoleChangeTakesEffectAtTheNextLogInAndIsLogged() throws Exception {
		CaseFile inC = fixtures.caseIn(fixtures.unitC(), "test.c", "Sag i C til rolleskifte");
		mvc.perform(get("/api/cases/{n}", inC.caseNumber()).with(httpBasic("test.a2", Fixtures.PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(post("/admin/users/test.a2/role").with(user(users.loadUserByUsername("test.admin"))).with(csrf())
			.param("role", "CASEWORKER").param("unitId", String.valueOf(fixtures.unitC())))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/api/cases/{n}", inC.caseNumber()).with(httpBasic("test.a2", Fixtures.PASSWORD))).andExpect(status().isOk());
		assertThat(jdbc.queryForObject("SELECT count(*) FROM access.permission_change WHERE subject = 'test.a2' AND change LIKE 'rolle sat til CASEWORKER%Testenhed C'",
				Integer.class)).isOne();
		// and back, for the other tests
		mvc.perform(post("/admin/users/test.a2/role").with(user(users.loadUserByUsername("test.admin"))).with(csrf())
			.param("role", "CASEWORKER").param("unitId", String.valueOf(fixtures.unitA())));
	}
}
