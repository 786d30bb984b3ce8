package dk.sagsvagt.cases;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PartiesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserDetailsService users;

	@Test
	void addsACustodialParentAndRevealsTheCprOnlyWhenOpened() throws Exception {
		CaseFile caseFile = fixtures.caseIn(fixtures.unitA(), "Sag med forælder");
		mvc.perform(post("/api/cases/{n}/parties", caseFile.caseNumber())
			.with(httpBasic("test.a", Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"cpr\": \"150680-2345\", \"name\": \"Mette Testmor\", \"role\": \"CUSTODIAL_PARENT\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.parties[1].name").value("Mette Testmor"))
			.andExpect(jsonPath("$.parties[1].maskedCpr").value("150680-XXXX"))
			.andExpect(jsonPath("$.parties[1].role").value("CUSTODIAL_PARENT"));

		var a = SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("test.a"));
		String page = mvc.perform(get("/cases/{n}", caseFile.caseNumber()).with(a))
			.andExpect(content().string(containsString("150680-XXXX")))
			.andReturn().getResponse().getContentAsString();
		String revealPath = page.replaceAll("(?s).*hx-get=\"(/cases/[^\"]+/parties/\\d+/cpr)\"[^>]*Mette Testmor.*", "$1");
		mvc.perform(get(revealPath).with(a).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("150680-2345")));

		var b = SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("test.b"));
		mvc.perform(get(revealPath).with(b)).andExpect(status().isForbidden());
		mvc.perform(get("/cases/{n}/parties/{c}/cpr", caseFile.caseNumber(), 999_999_999L).with(a))
			.andExpect(status().isNotFound());
	}

	@Test
	void aSecondPrimaryPartyIsRefused() throws Exception {
		CaseFile caseFile = fixtures.caseIn(fixtures.unitA(), "Kun én hovedperson");
		mvc.perform(post("/api/cases/{n}/parties", caseFile.caseNumber())
			.with(httpBasic("test.a", Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"cpr\": \"150680-2345\", \"role\": \"PRIMARY\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("role"));
	}
}
