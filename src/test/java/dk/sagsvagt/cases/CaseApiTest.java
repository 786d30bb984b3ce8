package dk.sagsvagt.cases;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CaseApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void createsACaseForACitizenByCpr() throws Exception {
		fixtures.unitA();
		String cpr = Fixtures.newChildCpr();
		MvcResult created = mvc.perform(post("/api/cases").with(httpBasic("test.a", Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"caseType": "NOTIFICATION", "title": "Underretning fra skolen", "citizenCpr": "%s", "citizenName": "Sofie Skolebarn"}""".formatted(cpr)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern("/api/cases/\\d{4}-\\d{7}")))
			.andExpect(jsonPath("$.caseNumber").value(matchesPattern("\\d{4}-\\d{7}")))
			.andExpect(jsonPath("$.kle").value("34.10.30"))
			.andExpect(jsonPath("$.parties[0].maskedCpr").value(cpr.substring(0, 6) + "-XXXX"))
			.andExpect(jsonPath("$.parties[0].role").value("PRIMARY"))
			.andReturn();
		String location = created.getResponse().getHeader("Location");

		mvc.perform(get(location).with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Underretning fra skolen"))
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(cpr.substring(6)))));
	}

	@Test
	void listsCaseTypes() throws Exception {
		mvc.perform(get("/api/case-types").with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.code == 'PLACEMENT')].name").value("Anbringelse uden for hjemmet"));
	}

	@Test
	void unknownCaseIsProblem404InDanish() throws Exception {
		fixtures.unitA();
		mvc.perform(get("/api/cases/1999-0000001").with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value("Sag 1999-0000001 findes ikke."));
	}

	@Test
	void invalidCprIs400NamingTheReasonAndTheField() throws Exception {
		fixtures.unitA();
		mvc.perform(post("/api/cases").with(httpBasic("test.a", Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"caseType": "NOTIFICATION", "title": "Ugyldigt CPR", "citizenCpr": "310290-1234"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("citizenCpr"))
			.andExpect(jsonPath("$.detail").value(containsString("ikke en gyldig dato")));
	}

	@Test
	void missingFieldsAre400WithEveryField() throws Exception {
		fixtures.unitA();
		mvc.perform(post("/api/cases").with(httpBasic("test.a", Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"caseType\": \"NOTIFICATION\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("title", "citizenCpr")));
	}

	@Test
	void unknownCaseTypeIs400() throws Exception {
		fixtures.unitA();
		mvc.perform(post("/api/cases").with(httpBasic("test.a", Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"caseType": "NOPE", "title": "x", "citizenCpr": "%s"}""".formatted(Fixtures.newChildCpr())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("caseType"));
	}

	@Test
	void withoutCredentialsTheApiAnswers401ProblemJson() throws Exception {
		mvc.perform(get("/api/cases"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("Log ind")));
	}

	@Test
	void aFailedCreationLeavesNothingHalfSaved() throws Exception {
		fixtures.unitA();
		String cpr = Fixtures.newChildCpr();
		jdbc.execute("""
				CREATE FUNCTION public.fail_party() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN RAISE EXCEPTION 'simulated failure'; END $$""");
		jdbc.execute("CREATE TRIGGER fail_party BEFORE INSERT ON cases.case_party FOR EACH ROW EXECUTE FUNCTION public.fail_party()");
		try {
			mvc.perform(post("/api/cases").with(httpBasic("test.a", Fixtures.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"caseType": "NOTIFICATION", "title": "Halvt gemt?", "citizenCpr": "%s", "citizenName": "Halvor Halvgemt"}""".formatted(cpr)))
				.andExpect(status().isInternalServerError())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value(containsString("Intet er gemt")));
		}
		finally {
			jdbc.execute("DROP TRIGGER fail_party ON cases.case_party");
			jdbc.execute("DROP FUNCTION public.fail_party()");
		}
		assertThat(jdbc.queryForObject("SELECT count(*) FROM citizens.citizen WHERE cpr = ?", Integer.class, cpr)).isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM cases.case_file WHERE title = 'Halvt gemt?'", Integer.class)).isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM cases.case_event WHERE summary LIKE '%Halvt gemt?%'", Integer.class)).isZero();
	}
}
