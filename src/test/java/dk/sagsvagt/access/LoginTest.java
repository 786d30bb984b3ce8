package dk.sagsvagt.access;

import java.util.List;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;
import dk.sagsvagt.support.UnruledEndpoints;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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
	void fiveWrongPasswordsSlowDownThatAddressOnlyWithTheAnswerOfAWrongPassword() throws Exception {
		fixtures.unitA();
		for (int i = 0; i < 5; i++) {
			mvc.perform(login("test.lockme", "forkert", "198.51.100.7"))
				.andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(login("test.lockme", Fixtures.PASSWORD, "198.51.100.7"))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/api/cases").with(httpBasic("test.lockme", Fixtures.PASSWORD)).with(from("198.51.100.7")))
			.andExpect(status().isUnauthorized());
		// the user at their own machine is not shut out by what happened at another address
		mvc.perform(formLogin("/login").user("test.lockme").password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/"));
		mvc.perform(get("/api/cases").with(httpBasic("test.lockme", Fixtures.PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void aStrangersBasicAttemptsDoNotLockTheAdministratorOut() throws Exception {
		fixtures.unitA();
		for (int i = 0; i < 20; i++) {
			mvc.perform(get("/api/cases").with(httpBasic("test.admin", "gæt-" + i)).with(from("203.0.113.66")))
				.andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/access-log/verify").with(httpBasic("test.admin", Fixtures.PASSWORD))).andExpect(status().isOk());
		mvc.perform(formLogin("/login").user("test.admin").password(Fixtures.PASSWORD)).andExpect(redirectedUrl("/"));
	}

	@Test
	void aThrottledAWrongAndAnUnknownUserNameGetTheSameAnswer() throws Exception {
		fixtures.unitA();
		for (int i = 0; i < 6; i++) {
			mvc.perform(login("test.a2", "forkert", "198.51.100.8"));
		}
		String throttled = mvc.perform(login("test.a2", Fixtures.PASSWORD, "198.51.100.8"))
			.andReturn().getResponse().getRedirectedUrl();
		String wrong = mvc.perform(login("test.b", "forkert", "198.51.100.8"))
			.andReturn().getResponse().getRedirectedUrl();
		String unknown = mvc.perform(login("test.findes.ikke", "forkert", "198.51.100.8"))
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(List.of(throttled, wrong, unknown)).containsOnly("/login?error");
		String basicThrottled = mvc.perform(get("/api/cases").with(httpBasic("test.a2", Fixtures.PASSWORD)).with(from("198.51.100.8")))
			.andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
		String basicUnknown = mvc.perform(get("/api/cases").with(httpBasic("test.findes.ikke", "x")).with(from("198.51.100.8")))
			.andExpect(status().isUnauthorized()).andReturn().getResponse().getContentAsString();
		assertThat(basicThrottled).isEqualTo(basicUnknown);
		// the page has one message, whatever the address says
		mvc.perform(get("/login").param("locked", "")).andExpect(content().string(not(containsString("spærret"))));
	}

	/** The log-in form sent from the client address. */
	private static MockHttpServletRequestBuilder login(String username, String password, String address) {
		return post("/login").param("username", username).param("password", password).with(csrf()).with(from(address));
	}

	/** A request from another client address than MockMvc's 127.0.0.1. */
	private static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
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
