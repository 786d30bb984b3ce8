package dk.sagsvagt.browser;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.journal.Direction;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.Journal;
import dk.sagsvagt.journal.NewDocument;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A unit leader registers a request with three items from Borgerrådgiveren, is stopped by an open item, answers all and sends. */
@IntegrationTest
class OversightBrowserTest extends BrowserTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	Journal journal;

	@Test
	void aRequestWithThreeItemsIsAnsweredAndClosed() {
		CaseFile c = fixtures.caseIn(fixtures.unitA(), "test.a", "Sag i anmodningen");
		CurrentUser leader = new CurrentUser("test.leader.a", fixtures.staffId("test.leader.a"), "Lis Testleder", StaffRole.UNIT_LEADER,
				fixtures.unitA());
		String note = journal.journal(c.caseNumber(), new NewDocument("Resultatnotat fra tilsynet", Direction.INTERNAL, DocumentKind.REPORT,
				null, "Resultater."), null, leader).documentNumber();
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

		new Pages.LoginPage(driver, base()).open().logInAs("test.leader.a", Fixtures.PASSWORD);
		driver.get(base() + "/oversight");
		Browser.assertAccessible(driver);
		driver.findElement(By.cssSelector("#new-request")).findElement(By.xpath("..")).findElement(By.tagName("summary")).click();
		new Select(driver.findElement(By.id("body"))).selectByValue("OMBUDSMAN");
		driver.findElement(By.id("body-reference")).sendKeys("BR 2018-22");
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
				"document.getElementById('received-on').value = arguments[0]; document.getElementById('answer-due').value = arguments[1];",
				today.minusDays(2).toString(), today.plusDays(14).toString());
		driver.findElement(By.id("request-text")).sendKeys("Vi beder om resultatnotatet, referatet og sagen.");
		driver.findElement(By.id("request-items")).sendKeys("Resultatnotatet\nReferat af mødet\nSagen " + c.caseNumber());
		new Select(driver.findElement(By.id("responsible"))).selectByValue("test.leader.a");
		driver.findElement(By.cssSelector("#new-request button[type=submit]")).click();
		Pages.waitFor(driver).until(d -> d.getCurrentUrl().matches(".*/oversight/\\d+$"));

		Pages.RequestPage page = new Pages.RequestPage(driver);
		page.answerWithDocuments(1, note);
		assertThat(page.itemStatus(1)).isEqualTo("ANSWERED");
		page.click("send-answer");
		assertThat(page.error()).contains("Referat af mødet");
		assertThat(page.status()).isEqualTo("Åben");
		Browser.assertAccessible(driver);

		page.answerWithReason(2, "Der blev ikke skrevet referat af mødet.");
		page.answerWithCase(3, c.caseNumber());
		page.click("sign-off");
		assertThat(page.message()).isEqualTo("Svaret er godkendt.");
		page.click("send-answer");
		assertThat(page.message()).startsWith("Svaret er sendt");
		assertThat(page.status()).isEqualTo("Besvaret");
		Browser.assertAccessible(driver);

		// the other oversight pages, with their tables and charts
		for (String other : new String[] { "/oversight/referrals", "/oversight/statistics", "/oversight/disclosures", "/inquiries", "/committee",
				"/action-plans", "/dashboard", "/handover" }) {
			driver.get(base() + other);
			Browser.assertAccessible(driver);
		}
	}
}
