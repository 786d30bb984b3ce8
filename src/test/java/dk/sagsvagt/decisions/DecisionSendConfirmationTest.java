package dk.sagsvagt.decisions;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;
import dk.sagsvagt.support.JsonApi;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sending a decision cannot be undone, so the page says what will happen and asks once more before sending. */
@IntegrationTest
class DecisionSendConfirmationTest {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonApi api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void theDecisionIsSentOnlyAfterTheConfirmationThatSaysToWhomAndHow() throws Exception {
		CaseFile c = fixtures.caseOfType(fixtures.unitA(), "test.a", "PREVENTIVE_MEASURE", "0103204003", "Aflastning bekræftes");
		Map<String, Object> draft = new java.util.HashMap<>(Map.of("type", "GRANT", "measure", "Aflastning hver anden weekend",
				"legalBasis", "BL_32", "facts", "Familien har brug for aflastning.", "assessment",
				"Aflastning vil støtte barnets trivsel i hjemmet.", "reasons",
				"Betingelserne i Barnets lov § 32 er opfyldt, fordi barnet har behov for særlig støtte.", "consentOn",
				TODAY.toString(), "consentBy", "Far (forældremyndighedsindehaver)"));
		long id = api.call("test.a", org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/cases/" + c.caseNumber()
				+ "/decisions"), draft, 201).get("id").asLong();
		api.call("test.a", post("/api/decisions/" + id + "/exemptions"), Map.of("gate", "HEARING", "reason",
				"Afgørelsen giver parten fuldt ud medhold, så høring er ikke nødvendig."), 200);
		api.call("test.a", post("/api/decisions/" + id + "/exemptions"), Map.of("gate", "CHILD_CONVERSATION", "reason",
				"Barnet er 6 år og har ikke modenhed til en samtale om aflastningen."), 200);

		String confirmation = mvc.perform(post("/decisions/" + id + "/send").with(user(users.loadUserByUsername("test.a"))).with(csrf())
			.param("channel", "DIGITAL_POST"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(confirmation).contains("Afgørelsen sendes til 1 part med Digital Post og kan ikke ændres bagefter.",
				"Ja, send afgørelsen", "Fortryd", "name=\"confirmed\" value=\"true\"");
		assertThat(sentAt(id)).as("nothing is sent before the confirmation").isNull();

		mvc.perform(post("/decisions/" + id + "/send").with(user(users.loadUserByUsername("test.a"))).with(csrf())
			.param("channel", "DIGITAL_POST").param("confirmed", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(sentAt(id)).as("sent after the confirmation").isNotNull();
	}

	Object sentAt(long id) {
		return jdbc.queryForObject("SELECT sent_at FROM decisions.decision WHERE id = ?", Object.class, id);
	}
}
