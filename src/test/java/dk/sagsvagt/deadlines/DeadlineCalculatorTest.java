package dk.sagsvagt.deadlines;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Every rule of the catalogue computed for concrete start dates, through the API. */
@IntegrationTest
class DeadlineCalculatorTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	ResultActions calc(String rule, String start, String variant) throws Exception {
		fixtures.unitA();
		var request = get("/api/deadline-calculator").param("rule", rule).param("start", start);
		if (variant != null) {
			request.param("variant", variant);
		}
		return mvc.perform(request.with(httpBasic("test.a", Fixtures.PASSWORD)));
	}

	void due(String rule, String start, String variant, String due, String law) throws Exception {
		calc(rule, start, variant).andExpect(status().isOk())
			.andExpect(jsonPath("$.due").value(due))
			.andExpect(jsonPath("$.law").value(law));
	}

	@Test
	void notificationIsAssessedWithin24ClockHoursAcrossDaylightSavingAndTheLawChange() throws Exception {
		due("NOTIFICATION_ASSESSMENT", "2024-03-30T12:00", null, "2024-03-31T13:00+02:00", "Barnets lov § 136");
		due("NOTIFICATION_ASSESSMENT", "2023-12-31T18:00", null, "2024-01-01T18:00+01:00", "Serviceloven § 155, stk. 2");
	}

	@Test
	void receiptToANotifierWithinSixWorkingDays() throws Exception {
		due("NOTIFIER_RECEIPT", "2024-11-08", null, "2024-11-18", "Barnets lov § 138"); // a Friday
		due("NOTIFIER_RECEIPT", "2024-03-27", null, "2024-04-09", "Barnets lov § 138"); // before Easter
		due("NOTIFIER_RECEIPT", "2023-12-28", null, "2024-01-08", "Serviceloven § 155 b"); // across New Year 2024
	}

	@Test
	void childAssessmentWithinFourMonths() throws Exception {
		due("CHILD_ASSESSMENT", "2024-10-31", null, "2025-02-28", "Barnets lov § 20, stk. 3");
		due("CHILD_ASSESSMENT", "2023-10-31", null, "2024-02-29", "Serviceloven § 50, stk. 7");
		due("CHILD_ASSESSMENT", "2024-01-31", null, "2024-05-31", "Barnets lov § 20, stk. 3");
	}

	@Test
	void theChildsPlanDependsOnTheMeasure() throws Exception {
		calc("CHILD_PLAN", "2024-02-01", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("variant"))
			.andExpect(jsonPath("$.detail").value(containsString("PLACEMENT_WITHOUT_CONSENT")));
		calc("CHILD_PLAN", "2024-02-01", "PLACEMENT_WITHOUT_CONSENT").andExpect(jsonPath("$.due").value(nullValue()))
			.andExpect(jsonPath("$.unit").value("BEFORE_DECISION"))
			.andExpect(jsonPath("$.explanation").value(containsString("før afgørelsen")));
		due("CHILD_PLAN", "2024-01-31", "PREVENTIVE", "2024-04-30", "Barnets lov § 91");
		due("CHILD_PLAN", "2024-01-31", "PLACEMENT_WITH_CONSENT", "2024-04-30", "Barnets lov § 91");
		calc("CHILD_PLAN", "2023-06-01", null).andExpect(jsonPath("$.unit").value("BEFORE_DECISION"))
			.andExpect(jsonPath("$.law").value("Serviceloven § 140"));
		due("CHILD_PLAN", "2023-12-20", "URGENT", "2024-04-20", "Serviceloven § 140");
	}

	@Test
	void followUpFirstAfterThreeMonthsThenAsSetOrEverySixMonthsUnderTheOldLaw() throws Exception {
		due("FOLLOW_UP", "2024-01-31", "FIRST", "2024-04-30", "Barnets lov § 95");
		calc("FOLLOW_UP", "2024-06-30", "REPEAT").andExpect(jsonPath("$.due").value(nullValue()))
			.andExpect(jsonPath("$.unit").value("SET_PER_CASE"));
		due("FOLLOW_UP", "2023-06-30", "REPEAT", "2023-12-30", "Serviceloven § 70, stk. 2");
	}

	@Test
	void rulesWithoutADateOfTheirOwn() throws Exception {
		calc("CHILD_CONVERSATION", "2024-05-01", null).andExpect(jsonPath("$.unit").value("BEFORE_DECISION"))
			.andExpect(jsonPath("$.law").value("Barnets lov § 5, stk. 3-4"));
		calc("PROCESSING_TIME", "2024-05-01", null).andExpect(jsonPath("$.unit").value("PUBLISHED_LIMIT"))
			.andExpect(jsonPath("$.due").value(nullValue()));
		calc("OVERSIGHT_ANSWER", "2018-03-22", null).andExpect(jsonPath("$.unit").value("SET_PER_CASE"))
			.andExpect(jsonPath("$.law").value("Kommunestyrelsesloven § 65 e"));
	}

	@Test
	void accessRequestsInSevenWorkingDaysOverChristmas() throws Exception {
		// Friday 20 December 2024; 24 and 31 December are closure days but count as working days (safest date)
		due("ACCESS_REQUEST", "2024-12-20", null, "2025-01-03", "Offentlighedsloven § 36, stk. 2; forvaltningsloven § 16, stk. 2");
	}

	@Test
	void theCitizensComplaintPeriodEndingOnGoodFridayMovesToTheNextWorkingDay() throws Exception {
		due("COMPLAINT_PERIOD", "2024-03-01", null, "2024-04-02", "Retssikkerhedsloven § 67");
		calc("COMPLAINT_PERIOD", "2024-03-01", null).andExpect(jsonPath("$.explanation").value(containsString("29-03-2024, som er langfredag; fristen udløber derfor 02-04-2024")));
		due("COMPLAINT_PERIOD", "2024-05-06", null, "2024-06-03", "Retssikkerhedsloven § 67");
	}

	@Test
	void reconsiderationAndInquiryReply() throws Exception {
		due("RECONSIDERATION", "2024-12-20", null, "2025-01-17", "Retssikkerhedsloven § 66");
		due("INQUIRY_REPLY", "2024-12-20", null, "2025-01-08", "Kommunens servicemål");
	}

	@Test
	void badInputIsExplainedInDanish() throws Exception {
		calc("FINDES_IKKE", "2024-01-01", null).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("rule"));
		calc("CHILD_ASSESSMENT", "31-01-2024", null).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("start"))
			.andExpect(jsonPath("$.detail").value(containsString("er ikke en dato")));
		calc("FOLLOW_UP", "2024-01-01", "HVER_UGE").andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("variant"));
	}

	@Test
	void theCatalogueListsBothVersionsWhereTheLawChanged() throws Exception {
		fixtures.unitA();
		mvc.perform(get("/api/rules").with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'CHILD_ASSESSMENT')].law").value(
					org.hamcrest.Matchers.containsInAnyOrder("Serviceloven § 50, stk. 7", "Barnets lov § 20, stk. 3")));
	}

	@Test
	void theCalculatorPageShowsTheDeadlineAndItsParagraph() throws Exception {
		fixtures.unitA();
		mvc.perform(get("/deadline-calculator").param("rule", "CHILD_ASSESSMENT").param("start", "31-10-2024")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("test.a").roles("CASEWORKER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("28-02-2025")))
			.andExpect(content().string(containsString("Barnets lov § 20, stk. 3")));
	}

	/** A person types and reads Danish dates on the page (issue 18); across summer time, 24 hours are 25 on the clock. */
	@Test
	void thePageTakesADanishDateAndTimeAndShowsTheHourInDanish() throws Exception {
		fixtures.unitA();
		mvc.perform(get("/deadline-calculator").param("rule", "NOTIFICATION_ASSESSMENT").param("start", "30-03-2024 12:00")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("test.a").roles("CASEWORKER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("31-03-2024 kl. 13:00")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("2024-03-31"))));
		mvc.perform(get("/deadline-calculator").param("rule", "NOTIFICATION_ASSESSMENT").param("start", "31-02-2024")
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("test.a").roles("CASEWORKER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Datoen 31-02-2024 findes ikke.")));
	}
}
