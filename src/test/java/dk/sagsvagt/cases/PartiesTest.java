package dk.sagsvagt.cases;

import java.util.List;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.access.AccessGrants;
import dk.sagsvagt.citizens.Citizens;
import dk.sagsvagt.citizens.Cpr;
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

	@Autowired
	Citizens citizens;

	@Autowired
	AccessGrants grants;

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
	void theCaseShowsItsPartiesPrimaryFirstAndAProtectedSecondPartyClosesIt() throws Exception {
		CaseFile caseFile = fixtures.caseIn(fixtures.unitA(), "Sag med tre parter");
		for (String party : List.of("{\"cpr\": \"230471-4411\", \"name\": \"Else Partsen\", \"role\": \"CUSTODIAL_PARENT\"}",
				"{\"cpr\": \"230471-4412\", \"name\": \"Bo Partsen\", \"role\": \"OTHER\"}")) {
			mvc.perform(post("/api/cases/{n}/parties", caseFile.caseNumber())
				.with(httpBasic("test.a", Fixtures.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content(party))
				.andExpect(status().isCreated());
		}
		mvc.perform(get("/api/cases/{n}", caseFile.caseNumber()).with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.parties.length()").value(3))
			.andExpect(jsonPath("$.parties[0].role").value("PRIMARY"))
			.andExpect(jsonPath("$.parties[1].name").value("Else Partsen"))
			.andExpect(jsonPath("$.parties[2].name").value("Bo Partsen"))
			.andExpect(jsonPath("$.parties[2].role").value("OTHER"));

		// the access decision counts every party, not only the primary one
		long bo = citizens.findByCpr(Cpr.parse("230471-4412")).orElseThrow().id();
		grants.protectCitizen(bo, "Navne- og adressebeskyttelse", List.of("test.leader.a"), "test.admin");
		mvc.perform(get("/api/cases/{n}", caseFile.caseNumber()).with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/cases/{n}", caseFile.caseNumber()).with(httpBasic("test.leader.a", Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.parties[2].name").value("Bo Partsen"));
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
