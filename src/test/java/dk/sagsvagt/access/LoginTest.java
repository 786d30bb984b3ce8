package dk.sagsvagt.access;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;
import dk.sagsvagt.support.UnruledEndpoints;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class LoginTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserDetailsService users;

	@Autowired
	AccessGrants grants;

	@Test
	void aUserIsLockedAfterFiveWrongPasswordsEvenWithTheRightOneAfterwards() throws Exception {
		fixtures.unitA();
		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin("/login").user("test.lockme").password("forkert")).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(formLogin("/login").user("test.lockme").password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/login?locked"));
		mvc.perform(get("/api/cases").with(httpBasic("test.lockme", Fixtures.PASSWORD))).andExpect(status().isUnauthorized());
		mvc.perform(get("/login").param("locked", "")).andExpect(content().string(containsString("midlertidigt spærret")));
	}

	@Test
	void aRememberedApiPasswordIsRefusedOnceTheUserIsLockedOrDeactivated() throws Exception {
		fixtures.unitA();
		String locked = "test.basic.l" + System.nanoTime() % 1_000_000;
		String leaving = "test.basic.d" + System.nanoTime() % 1_000_000;
		grants.createUser(locked, "Bent Basic", StaffRole.CASEWORKER, fixtures.unitA(), "en-lang-adgangskode-2", "test");
		grants.createUser(leaving, "Birte Basic", StaffRole.CASEWORKER, fixtures.unitA(), "en-lang-adgangskode-3", "test");
		for (int i = 0; i < 2; i++) {
			mvc.perform(get("/api/cases").with(httpBasic(locked, "en-lang-adgangskode-2"))).andExpect(status().isOk());
			mvc.perform(get("/api/cases").with(httpBasic(leaving, "en-lang-adgangskode-3"))).andExpect(status().isOk());
		}
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/api/cases").with(httpBasic(locked, "forkert"))).andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/cases").with(httpBasic(locked, "en-lang-adgangskode-2"))).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/staff/" + leaving + "/deactivation").with(httpBasic("test.admin", Fixtures.PASSWORD))).andExpect(status().isNoContent());
		mvc.perform(get("/api/cases").with(httpBasic(leaving, "en-lang-adgangskode-3"))).andExpect(status().isUnauthorized());
	}

	@Test
	void aRightPasswordLogsInAndResetsTheCount() throws Exception {
		fixtures.unitA();
		mvc.perform(formLogin("/login").user("test.a2").password("forkert")).andExpect(redirectedUrl("/login?error"));
		mvc.perform(formLogin("/login").user("test.a2").password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void anEndpointWithoutASecurityRuleIsRefusedToEveryone() throws Exception {
		fixtures.unitA();
		mvc.perform(get(UnruledEndpoints.WEB).with(user(users.loadUserByUsername("test.director")))).andExpect(status().isForbidden());
		mvc.perform(get(UnruledEndpoints.WEB).with(user(users.loadUserByUsername("test.admin")))).andExpect(status().isForbidden());
		mvc.perform(get(UnruledEndpoints.API).with(httpBasic("test.admin", Fixtures.PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get(UnruledEndpoints.API).with(httpBasic("test.director", Fixtures.PASSWORD))).andExpect(status().isForbidden());
	}

	@Test
	void pagesCarrySecurityHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"));
	}
}
