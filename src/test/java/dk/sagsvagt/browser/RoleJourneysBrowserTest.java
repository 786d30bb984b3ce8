package dk.sagsvagt.browser;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main pages of each of the five kinds of user — caseworker, leader, supervision lawyer, administrator and an
 * oversight body's reviewer — at a laptop's 1,366 px and a phone's 390 px: each page opens as that user (no "Ingen
 * adgang", no error page), passes axe-core without a serious or critical violation, and on the phone nothing but a
 * table's own scroll box is wider than the screen.
 */
@IntegrationTest
class RoleJourneysBrowserTest extends BrowserTest {

	@Autowired
	Fixtures fixtures;

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "test.a, CASEWORKER", "test.leader.a, LEADER", "test.jurist, LAWYER", "test.admin, ADMINISTRATOR",
			"test.ombud, REVIEWER" })
	void theMainPagesWorkAtBothWidths(String user, String kind) {
		List<String> pages = pagesOf(kind);
		new Pages.LoginPage(driver, base()).open();
		driver.findElement(By.id("username")).sendKeys(user);
		driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
		Pages.submitAndWait(driver, driver.findElement(By.cssSelector("form button[type=submit]")));
		for (int width : new int[] { 1366, 390 }) {
			driver.manage().window().setSize(new Dimension(width, 900));
			for (String page : pages) {
				driver.get(base() + page);
				assertThat(driver.findElements(By.tagName("h1"))).as(page + " has a heading").hasSize(1);
				String heading = driver.findElement(By.tagName("h1")).getText();
				assertThat(heading).as(user + " at " + width + " px on " + page).isNotBlank()
					.isNotIn("Ingen adgang", "Ikke fundet", "Siden findes ikke", "Der opstod en fejl");
				Browser.assertAccessible(driver);
				if (width == 390) {
					assertThat(scrollWidth()).as(page + ": nothing widens the page at 390 px").isLessThanOrEqualTo(390);
				}
			}
		}
	}

	/** Issue 18: a mistyped address is a page that does not exist; a page that is not the user's is a refusal. */
	@org.junit.jupiter.api.Test
	void aMistypedAddressSaysThePageDoesNotExistAndAnotherRolesPageSaysNoAccess() {
		fixtures.unitA();
		new Pages.LoginPage(driver, base()).open().logInAs("test.a", Fixtures.PASSWORD);
		driver.get(base() + "/frister/enhed");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Ikke fundet");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("findes ikke");
		Browser.assertAccessible(driver);
		driver.get(base() + "/admin/users");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Ingen adgang");
	}

	private List<String> pagesOf(String kind) {
		List<String> pages = new ArrayList<>();
		switch (kind) {
			case "CASEWORKER" -> {
				CaseFile own = fixtures.caseIn(fixtures.unitA(), "test.a", "Rejsen gennem en sag");
				pages.addAll(List.of("/cases/mine", "/deadlines/mine", "/cases/new", "/cases/" + own.caseNumber(),
						
						"/search?q=Rejsen", "/inquiries", "/frister"));
			}
			case "LEADER" -> pages.addAll(List.of("/dashboard", "/cases/unit", "/deadlines/unit", "/deadlines/statistics", "/handover",
					"/oversight", "/oversight/statistics", "/supervision", "/action-plans", "/committee"));
			case "LAWYER" -> pages.addAll(List.of("/supervision", "/frister"));
			case "ADMINISTRATOR" -> pages.addAll(List.of("/admin/users", "/admin/units", "/admin/units/" + fixtures.unitA(), "/admin/protection", "/admin/extract",
					"/admin/limits", "/admin/bodies"));
			case "REVIEWER" -> pages.add("/disclosures");
			default -> throw new IllegalArgumentException(kind);
		}
		return pages;
	}

	private long scrollWidth() {
		return (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
	}
}
