package dk.sagsvagt.browser;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import dk.sagsvagt.access.AccessGrants;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.deadlines.CaseDeadlines;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A unit leader hands a leaving caseworker's two cases to a colleague: the case with a deadline tomorrow is refused
 * without a note (the colleague chosen stays chosen), then handed over with one; afterwards nothing is held.
 */
@IntegrationTest
class HandoverBrowserTest extends BrowserTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccessGrants grants;

	@Autowired
	CaseDeadlines deadlines;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aLeaderHandsOverALeavingCaseworkersCases() {
		fixtures.unitA();
		String leaver = "test.browserleaver." + System.nanoTime() % 1_000_000;
		grants.createUser(leaver, "Liv Afrejse", StaffRole.CASEWORKER, fixtures.unitA(), "en-lang-adgangskode-2", "test");
		long leaverId = fixtures.staffId(leaver);
		CaseFile urgent = fixtures.caseOfType(fixtures.unitA(), leaver, "NOTIFICATION", Fixtures.newChildCpr(), "Underretning til overdragelse");
		deadlines.recordHistoric(urgent.id(), urgent.caseNumber(), urgent.caseType(), urgent.unitId(), leaverId, "NOTIFICATION_RECEIVED",
				Instant.now().minus(1, ChronoUnit.HOURS), "test");
		CaseFile calm = fixtures.caseOfType(fixtures.unitA(), leaver, "PREVENTIVE_MEASURE", Fixtures.newChildCpr(), "Rolig sag");

		new Pages.LoginPage(driver, base()).open().logInAs("test.leader.a", Fixtures.PASSWORD);
		driver.get(base() + "/handover");
		Browser.assertAccessible(driver);
		driver.findElement(By.linkText("Liv Afrejse")).click();
		Pages.waitFor(driver).until(d -> d.getCurrentUrl().endsWith("/handover/" + leaver));
		assertThat(driver.findElement(By.id("held-" + urgent.caseNumber())).getText()).contains("I fare");
		assertThat(driver.findElement(By.id("held-" + calm.caseNumber())).getText()).doesNotContain("I fare");
		Browser.assertAccessible(driver);

		new Select(driver.findElement(By.id("to"))).selectByValue("test.a2");
		// the browser would stop an empty required note; the server's check is what this test is about
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
				"document.getElementById('handover-form').noValidate = true;");
		Pages.submitAndWait(driver, driver.findElement(By.cssSelector("#handover-form button[type=submit]")));
		assertThat(driver.findElement(By.id("handover-error")).getText()).contains(urgent.caseNumber());
		assertThat(new Select(driver.findElement(By.id("to"))).getFirstSelectedOption().getAttribute("value")).isEqualTo("test.a2");
		assertThat(jdbc.queryForObject("SELECT caseworker_id FROM cases.case_file WHERE id = ?", Long.class, urgent.id())).isEqualTo(leaverId);
		Browser.assertAccessible(driver);

		driver.findElement(By.id("note-" + urgent.caseNumber())).sendKeys("Underretningen skal vurderes i dag; politiet har ringet.");
		Pages.submitAndWait(driver, driver.findElement(By.cssSelector("#handover-form button[type=submit]")));
		assertThat(driver.findElement(By.id("confirm-summary")).getText()).contains("fra Liv Afrejse til");
		Browser.assertAccessible(driver);
		Pages.confirmIfAsked(driver);
		assertThat(driver.findElement(By.id("handover-message")).getText()).contains("kan deaktiveres");
		assertThat(driver.findElement(By.id("nothing-held")).getText()).contains("Liv Afrejse har ikke åbent arbejde");
		assertThat(jdbc.queryForObject("SELECT caseworker_id FROM cases.case_file WHERE id = ?", Long.class, calm.id()))
			.isEqualTo(fixtures.staffId("test.a2"));
		Browser.assertAccessible(driver);

		driver.get(base() + "/cases/" + urgent.caseNumber());
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Overdraget fra Liv Afrejse til Arne Testsen");
	}
}
