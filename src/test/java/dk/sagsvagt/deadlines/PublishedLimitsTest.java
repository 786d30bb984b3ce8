package dk.sagsvagt.deadlines;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PublishedLimitsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CaseDeadlines deadlines;

	@Autowired
	UserDetailsService users;

	@Test
	void theLimitsArePublishedWithoutLogIn() throws Exception {
		mvc.perform(get("/frister"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"da\">")))
			.andExpect(content().string(containsString("retssikkerhedslovens § 3, stk. 2")))
			.andExpect(content().string(containsString("Personlig hjælp og pleje")))
			.andExpect(content().string(containsString("7 hverdage")))
			.andExpect(content().string(containsString("Aflastning til børn")));
	}

	@Test
	void anAdministratorPublishesANewLimitThatAppearsOnThePublicPage() throws Exception {
		fixtures.unitA();
		var admin = user(users.loadUserByUsername("test.admin"));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/limits").with(admin)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("benefit", "Hjælpemidler").param("legalBasis", "Serviceloven § 112").param("unit", "WEEKS")
			.param("amount", "0").param("effectiveFrom", "2025-01-01"))
			.andExpect(content().string(containsString("Fristens længde skal være et positivt tal.")));
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/limits").with(admin)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
			.param("benefit", "Hjælpemidler").param("legalBasis", "Serviceloven § 112").param("unit", "WEEKS")
			.param("amount", "6").param("effectiveFrom", "2025-01-01"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/frister")).andExpect(content().string(containsString("Hjælpemidler")))
			.andExpect(content().string(containsString("6 uger")));
	}

	@Test
	void aLeaderSeesTheUnitsDeadlinesACaseworkerDoesNot() throws Exception {
		CaseFile c = fixtures.caseIn(fixtures.unitA(), "test.a2", "Sag med frist til lederen");
		deadlines.recordHistoric(c.id(), c.caseNumber(), c.caseType(), c.unitId(), c.caseworkerId(), "NEED_BECAME_KNOWN",
				Instant.now().minus(10, ChronoUnit.DAYS), "test");
		mvc.perform(get("/deadlines/unit").with(user(users.loadUserByUsername("test.leader.a"))))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(c.caseNumber())))
			.andExpect(content().string(containsString("Børnefaglig undersøgelse afsluttet")));
		mvc.perform(get("/deadlines/unit").with(user(users.loadUserByUsername("test.a")))).andExpect(status().isForbidden());
	}
}
