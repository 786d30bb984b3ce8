package dk.sagsvagt.browser;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.cases.RegisterCase;
import dk.sagsvagt.citizens.CprRegister;
import dk.sagsvagt.deadlines.CaseDeadlines;
import dk.sagsvagt.citizens.Cpr;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caseworker finds a citizen from the header's search box by part of the name, opens the citizen's page (masked CPR
 * number, the cases with their next deadline) and goes on to a case, at desktop and phone width, with axe-core.
 */
@IntegrationTest
class CitizenBrowserTest extends BrowserTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Cases cases;

	@Autowired
	CaseDeadlines deadlines;

	@Autowired
	CprRegister cprRegister;

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { 1366, 390 })
	void searchFindsTheCitizenWhosePageLeadsToTheCase(int width) {
		String cpr = Fixtures.newChildCpr();
		String name = "Bøgild Ærteskov " + width;
		CaseFile c = cases.register(new RegisterCase("NOTIFICATION", "Underretning fra skolen", cpr, name), fixtures.unitA(),
				fixtures.staffId("test.a"), Instant.now(), "test");
		deadlines.recordHistoric(c.id(), c.caseNumber(), c.caseType(), c.unitId(), c.caseworkerId(), "NOTIFICATION_RECEIVED",
				Instant.parse("2026-11-30T14:00:00Z"), "test");

		driver.manage().window().setSize(new Dimension(width, 900));
		new Pages.LoginPage(driver, base()).open().logInAs("test.a", Fixtures.PASSWORD);
		if (width < 768) {
			driver.findElement(By.cssSelector(".menu-toggle")).click();
		}
		driver.findElement(By.id("nav-q")).sendKeys("ærtesk " + width + Keys.ENTER);
		Pages.waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("citizen-results")));
		assertThat(driver.findElement(By.id("citizen-results")).getText()).contains(name, cpr.substring(0, 6) + "-XXXX");
		assertThat(scrollWidth()).isLessThanOrEqualTo(width);
		Browser.assertAccessible(driver);

		driver.findElement(By.linkText(name)).click();
		// the next deadline is the deadlines module's part of the page, drawn in after it loads
		Pages.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("next-" + c.caseNumber()),
				"01-12-2026 kl. 15:00"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(name);
		assertThat(driver.findElement(By.id("citizen-address")).getText()).as("the address CPR gave")
			.isEqualTo(cprRegister.lookup(Cpr.parse(cpr)).orElseThrow().address());
		assertThat(driver.findElement(By.id("citizen-case-table")).getText()).contains(c.caseNumber(), "Åben", "Anne Testsen");
		assertThat(scrollWidth()).isLessThanOrEqualTo(width);
		Browser.assertAccessible(driver);

		driver.findElement(By.cssSelector("#citizen-cpr button")).click();
		Pages.waitFor(driver).until(ExpectedConditions.textToBePresentInElementLocated(By.id("citizen-cpr"),
				cpr.substring(0, 6) + "-" + cpr.substring(6)));

		driver.findElement(By.linkText(c.caseNumber())).click();
		Pages.waitFor(driver).until(ExpectedConditions.urlContains("/cases/" + c.caseNumber()));
		assertThat(driver.findElement(By.linkText(name)).getAttribute("href")).endsWith("/citizens/" + c.primaryCitizenId());
		Browser.assertAccessible(driver);
	}

	private long scrollWidth() {
		return (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
	}
}
