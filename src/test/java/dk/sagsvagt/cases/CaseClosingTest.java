package dk.sagsvagt.cases;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;
import dk.sagsvagt.support.JsonApi;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Closing a case needs a reason, and a case whose deadlines are open is not closed until each is met or ended with
 * a reason; closing asks first and says what will happen.
 */
@IntegrationTest
class CaseClosingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonApi api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	RequestPostProcessor as(String username) {
		fixtures.unitA();
		return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
	}

	/** An underretning received 1 December 2026 15:00, opened through the API: its two deadlines start by themselves. */
	String underretning() throws Exception {
		fixtures.unitA();
		JsonNode created = api.call("test.a", post("/api/cases"), Map.of("caseType", "NOTIFICATION", "title", "Bekymring fra skolen",
				"citizenCpr", Fixtures.newChildCpr(), "citizenName", "Testbarn Lukkesen", "receivedAt", "01-12-2026 15:00"), 201);
		return created.get("caseNumber").asString();
	}

	long deadline(String caseNumber, String rule) {
		return jdbc.queryForObject("""
				SELECT d.id FROM deadlines.deadline d JOIN cases.case_file f ON f.id = d.case_id
				WHERE f.case_number = ? AND d.rule_code = ?""", Long.class, caseNumber, rule);
	}

	String caseStatus(String caseNumber) {
		return jdbc.queryForObject("SELECT status FROM cases.case_file WHERE case_number = ?", String.class, caseNumber);
	}

	@Test
	void closingWithoutAReasonIsRefusedInDanish() throws Exception {
		String caseNumber = underretning();
		mvc.perform(post("/cases/" + caseNumber + "/status").with(as("test.a")).with(csrf()).param("status", "CLOSED").param("reason", "  "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Skriv hvorfor sagen lukkes.")));
		api.call("test.a", post("/api/cases/" + caseNumber + "/status"), Map.of("status", "CLOSED"), 400);
		assertThat(caseStatus(caseNumber)).isEqualTo("OPEN");
	}

	@Test
	void aCaseWithOpenDeadlinesIsNotClosedAndThePageNamesThemKeepingTheReason() throws Exception {
		String caseNumber = underretning();
		mvc.perform(post("/cases/" + caseNumber + "/status").with(as("test.a")).with(csrf())
				.param("status", "CLOSED").param("reason", "Ingen grund til bekymring"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Sagen kan ikke lukkes: fristen &#39;Vurdering af underretning&#39; er åben; "
					+ "fristen &#39;Kvittering til fagperson, der har underrettet&#39; er åben.")))
			.andExpect(content().string(containsString(">Ingen grund til bekymring</textarea>")));
		// a confirmed close is refused the same way: the confirmation is no way around the check
		mvc.perform(post("/cases/" + caseNumber + "/status").with(as("test.a")).with(csrf())
				.param("status", "CLOSED").param("reason", "Ingen grund til bekymring").param("confirmed", "true"))
			.andExpect(status().isConflict());
		JsonNode problem = api.call("test.a", post("/api/cases/" + caseNumber + "/status"),
				Map.of("status", "CLOSED", "reason", "Ingen grund til bekymring"), 409);
		assertThat(problem.get("detail").asString()).startsWith("Sagen kan ikke lukkes: fristen 'Vurdering af underretning' er åben");
		assertThat(problem.get("openItems")).hasSize(2);
		assertThat(problem.get("openItems").get(0).asString()).isEqualTo("fristen 'Vurdering af underretning' er åben");
		assertThat(caseStatus(caseNumber)).isEqualTo("OPEN");
	}

	@Test
	void whenEveryDeadlineIsMetOrEndedTheCaseClosesAfterConfirmation() throws Exception {
		String caseNumber = underretning();
		// the assessment is met; the receipt no longer applies (an anonymous notifier) and is ended with a reason
		mvc.perform(post("/cases/" + caseNumber + "/deadline-events").with(as("test.a")).with(csrf())
				.param("event", "NOTIFICATION_ASSESSED").param("at", "01-12-2026 kl. 18.30")
				.param("lateReason", "Vurderingen blev registreret efterfølgende"))
			.andExpect(flash().attributeCount(0));
		long receipt = deadline(caseNumber, "NOTIFIER_RECEIPT");
		mvc.perform(post("/cases/" + caseNumber + "/deadlines/" + receipt + "/end").with(as("test.a")).with(csrf()).param("reason", " "))
			.andExpect(flash().attribute("deadlineError", "Skriv hvorfor fristen bortfalder."))
			.andExpect(flash().attribute("endDeadlineId", receipt));
		mvc.perform(post("/cases/" + caseNumber + "/deadlines/" + receipt + "/end").with(as("test.a")).with(csrf())
				.param("reason", "Underretningen var anonym; der er ingen at kvittere"))
			.andExpect(flash().attribute("deadlineMessage", "Fristen er bortfaldet."));
		String fragment = mvc.perform(get("/cases/" + caseNumber + "/deadlines").with(as("test.a"))).andReturn().getResponse()
			.getContentAsString();
		assertThat(fragment).contains("Bortfaldet").contains("af Anne Testsen: Underretningen var anonym; der er ingen at kvittere")
			.contains("Overholdt");
		// an ended deadline leaves the worklist
		JsonNode mine = api.call("test.a", get("/api/deadlines/mine"), null, 200);
		assertThat(mine.valueStream().map(d -> d.get("id").asLong()).toList()).doesNotContain(receipt,
				deadline(caseNumber, "NOTIFICATION_ASSESSMENT"));

		// first the page asks, saying what closing does
		mvc.perform(post("/cases/" + caseNumber + "/status").with(as("test.a")).with(csrf())
				.param("status", "CLOSED").param("reason", "Vurderet: ingen grund til bekymring"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sagen lukkes med begrundelsen »Vurderet: ingen grund til bekymring«")))
			.andExpect(content().string(containsString("name=\"confirmed\" value=\"true\"")))
			.andExpect(content().string(containsString("class=\"danger\"")));
		assertThat(caseStatus(caseNumber)).as("not closed before it is confirmed").isEqualTo("OPEN");
		mvc.perform(post("/cases/" + caseNumber + "/status").with(as("test.a")).with(csrf())
				.param("status", "CLOSED").param("reason", "Vurderet: ingen grund til bekymring").param("confirmed", "true"))
			.andExpect(redirectedUrl("/cases/" + caseNumber));
		assertThat(caseStatus(caseNumber)).isEqualTo("CLOSED");
		assertThat(jdbc.queryForObject("""
				SELECT s.reason FROM cases.case_status_change s JOIN cases.case_file f ON f.id = s.case_id
				WHERE f.case_number = ? AND s.status = 'CLOSED'""", String.class, caseNumber)).isEqualTo("Vurderet: ingen grund til bekymring");
		List<String> history = jdbc.queryForList("""
				SELECT c.kind || ' ' || c.changed_by FROM deadlines.deadline_change c WHERE c.deadline_id = ?""", String.class, receipt);
		assertThat(history).containsExactly("ENDED test.a");
	}

	@Test
	void anEndedDeadlineCannotBeEndedAgainNorTheCitizensOwn() throws Exception {
		String caseNumber = underretning();
		long receipt = deadline(caseNumber, "NOTIFIER_RECEIPT");
		api.call("test.a", post("/api/cases/" + caseNumber + "/deadlines/" + receipt + "/end"), Map.of("reason", "Anonym underretter"), 200);
		JsonNode again = api.call("test.a", post("/api/cases/" + caseNumber + "/deadlines/" + receipt + "/end"),
				Map.of("reason", "Anonym underretter"), 409);
		assertThat(again.get("detail").asString()).isEqualTo("Fristen er bortfaldet.");
		api.call("test.a", post("/api/cases/" + caseNumber + "/deadlines/" + receipt + "/end"), Map.of("reason", ""), 409);
		// another case's deadline is not this case's
		String other = underretning();
		api.call("test.a", post("/api/cases/" + other + "/deadlines/" + receipt + "/end"), Map.of("reason", "Forkert sag"), 404);
	}

	@Test
	void theDatabaseRefusesToCloseACaseWithAnOpenDeadline() throws Exception {
		String caseNumber = underretning();
		assertThatThrownBy(() -> jdbc.update("UPDATE cases.case_file SET status = 'CLOSED', closed_at = now() WHERE case_number = ?",
				caseNumber)).isInstanceOf(DataAccessException.class).hasMessageContaining("open deadlines");
		assertThat(caseStatus(caseNumber)).isEqualTo("OPEN");
	}
}
