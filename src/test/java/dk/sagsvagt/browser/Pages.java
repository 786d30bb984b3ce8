package dk.sagsvagt.browser;

import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Page objects: what a user sees and does, so the test reads like the user's steps. */
final class Pages {

	private Pages() {
	}

	static WebDriverWait waitFor(WebDriver driver) {
		return new WebDriverWait(driver, Duration.ofSeconds(15));
	}

	record LoginPage(WebDriver driver, String baseUrl) {

		LoginPage open() {
			driver.get(baseUrl + "/login");
			return this;
		}

		CaseListPage logInAs(String username, String password) {
			driver.findElement(By.id("username")).sendKeys(username);
			driver.findElement(By.id("password")).sendKeys(password);
			driver.findElement(By.cssSelector("form button[type=submit]")).click();
			waitFor(driver).until(ExpectedConditions.urlContains("/cases/mine"));
			return new CaseListPage(driver);
		}
	}

	record NewCasePage(WebDriver driver) {

		NewCasePage open(String baseUrl) {
			driver.get(baseUrl + "/cases/new");
			return this;
		}

		NewCasePage submit(String caseType, String title, String cpr) {
			new Select(driver.findElement(By.id("caseType"))).selectByValue(caseType);
			driver.findElement(By.id("title")).sendKeys(title);
			driver.findElement(By.id("citizenCpr")).sendKeys(cpr);
			driver.findElement(By.cssSelector("main form button[type=submit]")).click();
			return this;
		}

		String errorFor(String field) {
			return waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id(field + "-error"))).getText();
		}

		String describedBy(String field) {
			return driver.findElement(By.id(field)).getAttribute("aria-describedby");
		}
	}

	record CaseListPage(WebDriver driver) {

		String heading() {
			return driver.findElement(By.tagName("h1")).getText();
		}

		CasePage openFirstCase() {
			WebElement link = driver.findElement(By.cssSelector("main table tbody tr td a"));
			link.click();
			waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("case-status")));
			return new CasePage(driver);
		}
	}

	record CasePage(WebDriver driver) {

		String caseNumberAndTitle() {
			return driver.findElement(By.tagName("h1")).getText();
		}

		CasePage waitForJournal() {
			waitFor(driver).until(d -> d.findElement(By.id("journal")).findElements(By.cssSelector("a[role=button]")).size() > 0);
			return this;
		}

		JournalForm journalNewDocument() {
			waitForJournal();
			driver.findElement(By.id("journal")).findElement(By.cssSelector("a[role=button]")).click();
			waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("title")));
			return new JournalForm(driver);
		}
	}

	record JournalForm(WebDriver driver) {

		DocumentPage journal(String title, String direction, String kind, Path file) {
			driver.findElement(By.id("title")).sendKeys(title);
			new Select(driver.findElement(By.id("direction"))).selectByValue(direction);
			new Select(driver.findElement(By.id("kind"))).selectByValue(kind);
			driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
			driver.findElement(By.cssSelector("main form button[type=submit]")).click();
			waitFor(driver).until(ExpectedConditions.urlMatches("/documents/\\d{4}-\\d{7}-\\d+$"));
			return new DocumentPage(driver);
		}
	}

	record DocumentPage(WebDriver driver) {

		String title() {
			return driver.findElement(By.tagName("h1")).getText();
		}

		String downloadName() {
			return driver.findElement(By.id("download")).getText();
		}

		SearchPage search(String query) {
			WebElement box = driver.findElement(By.id("nav-q"));
			box.sendKeys(query);
			box.submit();
			waitFor(driver).until(ExpectedConditions.urlContains("/search"));
			return new SearchPage(driver);
		}
	}

	record SearchPage(WebDriver driver) {

		String documentResults() {
			return driver.findElement(By.id("document-results")).getText();
		}

		int highlightedWords() {
			return driver.findElements(By.cssSelector("#document-results mark")).size();
		}
	}
}
