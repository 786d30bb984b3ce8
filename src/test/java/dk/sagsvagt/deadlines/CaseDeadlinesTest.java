package dk.sagsvagt.deadlines;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.access.AccessGrants;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.deadlines.internal.DeadlineWatch;
import dk.sagsvagt.deadlines.internal.ProcessingTimeLimits;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CaseDeadlinesTest {

	/** When the cases these tests register events on were opened: before every event they register. */
	static final Instant LONG_AGO = Instant.parse("2022-01-03T08:00:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	DeadlineWatch watch;

	@Autowired
	AccessGrants grants;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbcClient;

	@Autowired
	RuleCatalogue catalogue;

	@Autowired
	DeadlineCalculator calculator;

	@Autowired
	dk.sagsvagt.cases.Cases cases;

	@Autowired
	dk.sagsvagt.cases.CaseLists caseLists;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transaction;

	@Autowired
	ProcessingTimeLimits limits;

	@Autowired
	dk.sagsvagt.shared.WorkingDayCalendar calendar;

	@Autowired
	DeadlineStatistics statistics;

	@Autowired
	RuleEffects effects;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	ResultActions event(String user, CaseFile c, String event, Instant at) throws Exception {
		return mvc.perform(post("/api/cases/{n}/deadline-events", c.caseNumber()).with(httpBasic(user, Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"event\":\"" + event + "\"" + (at == null ? "" : ",\"occurredAt\":\"" + at + "\""
					+ ",\"lateReason\":\"Registreret efterfølgende\"") + "}"));
	}

	@Test
	void aNotificationStartsItsDeadlinesAndTheAssessmentMeetsOne() throws Exception {
		CaseFile c = fixtures.caseOpenedAt(fixtures.unitA(), "test.a", "Underretning med frister", LONG_AGO);
		Instant received = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
		event("test.a", c, "NOTIFICATION_RECEIVED", received).andExpect(status().isCreated())
			.andExpect(jsonPath("$[?(@.ruleCode == 'NOTIFICATION_ASSESSMENT')].dueAt").value(hasItem(received.plus(24, ChronoUnit.HOURS).toString())))
			.andExpect(jsonPath("$[?(@.ruleCode == 'NOTIFICATION_ASSESSMENT')].law").value(hasItem("Barnets lov § 136")))
			.andExpect(jsonPath("$[?(@.ruleCode == 'NOTIFIER_RECEIPT')].status").value(hasItem("OPEN")));
		event("test.a", c, "NOTIFICATION_ASSESSED", null).andExpect(status().isCreated())
			.andExpect(jsonPath("$[?(@.ruleCode == 'NOTIFICATION_ASSESSMENT')].status").value(hasItem("MET")))
			.andExpect(jsonPath("$[?(@.ruleCode == 'NOTIFIER_RECEIPT')].status").value(hasItem("OPEN")));
	}

	/**
	 * Barnets lov § 95, stk. 2: the first follow-up on a measure at the earliest of the end of an assessment running
	 * alongside it and three months after it started. Assessment started 15 January 2024, measure started 1 March,
	 * assessment finished 10 April: the follow-up is due 10 April, not 1 June. Before: it stayed at 1 June.
	 */
	@Test
	void theFirstFollowUpIsDueWhenAnAssessmentRunningAlongsideTheMeasureFinishesIfThatIsEarlier() throws Exception {
		CaseFile c = fixtures.caseOpenedAt(fixtures.unitA(), "test.a", "Indsats under undersøgelse", LONG_AGO);
		event("test.a", c, "NEED_BECAME_KNOWN", at("2024-01-15T09:00")).andExpect(status().isCreated());
		event("test.a", c, "MEASURE_STARTED", at("2024-03-01T09:00")).andExpect(status().isCreated())
			.andExpect(jsonPath("$[?(@.ruleCode == 'FOLLOW_UP')].dueDate").value(hasItem("2024-06-01")));
		event("test.a", c, "ASSESSMENT_FINISHED", at("2024-04-10T14:00")).andExpect(status().isCreated())
			.andExpect(jsonPath("$[?(@.ruleCode == 'FOLLOW_UP')].dueDate").value(hasItem("2024-04-10")))
			.andExpect(jsonPath("$[?(@.ruleCode == 'FOLLOW_UP')].status").value(hasItem("OPEN")));
		assertThat(jdbc.queryForObject("""
				SELECT c.reason FROM deadlines.deadline_change c JOIN deadlines.deadline d ON d.id = c.deadline_id
				WHERE d.case_id = ? AND c.kind = 'EARLIER_BY_EVENT'""", String.class, c.id()))
			.isEqualTo("Barnets lov § 95: det tidligste af de to tidspunkter – børnefaglig undersøgelse afsluttet den 10. april 2024");

		// an assessment finished before the measure started runs alongside nothing: three months from the start
		CaseFile before = fixtures.caseOpenedAt(fixtures.unitA(), "test.a", "Indsats efter undersøgelse", LONG_AGO);
		event("test.a", before, "NEED_BECAME_KNOWN", at("2024-01-15T09:00")).andExpect(status().isCreated());
		event("test.a", before, "ASSESSMENT_FINISHED", at("2024-02-20T09:00")).andExpect(status().isCreated());
		event("test.a", before, "MEASURE_STARTED", at("2024-03-01T09:00")).andExpect(status().isCreated())
			.andExpect(jsonPath("$[?(@.ruleCode == 'FOLLOW_UP')].dueDate").value(hasItem("2024-06-01")));
		// under serviceloven (before 2024) the rule had no "earliest of": three months stay three months
		CaseFile old = fixtures.caseOpenedAt(fixtures.unitA(), "test.a", "Foranstaltning efter serviceloven", LONG_AGO);
		event("test.a", old, "NEED_BECAME_KNOWN", at("2023-01-16T09:00")).andExpect(status().isCreated());
		event("test.a", old, "MEASURE_STARTED", at("2023-03-01T09:00")).andExpect(status().isCreated());
		event("test.a", old, "ASSESSMENT_FINISHED", at("2023-04-10T09:00")).andExpect(status().isCreated())
			.andExpect(jsonPath("$[?(@.ruleCode == 'FOLLOW_UP')].dueDate").value(hasItem("2023-06-01")));
	}

	/**
	 * Issue 19, events registered after the fact: a notification received Friday 27 November 2026 at 16:00 and
	 * registered Monday 30 November at 09:00 is dated Friday, so its 24-hour assessment is already overdue (due
	 * Saturday 16:00) and counted; a letter received Wednesday 25 November and registered that Monday is 3 working
	 * days late and needs a reason, kept on the event, the timeline, the history and in the statistics. Never in the
	 * future, never before the case began.
	 */
	@Test
	void anEventRegisteredLateIsDatedWhenItHappenedAndALateRegistrationNeedsItsReason() throws Exception {
		CaseDeadlines monday = new CaseDeadlines(jdbcClient, catalogue, calculator, cases, caseLists, transaction,
				java.time.Clock.fixed(at("2026-11-30T09:00"), java.time.ZoneId.of("Europe/Copenhagen")), limits, calendar, effects);
		CaseFile c = cases.register(new dk.sagsvagt.cases.RegisterCase("PREVENTIVE_MEASURE", "Registreret efter weekenden",
				Fixtures.newChildCpr(), "Testbarn"), fixtures.unitA(), fixtures.staffId("test.a"), at("2026-11-20T10:00"), "test");
		CurrentUser anne = currentUser("test.a");
		monday.record(c, "NOTIFICATION_RECEIVED", at("2026-11-27T16:00"), null, null, anne);
		CaseDeadline assessment = monday.ofCase(c).stream().filter(d -> d.ruleCode().equals("NOTIFICATION_ASSESSMENT")).findFirst().orElseThrow();
		assertThat(assessment.dueAt()).isEqualTo(at("2026-11-28T16:00"));
		assertThat(assessment.isOverdue(at("2026-11-30T09:00"))).isTrue();

		assertThatThrownBy(() -> monday.record(c, "ACCESS_REQUEST_RECEIVED", at("2026-11-25T11:00"), null, " ", anne))
			.isInstanceOf(dk.sagsvagt.shared.InvalidInputException.class)
			.hasMessage("Hændelsen registreres 3 hverdage efter, at den fandt sted. Skriv hvorfor den registreres for sent.");
		monday.record(c, "ACCESS_REQUEST_RECEIVED", at("2026-11-25T11:00"), null, "Brevet lå i den fælles postkasse", anne);
		assertThat(jdbc.queryForObject("SELECT late_reason FROM deadlines.case_event WHERE case_id = ? AND event = 'ACCESS_REQUEST_RECEIVED'",
				String.class, c.id())).isEqualTo("Brevet lå i den fælles postkasse");
		CaseDeadline access = monday.ofCase(c).stream().filter(d -> d.ruleCode().equals("ACCESS_REQUEST")).findFirst().orElseThrow();
		assertThat(access.dueDate()).as("7 working days from when it was received").isEqualTo(java.time.LocalDate.of(2026, 12, 4));
		mvc.perform(get("/api/cases/{n}/deadlines/{id}/history", c.caseNumber(), access.id()).with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(jsonPath("$[0].reason").value(containsString("registreret for sent den 30-11-2026 kl. 09:00: Brevet lå i den fælles postkasse")));
		assertThat(jdbc.queryForList("SELECT summary FROM cases.case_event WHERE case_id = ?", String.class, c.id()))
			.anyMatch(d -> d.contains("registreret for sent") && d.contains("Brevet lå i den fælles postkasse"));
		assertThat(statistics.lines().stream().mapToLong(DeadlineStatistics.Line::registeredLate).sum()).isPositive();

		assertThatThrownBy(() -> monday.record(c, "INQUIRY_RECEIVED", at("2026-11-19T10:00"), null, "Sent", anne))
			.hasMessageContaining("før sagen begyndte");
		assertThatThrownBy(() -> monday.record(c, "INQUIRY_RECEIVED", at("2026-12-01T10:00"), null, null, anne))
			.hasMessage("Hændelsen kan ikke ligge i fremtiden.");
	}

	private CurrentUser currentUser(String username) {
		return new CurrentUser(username, fixtures.staffId(username), "Anne Testsen", dk.sagsvagt.organisation.StaffRole.CASEWORKER,
				fixtures.unitA());
	}

	/**
	 * Barnets lov § 20, stk. 3: by 4 months the assessment is finished or a preliminary assessment made. Need known
	 * 15 January 2024: both due 15 May. Finished 10 April: the preliminary assessment is no longer needed (ended with
	 * the reason). Made 10 May and the assessment finished 20 June: the preliminary one in time, the assessment late.
	 */
	@Test
	void aPreliminaryAssessmentIsDueWhenTheAssessmentRunsPastFourMonths() throws Exception {
		CaseFile inTime = fixtures.caseOpenedAt(fixtures.unitA(), "test.a", "Undersøgelse i tide", LONG_AGO);
		event("test.a", inTime, "NEED_BECAME_KNOWN", at("2024-01-15T09:00")).andExpect(status().isCreated())
			.andExpect(jsonPath("$[?(@.ruleCode == 'PRELIMINARY_ASSESSMENT')].dueDate").value(hasItem("2024-05-15")))
			.andExpect(jsonPath("$[?(@.ruleCode == 'PRELIMINARY_ASSESSMENT')].law").value(hasItem("Barnets lov § 20, stk. 3")));
		event("test.a", inTime, "ASSESSMENT_FINISHED", at("2024-04-10T09:00")).andExpect(status().isCreated())
			.andExpect(jsonPath("$[?(@.ruleCode == 'PRELIMINARY_ASSESSMENT')].status").value(hasItem("ENDED")))
			.andExpect(jsonPath("$[?(@.ruleCode == 'CHILD_ASSESSMENT')].status").value(hasItem("MET")));
		assertThat(jdbc.queryForObject("""
				SELECT c.reason FROM deadlines.deadline_change c JOIN deadlines.deadline d ON d.id = c.deadline_id
				WHERE d.case_id = ? AND c.kind = 'ENDED'""", String.class, inTime.id()))
			.isEqualTo("Undersøgelsen er afsluttet; en foreløbig vurdering er ikke længere nødvendig (barnets lov § 20, stk. 3).");

		CaseFile late = fixtures.caseOpenedAt(fixtures.unitA(), "test.a", "Undersøgelse der trak ud med foreløbig vurdering", LONG_AGO);
		event("test.a", late, "NEED_BECAME_KNOWN", at("2024-01-15T09:00")).andExpect(status().isCreated());
		event("test.a", late, "PRELIMINARY_ASSESSMENT_MADE", at("2024-05-10T09:00")).andExpect(status().isCreated())
			.andExpect(jsonPath("$[?(@.ruleCode == 'PRELIMINARY_ASSESSMENT')].status").value(hasItem("MET")));
		event("test.a", late, "ASSESSMENT_FINISHED", at("2024-06-20T09:00")).andExpect(status().isCreated())
			.andExpect(jsonPath("$[?(@.ruleCode == 'CHILD_ASSESSMENT')].status").value(hasItem("MET_LATE")))
			.andExpect(jsonPath("$[?(@.ruleCode == 'PRELIMINARY_ASSESSMENT')].status").value(hasItem("MET")));
	}

	/** Barnets lov § 108, stk. 3: the young person's plan within 3 months of turning 16 (30 November 2024: 28 February 2025). */
	@Test
	void aYoungPersonsPlanIsDueThreeMonthsAfterTheSixteenthBirthday() throws Exception {
		CaseFile c = fixtures.caseOpenedAt(fixtures.unitA(), "test.a", "Ung på 16", LONG_AGO);
		event("test.a", c, "TURNED_SIXTEEN", at("2024-11-30T00:00")).andExpect(status().isCreated())
			.andExpect(jsonPath("$[?(@.ruleCode == 'YOUNG_PERSON_PLAN')].dueDate").value(hasItem("2025-02-28")))
			.andExpect(jsonPath("$[?(@.ruleCode == 'YOUNG_PERSON_PLAN')].law").value(hasItem("Barnets lov § 108, stk. 3")));
		event("test.a", c, "YOUNG_PERSON_PLAN_MADE", at("2025-02-20T10:00")).andExpect(status().isCreated())
			.andExpect(jsonPath("$[?(@.ruleCode == 'YOUNG_PERSON_PLAN')].status").value(hasItem("MET")));
	}

	private static Instant at(String copenhagen) {
		return java.time.LocalDateTime.parse(copenhagen).atZone(java.time.ZoneId.of("Europe/Copenhagen")).toInstant();
	}

	@Test
	void anAssessmentFinishedAfterFourMonthsIsMetLate() throws Exception {
		CaseFile c = fixtures.caseOpenedAt(fixtures.unitA(), "test.a", "Undersøgelse der trak ud", LONG_AGO);
		event("test.a", c, "NEED_BECAME_KNOWN", Instant.now().minus(150, ChronoUnit.DAYS)).andExpect(status().isCreated());
		mvc.perform(get("/api/deadlines/mine").with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(jsonPath("$[*].caseNumber").value(hasItem(c.caseNumber())));
		event("test.a", c, "ASSESSMENT_FINISHED", null)
			.andExpect(jsonPath("$[?(@.ruleCode == 'CHILD_ASSESSMENT')].status").value(hasItem("MET_LATE")));
		mvc.perform(get("/api/deadlines/mine").with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(content().string(not(containsString(c.caseNumber()))));
	}

	@Test
	void theWorklistSortsByDueDateCaseOrRule() throws Exception {
		CaseFile first = fixtures.caseOpenedAt(fixtures.unitA(), "test.a", "Sorteringssag 1", LONG_AGO);
		CaseFile second = fixtures.caseOpenedAt(fixtures.unitA(), "test.a", "Sorteringssag 2", LONG_AGO);
		event("test.a", second, "NEED_BECAME_KNOWN", Instant.now().minus(100, ChronoUnit.DAYS)).andExpect(status().isCreated());
		event("test.a", first, "NEED_BECAME_KNOWN", Instant.now().minus(10, ChronoUnit.DAYS)).andExpect(status().isCreated());
		var a = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("test.a"));
		String byDue = mvc.perform(get("/deadlines/mine").with(a)).andReturn().getResponse().getContentAsString();
		assertThat(byDue.indexOf(second.caseNumber())).isLessThan(byDue.indexOf(first.caseNumber()));
		String byCase = mvc.perform(get("/deadlines/mine").param("sort", "case").with(a))
			.andReturn().getResponse().getContentAsString();
		assertThat(byCase.indexOf(first.caseNumber())).isLessThan(byCase.indexOf(second.caseNumber()));
	}

	@Test
	void theDailyJobRunTwiceGivesOneWarning() throws Exception {
		CaseFile c = fixtures.caseOpenedAt(fixtures.unitA(), "test.a", "Overskredet frist til advarsel", LONG_AGO);
		event("test.a", c, "NEED_BECAME_KNOWN", Instant.now().minus(200, ChronoUnit.DAYS)).andExpect(status().isCreated());
		long deadline = jdbc.queryForObject("SELECT id FROM deadlines.deadline WHERE case_id = ? AND rule_code = 'CHILD_ASSESSMENT'",
				Long.class, c.id());
		assertThat(watch.run()).isPositive();
		watch.run();
		assertThat(jdbc.queryForList("SELECT kind FROM deadlines.warning WHERE deadline_id = ?", String.class, deadline))
			.containsExactly("OVERDUE");
	}

	@Test
	void badEventsAreRefusedAndNothingChanges() throws Exception {
		CaseFile c = fixtures.caseOpenedAt(fixtures.unitA(), "test.a", "Forkerte hændelser", LONG_AGO);
		event("test.a", c, "KAFFEPAUSE", null).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("event"));
		event("test.a", c, "NOTIFICATION_RECEIVED", Instant.now().plus(3, ChronoUnit.DAYS)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("occurredAt"));
		event("test.b", c, "NOTIFICATION_RECEIVED", null).andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("SELECT count(*) FROM deadlines.case_event WHERE case_id = ?", Integer.class, c.id())).isZero();
	}

	@Test
	void mineFristerLeavesOutProtectedCases() throws Exception {
		CaseFile c = fixtures.caseOpenedAt(fixtures.unitA(), "test.a", "Beskyttet sag med frist", LONG_AGO);
		event("test.a", c, "NEED_BECAME_KNOWN", Instant.now().minus(1, ChronoUnit.DAYS)).andExpect(status().isCreated());
		grants.protectCase(c.id(), "Medarbejders familie", List.of("test.leader.a"), "test.admin");
		mvc.perform(get("/api/deadlines/mine").with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(c.caseNumber()))));
	}
}
