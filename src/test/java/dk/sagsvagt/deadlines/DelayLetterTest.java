package dk.sagsvagt.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.cases.RegisterCase;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A housing offer applied for 100 days ago has passed its published limit of 12 weeks. */
@IntegrationTest
class DelayLetterTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Cases cases;

	@Autowired
	CaseDeadlines deadlines;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void anExceededLimitIsABreachUntilTheCitizenGetsALetterWhichIsJournaled() throws Exception {
		long unit = fixtures.unitA();
		Instant applied = Instant.now().minus(100, ChronoUnit.DAYS);
		CaseFile c = cases.register(new RegisterCase("HOUSING_OFFER", "Ansøgning om botilbud", "0505754321", "Bo Borger"),
				unit, fixtures.staffId("test.a"), applied, "test");
		deadlines.recordHistoric(c.id(), c.caseNumber(), c.caseType(), unit, c.caseworkerId(), "APPLICATION_RECEIVED", applied, "test");
		long id = jdbc.queryForObject("SELECT id FROM deadlines.deadline WHERE case_id = ? AND rule_code = 'PROCESSING_TIME'", Long.class, c.id());
		LocalDate appliedOn = applied.atZone(ZoneId.of("Europe/Copenhagen")).toLocalDate();
		assertThat(jdbc.queryForObject("SELECT due_date FROM deadlines.deadline WHERE id = ?", LocalDate.class, id))
			.isEqualTo(appliedOn.plusWeeks(12));
		mvc.perform(get("/deadlines/unit").with(user(users.loadUserByUsername("test.leader.a"))))
			.andExpect(content().string(containsString("Overskredet uden brev til borgeren")));

		String body = "{\"reason\":\"Vi afventer en udtalelse fra egen læge\",\"expected\":\"" + LocalDate.now().plusDays(30) + "\"}";
		byte[] draft = mvc.perform(post("/api/deadlines/{id}/delay-letter/draft", id).with(httpBasic("test.a", Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument pdf = Loader.loadPDF(draft)) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("Din sag tager længere tid end forventet", c.caseNumber(),
					"Vi afventer en udtalelse fra egen læge", "retssikkerhedslovens § 3, stk. 2", Fixtures.SIGNED_BY_TEST_A)
				.doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}(?!\\d)");
		}
		assertThat(jdbc.queryForObject("SELECT count(*) FROM journal.document WHERE case_id = ?", Integer.class, c.id())).isZero();

		mvc.perform(post("/api/deadlines/{id}/delay-letter", id).with(httpBasic("test.a", Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.documentNumber").value(c.caseNumber() + "-1"));
		assertThat(jdbc.queryForObject("SELECT content_type FROM journal.document WHERE case_id = ?", String.class, c.id()))
			.isEqualTo("application/pdf");
		assertThat(jdbc.queryForObject("SELECT due_date FROM deadlines.deadline WHERE id = ?", LocalDate.class, id))
			.isEqualTo(LocalDate.now().plusDays(30));
		mvc.perform(get("/deadlines/unit").with(user(users.loadUserByUsername("test.leader.a"))))
			.andExpect(content().string(not(containsString("Overskredet uden brev til borgeren"))));
	}

	@Test
	void aLetterNeedsAReasonAndALaterDateAndOnlyFitsProcessingTimeLimits() throws Exception {
		long unit = fixtures.unitA();
		Instant applied = Instant.now().minus(10, ChronoUnit.DAYS);
		CaseFile c = cases.register(new RegisterCase("HOUSING_OFFER", "Ansøgning til fejltest", "0606754321", "Bo Borger"),
				unit, fixtures.staffId("test.a"), applied, "test");
		deadlines.recordHistoric(c.id(), c.caseNumber(), c.caseType(), unit, c.caseworkerId(), "APPLICATION_RECEIVED", applied, "test");
		long id = jdbc.queryForObject("SELECT id FROM deadlines.deadline WHERE case_id = ? AND rule_code = 'PROCESSING_TIME'", Long.class, c.id());
		mvc.perform(post("/api/deadlines/{id}/delay-letter", id).with(httpBasic("test.a", Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"expected\":\"2099-01-01\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("reason"));
		mvc.perform(post("/api/deadlines/{id}/delay-letter", id).with(httpBasic("test.a", Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\",\"expected\":\"" + LocalDate.now() + "\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("expected"));
		mvc.perform(post("/api/deadlines/{id}/delay-letter", id).with(httpBasic("test.b", Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\",\"expected\":\"2099-01-01\"}"))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("SELECT count(*) FROM journal.document WHERE case_id = ?", Integer.class, c.id())).isZero();
	}
}
