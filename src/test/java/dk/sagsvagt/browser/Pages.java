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

	/**
	 * Clicks something that posts a form and waits until the next page has replaced this one: the old page carries a
	 * mark in its window, the new one does not.
	 */
	/** On the confirmation page of an action that cannot be undone (confirm.html): says yes and waits for the result. */
	static void confirmIfAsked(WebDriver driver) {
		if (!driver.findElements(By.id("confirm-yes")).isEmpty()) {
			submitAndWait(driver, driver.findElement(By.id("confirm-yes")));
		}
	}

	static void submitAndWait(WebDriver driver, WebElement button) {
		org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
		js.executeScript("window.sagsvagtPageBeforeSubmit = true;");
		button.click();
		waitFor(driver).ignoring(org.openqa.selenium.WebDriverException.class)
			.until(d -> Boolean.TRUE.equals(js.executeScript(
					"return window.sagsvagtPageBeforeSubmit === undefined && document.readyState === 'complete';")));
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
			driver.findElement(By.cssSelector("main form button[type=submit]:not([name=lookup])")).click();
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

	/** The decision page: gates, the draft form and sending. */
	record DecisionPage(WebDriver driver) {

		/** From the case page: creates a draft with the measure and lands on its page. */
		static DecisionPage draftFromCasePage(WebDriver driver, String measure) {
			waitFor(driver).until(d -> !d.findElement(By.id("decisions")).findElements(By.tagName("details")).isEmpty());
			driver.findElement(By.cssSelector("#decisions details summary")).click();
			driver.findElement(By.id("new-decision-measure")).sendKeys(measure);
			driver.findElement(By.cssSelector("#decisions form button[type=submit]")).click();
			waitFor(driver).until(ExpectedConditions.urlMatches("/decisions/\\d+$"));
			return new DecisionPage(driver);
		}

		String gateState(String code) {
			return driver.findElement(By.id("gate-" + code)).getAttribute("data-state");
		}

		/** Sends by Digital Post: the page pre-selects no channel, so the caseworker chooses one. */
		DecisionPage send() {
			driver.findElement(By.cssSelector("#send-form input[name=channel][value=DIGITAL_POST]")).click();
			submitAndWait(driver, driver.findElement(By.id("send-decision")));
			waitFor(driver).until(d -> !d.findElements(By.id("decision-error")).isEmpty() || !d.findElements(By.id("confirm-send-decision")).isEmpty());
			if (!driver.findElements(By.id("confirm-send-decision")).isEmpty()) {
				submitAndWait(driver, driver.findElement(By.id("confirm-send-decision")));
			}
			waitFor(driver).until(d -> !d.findElements(By.id("decision-error")).isEmpty() || !d.findElements(By.id("decision-message")).isEmpty());
			return this;
		}

		String blockedGates() {
			return driver.findElement(By.id("blocked-gates")).getText();
		}

		DecisionPage select(String field, String value) {
			new Select(driver.findElement(By.id(field))).selectByValue(value);
			return this;
		}

		DecisionPage type(String field, String text) {
			WebElement input = driver.findElement(By.id(field));
			input.clear();
			input.sendKeys(text);
			return this;
		}

		/** Date inputs take their value in the browser's locale when typed; set the ISO value as a user's picker would. */
		DecisionPage date(String field, java.time.LocalDate date) {
			((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];",
					driver.findElement(By.id(field)), date.toString());
			return this;
		}

		DecisionPage save() {
			submitAndWait(driver, driver.findElement(By.cssSelector("#draft-form button[type=submit]")));
			waitFor(driver).until(d -> !d.findElements(By.id("decision-message")).isEmpty() || !d.findElements(By.id("decision-error")).isEmpty());
			return this;
		}

		String message() {
			return driver.findElement(By.id("decision-message")).getText();
		}

		String status() {
			return driver.findElement(By.id("decision-status")).getText();
		}
	}

	/** A supervision checklist for one sampled case. */
	record ChecklistPage(WebDriver driver) {

		ChecklistPage open(String baseUrl, long roundId, String caseNumber) {
			driver.get(baseUrl + "/supervision/" + roundId + "/cases/" + caseNumber);
			waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("checklist-form")));
			return this;
		}

		String answers(String question) {
			return driver.findElement(By.id("q-" + question)).findElement(By.cssSelector("ul.answers")).getText();
		}

		ChecklistPage answer(String question, String value, String comment) {
			WebElement block = driver.findElement(By.id("q-" + question));
			block.findElement(By.cssSelector("input[type=radio][value=" + value + "]")).click();
			if (comment != null) {
				block.findElement(By.id("comment_" + question)).sendKeys(comment);
			}
			return this;
		}

		ChecklistPage save() {
			submitAndWait(driver, driver.findElement(By.id("save-answers")));
			waitFor(driver).until(d -> !d.findElements(By.id("checklist-message")).isEmpty() || !d.findElements(By.id("checklist-error")).isEmpty());
			return this;
		}

		String message() {
			return driver.findElements(By.id("checklist-message")).isEmpty() ? driver.findElement(By.id("checklist-error")).getText()
					: driver.findElement(By.id("checklist-message")).getText();
		}

		ChecklistPage flag(String reason, String owner) {
			driver.findElement(By.id("flag-reason")).sendKeys(reason);
			new Select(driver.findElement(By.id("flag-owner"))).selectByValue(owner);
			submitAndWait(driver, driver.findElement(By.id("flag-submit")));
			waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("flag-status")));
			return this;
		}

		String flagStatus() {
			return driver.findElement(By.id("flag-status")).getText();
		}
	}

	/** A request from an oversight body: its items, answered one by one, then signed off and sent. */
	record RequestPage(WebDriver driver) {

		RequestPage answerWithDocuments(int item, String documents) {
			return answer(item, "docs-" + item, documents);
		}

		RequestPage answerWithCase(int item, String caseNumber) {
			return answer(item, "case-" + item, caseNumber);
		}

		RequestPage answerWithReason(int item, String reason) {
			return answer(item, "reason-" + item, reason);
		}

		private RequestPage answer(int item, String field, String value) {
			WebElement li = driver.findElement(By.id("item-" + item));
			li.findElement(By.tagName("summary")).click();
			li.findElement(By.id(field)).clear();
			li.findElement(By.id(field)).sendKeys(value);
			submitAndWait(driver, li.findElement(By.cssSelector("button[type=submit]")));
			waitFor(driver).until(d -> !d.findElements(By.id("request-message")).isEmpty() || !d.findElements(By.id("request-error")).isEmpty());
			return this;
		}

		RequestPage click(String id) {
			submitAndWait(driver, driver.findElement(By.id(id)));
			confirmIfAsked(driver);
			waitFor(driver).until(d -> !d.findElements(By.id("request-message")).isEmpty() || !d.findElements(By.id("request-error")).isEmpty());
			return this;
		}

		String itemStatus(int item) {
			return driver.findElement(By.id("item-" + item)).getAttribute("data-status");
		}

		String error() {
			return driver.findElement(By.id("request-error")).getText();
		}

		String message() {
			return driver.findElement(By.id("request-message")).getText();
		}

		String status() {
			return driver.findElement(By.id("request-status")).getText();
		}
	}
}
