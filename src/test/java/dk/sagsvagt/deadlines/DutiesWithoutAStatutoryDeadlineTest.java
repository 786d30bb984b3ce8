package dk.sagsvagt.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 19: the conversation with the child after a notification of abuse (barnets lov § 137, stk. 3) and the notice
 * to a professional notifier (§ 138) are duties without a deadline in the law. They reach the worklist by the
 * municipality's own limit (5 working days and 4 weeks as installed), which an administrator changes from a date.
 */
@IntegrationTest
class DutiesWithoutAStatutoryDeadlineTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserDetailsService users;

	private ResultActions event(CaseFile c, String event, String copenhagen) throws Exception {
		Instant at = LocalDateTime.parse(copenhagen).atZone(ZoneId.of("Europe/Copenhagen")).toInstant();
		return mvc.perform(post("/api/cases/{n}/deadline-events", c.caseNumber()).with(httpBasic("test.a", Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"event\":\"" + event + "\",\"occurredAt\":\"" + at + "\",\"lateReason\":\"Registreret efterfølgende\"}"));
	}

	private ResultActions calc(String rule, String start) throws Exception {
		return mvc.perform(get("/api/deadline-calculator").param("rule", rule).param("start", start)
			.with(httpBasic("test.a", Fixtures.PASSWORD)));
	}

	/**
	 * A notification received Monday 4 March 2024 that concerns abuse: the conversation with the child is due
	 * Monday 11 March (5 working days), and the conversation held on 7 March meets it.
	 */
	@Test
	void aNotificationOfAbuseCallsForAConversationWithTheChildByTheMunicipalitysOwnLimit() throws Exception {
		CaseFile c = fixtures.caseOpenedAt(fixtures.unitA(), "test.a", "Underretning om overgreb", Instant.parse("2022-01-03T08:00:00Z"));
		event(c, "NOTIFICATION_RECEIVED", "2024-03-04T10:00").andExpect(status().isCreated())
			.andExpect(jsonPath("$[*].ruleCode").value(not(hasItem("ABUSE_CONVERSATION"))));
		event(c, "NOTIFICATION_CONCERNS_ABUSE", "2024-03-04T14:00").andExpect(status().isCreated())
			.andExpect(jsonPath("$[?(@.ruleCode == 'ABUSE_CONVERSATION')].dueDate").value(hasItem("2024-03-11")))
			.andExpect(jsonPath("$[?(@.ruleCode == 'ABUSE_CONVERSATION')].law").value(hasItem("Barnets lov § 137, stk. 3")))
			.andExpect(jsonPath("$[?(@.ruleCode == 'ABUSE_CONVERSATION')].status").value(hasItem("OPEN")));
		mvc.perform(get("/api/deadlines/mine").with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(jsonPath("$[?(@.caseNumber == '" + c.caseNumber() + "')].ruleCode").value(hasItem("ABUSE_CONVERSATION")));
		event(c, "CHILD_CONVERSATION_HELD", "2024-03-07T10:00").andExpect(status().isCreated())
			.andExpect(jsonPath("$[?(@.ruleCode == 'ABUSE_CONVERSATION')].status").value(hasItem("MET")));
	}

	/** A receipt sent to a professional notifier on Friday 8 November 2024: the notice is due 6 December, given on 10 December. */
	@Test
	void theReceiptToAProfessionalNotifierStartsTheNoticeOfWhatTheNotificationLedTo() throws Exception {
		CaseFile c = fixtures.caseOpenedAt(fixtures.unitA(), "test.a", "Underretning fra skolen", Instant.parse("2022-01-03T08:00:00Z"));
		event(c, "NOTIFICATION_RECEIVED", "2024-11-06T09:00").andExpect(status().isCreated())
			.andExpect(jsonPath("$[*].ruleCode").value(not(hasItem("NOTIFIER_NOTICE"))));
		event(c, "RECEIPT_SENT", "2024-11-08T12:00").andExpect(status().isCreated())
			.andExpect(jsonPath("$[?(@.ruleCode == 'NOTIFIER_RECEIPT')].status").value(hasItem("MET")))
			.andExpect(jsonPath("$[?(@.ruleCode == 'NOTIFIER_NOTICE')].dueDate").value(hasItem("2024-12-06")))
			.andExpect(jsonPath("$[?(@.ruleCode == 'NOTIFIER_NOTICE')].law").value(hasItem("Barnets lov § 138, stk. 2")));
		event(c, "NOTIFIER_INFORMED", "2024-12-10T10:00").andExpect(status().isCreated())
			.andExpect(jsonPath("$[?(@.ruleCode == 'NOTIFIER_NOTICE')].status").value(hasItem("MET_LATE")));
	}

	@Test
	void theCalculatorCountsTheLocalLimitByTheCalendarAndSaysTheLawSetsNone() throws Exception {
		fixtures.unitA();
		// Wednesday before Easter 2024: Maundy Thursday, Good Friday and Easter Monday do not count
		calc("ABUSE_CONVERSATION", "2024-03-27").andExpect(status().isOk())
			.andExpect(jsonPath("$.due").value("2024-04-08"))
			.andExpect(jsonPath("$.explanation").value(containsString("5 hverdage (kommunens egen frist, gældende fra 01-10-2013) fra 27-03-2024 er 08-04-2024")))
			.andExpect(jsonPath("$.explanation").value(containsString("Loven fastsætter ingen frist")));
		calc("NOTIFIER_NOTICE", "2023-06-01").andExpect(jsonPath("$.due").value("2023-06-29"))
			.andExpect(jsonPath("$.law").value("Serviceloven § 155 b, stk. 2"));
		calc("ABUSE_CONVERSATION", "2023-06-01").andExpect(jsonPath("$.law").value("Serviceloven § 155 a, stk. 2"));
		// both came with the package on abuse, 1 October 2013
		calc("ABUSE_CONVERSATION", "2013-09-30").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("1. oktober 2013 eller senere")));
	}

	@Test
	void anAdministratorSetsANewLimitFromADateAndDeadlinesAlreadyRunningKeepTheirs() throws Exception {
		fixtures.unitA();
		var admin = user(users.loadUserByUsername("test.admin"));
		mvc.perform(get("/admin/limits").with(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Samtale med barnet efter underretning om overgreb")))
			.andExpect(content().string(containsString("5 hverdage")))
			.andExpect(content().string(containsString("4 uger")));
		String yesterday = LocalDate.now(ZoneId.of("Europe/Copenhagen")).minusDays(1).toString();
		decide(admin, "3", yesterday, "Ny procedure").andExpect(status().isOk())
			.andExpect(content().string(containsString("En ny frist kan gælde fra i dag eller senere")));
		decide(admin, "3", "2030-01-01", " ").andExpect(content().string(containsString("Begrund fristen")));
		decide(admin, "0", "2030-01-01", "Ny procedure").andExpect(content().string(containsString("fra 1 til 520")));
		decide(admin, "3", "2030-01-01", "Børnesamtalen holdes inden 3 hverdage efter byrådets beslutning om beredskabet.")
			.andExpect(status().is3xxRedirection());
		decide(admin, "4", "2030-01-01", "Igen").andExpect(content().string(containsString("allerede fastsat en frist for pligten fra den dato")));
		mvc.perform(get("/admin/limits").with(admin))
			.andExpect(content().string(containsString("Børnesamtalen holdes inden 3 hverdage efter byrådets beslutning om beredskabet.")))
			.andExpect(content().string(containsString("01-01-2030")));
		// Wednesday 2 January 2030 + 3 working days = Monday 7 January; the day before the change: 5 working days
		calc("ABUSE_CONVERSATION", "2030-01-02").andExpect(jsonPath("$.due").value("2030-01-07"));
		calc("ABUSE_CONVERSATION", "2029-12-31").andExpect(jsonPath("$.due").value("2030-01-08"));
		mvc.perform(post("/admin/local-limits").with(user(users.loadUserByUsername("test.a"))).with(csrf())
			.param("ruleCode", "ABUSE_CONVERSATION").param("unit", "WORKING_DAYS").param("amount", "1")
			.param("effectiveFrom", "2031-01-01").param("reason", "Forsøg")).andExpect(status().isForbidden());
	}

	private ResultActions decide(org.springframework.test.web.servlet.request.RequestPostProcessor admin, String amount, String from,
			String reason) throws Exception {
		return mvc.perform(post("/admin/local-limits").with(admin).with(csrf())
			.param("ruleCode", "ABUSE_CONVERSATION").param("unit", "WORKING_DAYS").param("amount", amount)
			.param("effectiveFrom", from).param("reason", reason));
	}
}
