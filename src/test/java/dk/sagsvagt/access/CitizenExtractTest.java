package dk.sagsvagt.access;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.citizens.Citizens;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CitizenExtractTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Citizens citizens;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void listsWhoReadTheCitizensDataByRoleAndUnitAndLogsTheRequest() throws Exception {
		CaseFile c = fixtures.caseIn(fixtures.unitA(), "test.a", "Sag til indsigt");
		String cpr = citizens.get(c.primaryCitizenId()).cpr().digits();
		mvc.perform(get("/api/cases/{n}", c.caseNumber()).with(httpBasic("test.a", Fixtures.PASSWORD))).andExpect(status().isOk());
		mvc.perform(get("/api/cases/{n}", c.caseNumber()).with(httpBasic("test.c", Fixtures.PASSWORD))).andExpect(status().isForbidden());

		String body = "{\"cpr\":\"" + cpr + "\",\"from\":\"2000-01-01\",\"to\":\"2099-12-31\"}";
		byte[] pdf = mvc.perform(post("/api/access-log/extract").with(httpBasic("test.admin", Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		String text;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			text = new PDFTextStripper().getText(document);
		}
		assertThat(text).contains("Udtræk fra adgangsloggen", "Sagsbehandler", "Testenhed A", "Testenhed C", "Så sagen",
				c.caseNumber(), "Givet", "Afvist", cpr.substring(0, 6) + "-XXXX");
		assertThat(text).doesNotContain(cpr.substring(6)).doesNotContain("test.a");
		assertThat(jdbc.queryForObject("""
				SELECT count(*) FROM access.access_log WHERE action = 'CITIZEN_EXTRACT' AND username = 'test.admin'
				AND citizen_ids @> ARRAY[?]::bigint[]""", Integer.class, c.primaryCitizenId())).isOne();
	}

	@Test
	void onlyAdministratorsMayAskAndBadInputIsExplained() throws Exception {
		fixtures.unitA();
		mvc.perform(post("/api/access-log/extract").with(httpBasic("test.a", Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"cpr\":\"0101901234\",\"from\":\"2000-01-01\",\"to\":\"2001-01-01\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/access-log/extract").with(httpBasic("test.admin", Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"cpr\":\"0101901234\",\"from\":\"2001-01-01\",\"to\":\"2000-01-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("to"));
		mvc.perform(post("/api/access-log/extract").with(httpBasic("test.admin", Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"cpr\":\"3199\",\"from\":\"2000-01-01\",\"to\":\"2001-01-01\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("cpr"));
	}
}
