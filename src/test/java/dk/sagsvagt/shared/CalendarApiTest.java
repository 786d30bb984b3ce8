package dk.sagsvagt.shared;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CalendarApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void listsHolidaysAndClosureDaysWithNames() throws Exception {
		fixtures.unitA();
		mvc.perform(get("/api/calendar/2023").with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.publicHolidays.length()").value(11))
			.andExpect(jsonPath("$.publicHolidays[5].date").value("2023-05-05"))
			.andExpect(jsonPath("$.publicHolidays[5].name").value("Store bededag"))
			.andExpect(jsonPath("$.closureDays[0].date").value("2023-06-05"))
			.andExpect(jsonPath("$.closureDays[0].name").value("Grundlovsdag"))
			.andExpect(jsonPath("$.closureDaysAreNonWorking").value(false));
		mvc.perform(get("/api/calendar/2024").with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(jsonPath("$.publicHolidays.length()").value(10));
	}

	@Test
	void aYearOutsideTheRangeIsAProblem() throws Exception {
		fixtures.unitA();
		mvc.perform(get("/api/calendar/1800").with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("year"));
		mvc.perform(get("/api/calendar/abc").with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().isBadRequest());
	}
}
