package dk.sagsvagt.browser;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.deadlines.CaseDeadlines;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Staff;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** An overdue deadline shows on "Mine frister" and on the case page, marked as overdue. */
@IntegrationTest
class DeadlinesBrowserTest extends BrowserTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Cases cases;

	@Autowired
	CaseDeadlines deadlines;

	@Autowired
	Organisation organisation;

	@Test
	void anOverdueDeadlineIsMarkedOnMineFrister() {
		Staff worker = organisation.staffByUsername("sagsbehandler").orElseThrow();
		CurrentUser user = new CurrentUser(worker.username(), worker.id(), worker.fullName(), worker.role(), worker.unitId());
		String caseNumber = jdbc.queryForObject("""
				SELECT case_number FROM cases.case_file WHERE caseworker_id = ? AND status = 'OPEN' ORDER BY id LIMIT 1""",
				String.class, worker.id());
		CaseFile caseFile = cases.open(caseNumber, user);
		deadlines.recordEstablished(caseFile, "NEED_BECAME_KNOWN", Instant.now().minus(130, ChronoUnit.DAYS), null, user.username());

		new Pages.LoginPage(driver, base()).open().logInAs("sagsbehandler", "demo");
		driver.get(base() + "/deadlines/mine");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Mine frister");
		var row = driver.findElements(By.cssSelector("#my-deadlines tbody tr"))
			.stream()
			.filter(r -> r.getText().contains(caseNumber) && r.getText().contains("Børnefaglig undersøgelse afsluttet"))
			.findFirst()
			.orElseThrow();
		assertThat(row.getText()).contains("overskredet med 7 dage").contains("Barnets lov § 20, stk. 3");
		Browser.assertAccessible(driver);

		driver.get(base() + "/cases/" + caseNumber);
		Pages.waitFor(driver).until(d -> !d.findElements(By.id("deadline-table")).isEmpty());
		assertThat(driver.findElement(By.id("deadline-table")).getText()).contains("Overskredet");
		Browser.assertAccessible(driver);
	}
}
