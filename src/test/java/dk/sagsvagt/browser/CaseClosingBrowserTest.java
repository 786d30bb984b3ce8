package dk.sagsvagt.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A caseworker registers an underretning received yesterday afternoon: the 24-hour assessment is on the case at
 * once, with its hour. Closing is refused while it is open, naming it; once it is met and the receipt has lapsed
 * with a reason, the case closes with a reason after a confirmation.
 */
@IntegrationTest
class CaseClosingBrowserTest extends BrowserTest {

	// a test caseworker, so the demo municipality other tests fingerprint is left as generated
	@org.springframework.beans.factory.annotation.Autowired
	Fixtures fixtures;

	@Test
	void anUnderretningCannotBeClosedUntilItsDeadlinesAreMetOrEnded() {
		fixtures.unitA();
		new Pages.LoginPage(driver, base()).open().logInAs("test.a", Fixtures.PASSWORD);
		driver.get(base() + "/cases/new");
		new Select(driver.findElement(By.id("caseType"))).selectByValue("NOTIFICATION");
		WebElement received = driver.findElement(By.id("receivedAt"));
		assertThat(received.getAttribute("value")).as("defaults to now").matches("\\d{2}-\\d{2}-\\d{4} \\d{2}:\\d{2}");
		received.clear();
		received.sendKeys("01-12-2026 kl. 15:00");
		driver.findElement(By.id("title")).sendKeys("Underretning fra skolen");
		driver.findElement(By.id("citizenCpr")).sendKeys(Fixtures.newChildCpr());
		driver.findElement(By.id("citizenName")).sendKeys("Testbarn Browsersen");
		Pages.submitAndWait(driver, driver.findElement(By.cssSelector("main form button[type=submit]:not([name=lookup])")));

		WebElement table = waitForDeadlines();
		assertThat(table.getText()).contains("02-12-2026 kl. 15:00").contains("Vurdering af underretning").contains("Barnets lov § 136");

		// closing is refused while the deadlines are open, naming them, and the reason typed is kept
		driver.findElement(By.id("status-reason")).sendKeys("Ingen grund til bekymring");
		Pages.submitAndWait(driver, driver.findElement(By.id("change-status")));
		assertThat(driver.findElement(By.id("status-error")).getText())
			.startsWith("Sagen kan ikke lukkes: fristen 'Vurdering af underretning' er åben");
		assertThat(driver.findElement(By.id("status-reason")).getAttribute("value")).isEqualTo("Ingen grund til bekymring");
		assertThat(driver.findElement(By.id("case-status")).getText()).isEqualTo("Åben");
		Browser.assertAccessible(driver);

		// the assessment is done the same evening; the receipt lapses (the notifier was anonymous)
		waitForDeadlines();
		driver.findElement(By.cssSelector("#record-event > summary")).click();
		new Select(driver.findElement(By.id("deadline-event"))).selectByValue("NOTIFICATION_ASSESSED");
		WebElement at = driver.findElement(By.id("deadline-at"));
		at.clear();
		at.sendKeys("01-12-2026 18.30");
		// registered some days after the evening it was done: the reason goes with it (issue 19)
		driver.findElement(By.id("deadline-late")).sendKeys("Vurderingen blev registreret efterfølgende");
		Pages.submitAndWait(driver, driver.findElement(By.cssSelector("#deadlines form[action$='/deadline-events'] button")));
		WebElement receipt = waitForDeadlines().findElements(By.cssSelector("tbody tr")).stream()
			.filter(r -> r.getText().contains("Kvittering til fagperson"))
			.findFirst()
			.orElseThrow();
		receipt.findElement(By.cssSelector("details summary")).click();
		receipt.findElement(By.tagName("textarea")).sendKeys("Underretningen var anonym; der er ingen at kvittere");
		Pages.submitAndWait(driver, receipt.findElement(By.cssSelector("button[id^=end-deadline-]")));
		assertThat(waitForDeadlines().getText()).contains("Overholdt").contains("Bortfaldet")
			.contains("Underretningen var anonym; der er ingen at kvittere");

		// now closing asks first, then closes
		driver.findElement(By.id("status-reason")).sendKeys("Vurderet: ingen grund til bekymring");
		Pages.submitAndWait(driver, driver.findElement(By.id("change-status")));
		assertThat(driver.findElement(By.id("confirm-close-summary")).getText())
			.startsWith("Sagen lukkes med begrundelsen »Vurderet: ingen grund til bekymring«");
		assertThat(driver.findElement(By.id("case-status")).getText()).isEqualTo("Åben");
		Browser.assertAccessible(driver);
		Pages.submitAndWait(driver, driver.findElement(By.id("confirm-close-case")));
		assertThat(driver.findElement(By.id("case-status")).getText()).isEqualTo("Lukket");
		assertThat(driver.findElement(By.cssSelector("ol.timeline")).getText()).contains("Sag lukket: Vurderet: ingen grund til bekymring");
	}

	private WebElement waitForDeadlines() {
		Pages.waitFor(driver).until(d -> !d.findElements(By.id("deadline-table")).isEmpty());
		return driver.findElement(By.id("deadline-table"));
	}
}
