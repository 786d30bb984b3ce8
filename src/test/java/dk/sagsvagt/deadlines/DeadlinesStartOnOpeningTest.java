package dk.sagsvagt.deadlines;

import java.time.Instant;
import java.util.Map;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.cases.CaseOpened;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;
import dk.sagsvagt.support.JsonApi;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Opening a case of a type whose law starts a deadline starts it, from the received date and time the form asks for,
 * and an hour rule shows its hour ("kl. 15:00") where a day rule shows its day.
 */
@IntegrationTest
class DeadlinesStartOnOpeningTest {

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

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	String createFromForm(String caseType, String receivedAt) throws Exception {
		fixtures.unitA();
		String location = mvc.perform(post("/cases/new").with(SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("test.a")))
				.with(csrf())
				.param("caseType", caseType)
				.param("title", "Automatisk frist")
				.param("citizenCpr", Fixtures.newChildCpr())
				.param("citizenName", "Testbarn Fristesen")
				.param("receivedAt", receivedAt))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return location.substring("/cases/".length());
	}

	String deadlinesPage(String caseNumber) throws Exception {
		return mvc.perform(get("/cases/" + caseNumber + "/deadlines")
				.with(SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("test.a"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	@Test
	void anUnderretningStartsTheTwentyFourHourAssessmentFromTheHourItWasReceived() throws Exception {
		// Barnets lov § 136: assessed within 24 hours of receipt; § 138: the notifier's receipt within 6 working days
		String caseNumber = createFromForm("NOTIFICATION", "01-12-2026 kl. 15:00");
		String page = deadlinesPage(caseNumber);
		assertThat(page).contains("Vurdering af underretning").contains("Barnets lov § 136").contains("02-12-2026 kl. 15:00");
		// Tuesday 1 December + 6 working days = Wednesday 9 December, a day rule: no hour
		assertThat(page).contains("Kvittering til fagperson, der har underrettet").contains("09-12-2026<")
			.doesNotContain("09-12-2026 kl.");
		assertThat(jdbc.queryForObject("SELECT due_at FROM deadlines.deadline d JOIN cases.case_file f ON f.id = d.case_id "
				+ "WHERE f.case_number = ? AND d.rule_code = 'NOTIFICATION_ASSESSMENT'", java.sql.Timestamp.class, caseNumber).toInstant())
			.isEqualTo(Instant.parse("2026-12-02T14:00:00Z"));
		// on the caseworker's own worklist at once, with its hour
		mvc.perform(get("/deadlines/mine").with(SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("test.a"))))
			.andExpect(content().string(containsString("02-12-2026 kl. 15:00")));
	}

	@Test
	void theTimelineNamesTheEventInDanishAndEveryEventOfTheCatalogueHasADanishName() throws Exception {
		String caseNumber = createFromForm("NOTIFICATION", "01-12-2026 kl. 10:00");
		String casePage = mvc.perform(get("/cases/" + caseNumber)
				.with(SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("test.a"))))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(casePage).contains("Fristhændelse: Underretning modtaget").doesNotContain("NOTIFICATION_RECEIVED");
		java.util.List<String> codes = jdbc.queryForList("""
				SELECT trigger_event FROM deadlines.rule UNION SELECT met_by_event FROM deadlines.rule WHERE met_by_event IS NOT NULL
				UNION SELECT trigger_event FROM deadlines.case_type_start
				UNION SELECT DISTINCT event FROM deadlines.case_event""", String.class);
		assertThat(codes).isNotEmpty().allSatisfy(code -> assertThat(DeadlineEvents.isNamed(code)).as(code).isTrue());
	}

	@Test
	void twentyFourHoursAcrossTheStartOfSummerTimeAreTwentyFourRealHours() throws Exception {
		// 28 March 2026 15:00 (winter time) + 24 hours = 29 March 16:00 (summer time): the night had 23 hours
		String caseNumber = createFromForm("NOTIFICATION", "28-03-2026 15:00");
		assertThat(deadlinesPage(caseNumber)).contains("29-03-2026 kl. 16:00");
	}

	@Test
	void anAktindsigtReceivedOnAFridayIsAnsweredWithinSevenWorkingDays() throws Exception {
		fixtures.unitA();
		// offentlighedsloven § 36, stk. 2: Friday 27 November 2026 + 7 working days = Tuesday 8 December
		JsonNode created = api.call("test.a", post("/api/cases"), Map.of("caseType", "ACCESS_REQUEST", "title", "Aktindsigt",
				"citizenCpr", Fixtures.newChildCpr(), "citizenName", "Testborger", "receivedAt", "2026-11-27T10:00"), 201);
		JsonNode deadlines = api.call("test.a", get("/api/cases/" + created.get("caseNumber").asString() + "/deadlines"), null, 200);
		assertThat(deadlines).hasSize(1);
		assertThat(deadlines.get(0).get("ruleCode").asString()).isEqualTo("ACCESS_REQUEST");
		assertThat(deadlines.get(0).get("dueDate").asString()).isEqualTo("2026-12-08");
		assertThat(deadlines.get(0).get("hourRule").asBoolean()).isFalse();
	}

	@Test
	void aBoernefagligUndersoegelseHasFourMonthsFromWhenTheNeedBecameKnown() throws Exception {
		// Barnets lov § 20, stk. 3: 3 August 2026 + 4 months = 3 December 2026
		String caseNumber = createFromForm("CHILD_ASSESSMENT", "03-08-2026 09:30");
		String page = deadlinesPage(caseNumber);
		assertThat(page).contains("Børnefaglig undersøgelse afsluttet").contains("Barnets lov § 20, stk. 3");
		// and by then either the assessment is finished or a preliminary assessment is made (§ 20, stk. 3, 2. pkt.)
		assertThat(jdbc.queryForList("SELECT d.rule_code || ' ' || d.due_date FROM deadlines.deadline d JOIN cases.case_file f "
				+ "ON f.id = d.case_id WHERE f.case_number = ? ORDER BY d.rule_code", String.class, caseNumber))
			.containsExactly("CHILD_ASSESSMENT 2026-12-03", "PRELIMINARY_ASSESSMENT 2026-12-03");
	}

	@Test
	void aTypeWhoseLawStartsNothingStartsNothing() throws Exception {
		String caseNumber = createFromForm("PREVENTIVE_MEASURE", "01-12-2026 10:00");
		assertThat(deadlinesPage(caseNumber)).contains("Sagen har ingen frister.");
	}

	@Test
	void theSameOpeningDeliveredTwiceStartsTheDeadlinesOnce() throws Exception {
		String caseNumber = createFromForm("NOTIFICATION", "01-12-2026 08:00");
		Map<String, Object> row = jdbc.queryForMap("SELECT id, unit_id, caseworker_id FROM cases.case_file WHERE case_number = ?", caseNumber);
		long caseId = ((Number) row.get("id")).longValue();
		CaseOpened again = new CaseOpened(caseId, caseNumber, "NOTIFICATION", ((Number) row.get("unit_id")).longValue(),
				((Number) row.get("caseworker_id")).longValue(), Instant.now(), Instant.parse("2026-12-01T07:00:00Z"), "test.a");
		transaction.executeWithoutResult(s -> events.publishEvent(again));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM deadlines.deadline WHERE case_id = ?", Long.class, caseId)).isEqualTo(2);
	}

	@Test
	void theReceivedTimeIsReadAsADanishUserTypesItAndRefusedInDanish() throws Exception {
		fixtures.unitA();
		var user = SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("test.a"));
		mvc.perform(post("/cases/new").with(user).with(csrf())
				.param("caseType", "NOTIFICATION").param("title", "Sommertid").param("citizenCpr", Fixtures.newChildCpr())
				.param("citizenName", "Testbarn").param("receivedAt", "29-03-2026 02:30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("findes ikke i Danmark")))
			.andExpect(content().string(containsString("value=\"29-03-2026 02:30\"")));
		mvc.perform(post("/cases/new").with(user).with(csrf())
				.param("caseType", "NOTIFICATION").param("title", "Fremtid").param("citizenCpr", Fixtures.newChildCpr())
				.param("citizenName", "Testbarn").param("receivedAt", "01-01-2099 10:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Modtaget kan ikke ligge i fremtiden.")));
		mvc.perform(get("/cases/new").with(user)).andExpect(content().string(containsString("id=\"receivedAt\"")));
	}

	@Test
	void anEventOfAnHourRuleNeedsItsTime() throws Exception {
		String caseNumber = createFromForm("NOTIFICATION", "01-12-2026 15:00");
		var user = SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("test.a"));
		mvc.perform(post("/cases/" + caseNumber + "/deadline-events").with(user).with(csrf())
				.param("event", "NOTIFICATION_ASSESSED").param("at", "02-12-2026"))
			.andExpect(flash().attribute("deadlineError", containsString("klokkeslættet")));
		mvc.perform(post("/cases/" + caseNumber + "/deadline-events").with(user).with(csrf())
				.param("event", "NOTIFICATION_ASSESSED").param("at", "2/12-2026 kl. 15.30").param("lateReason", "Registreret efterfølgende"))
			.andExpect(flash().attributeCount(0));
		// met half an hour late: 15:30 is after the end at 15:00
		assertThat(jdbc.queryForObject("""
				SELECT d.status FROM deadlines.deadline d JOIN cases.case_file f ON f.id = d.case_id
				WHERE f.case_number = ? AND d.rule_code = 'NOTIFICATION_ASSESSMENT'""", String.class, caseNumber)).isEqualTo("MET_LATE");
		assertThat(deadlinesPage(caseNumber)).contains("Overholdt for sent");
	}
}
