package dk.sagsvagt.deadlines;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.cases.RegisterCase;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class DeadlineStatisticsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Cases cases;

	@Autowired
	CaseDeadlines deadlines;

	@Autowired
	DeadlineStatistics statistics;

	@Autowired
	UserDetailsService users;

	@Test
	void sharesAndProcessingTimesPerUnitCaseTypeAndMonth() throws Exception {
		long unit = fixtures.unitC();
		Instant start = Instant.parse("2025-03-03T09:00:00Z");
		// two housing applications in unit C, March 2025: decided after 20 and 100 days (limit 12 weeks)
		for (int days : new int[] { 20, 100 }) {
			CaseFile c = cases.register(new RegisterCase("HOUSING_OFFER", "Statistiksag " + days, Fixtures.newChildCpr(), null),
					unit, fixtures.staffId("test.c"), start, "test");
			deadlines.recordHistoric(c.id(), c.caseNumber(), c.caseType(), unit, c.caseworkerId(), "APPLICATION_RECEIVED", start, "test");
			deadlines.recordHistoric(c.id(), c.caseNumber(), c.caseType(), unit, c.caseworkerId(), "DECISION_SENT",
					start.plus(days, ChronoUnit.DAYS), "test");
		}
		DeadlineStatistics.Line line = statistics.lines()
			.stream()
			.filter(l -> l.unit().equals("Testenhed C") && l.caseType().equals("Botilbud") && l.month().equals("marts 2025"))
			.findFirst()
			.orElseThrow();
		assertThat(line.closed()).isEqualTo(2);
		assertThat(line.metOnTimeShare()).isEqualTo(0.5);
		assertThat(line.processingDaysMedian()).isEqualTo(60.0);
		assertThat(line.processingDaysP90()).isEqualTo(92.0);

		var leader = user(users.loadUserByUsername("test.director"));
		String csv = new String(mvc.perform(get("/deadlines/statistics.csv").with(leader)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFEnhed;Sagstype;Måned;").contains("Testenhed C;Botilbud;marts 2025;2;0,50;60,00;92,00;0;0");
		byte[] xlsx = mvc.perform(get("/deadlines/statistics.xlsx").with(leader)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = workbook.getSheet("Fristoverholdelse");
			assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Andel overholdt");
			boolean found = false;
			for (var row : sheet) {
				if (row.getRowNum() > 0 && row.getCell(0).getStringCellValue().equals("Testenhed C")
						&& row.getCell(2).getStringCellValue().equals("marts 2025")) {
					assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(0.5);
					found = true;
				}
			}
			assertThat(found).isTrue();
		}
		mvc.perform(get("/deadlines/statistics").with(leader)).andExpect(status().isOk());
		mvc.perform(get("/deadlines/statistics").with(user(users.loadUserByUsername("test.ombud")))).andExpect(status().isForbidden());
	}

	@Test
	void aUnitNameThatLooksLikeAFormulaComesOutOfTheCsvAsText() {
		String csv = new String(statistics.csv(java.util.List.of(new DeadlineStatistics.Line("=HYPERLINK(\"http://x\")", "NOTIFICATION",
				"2025-03", 2, 0.5, null, null, 0, 0, 0))), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("\r\n\"'=HYPERLINK(\"\"http://x\"\")\";NOTIFICATION;2025-03;2;0,50;;;0;0;0\r\n");
	}
}
