package dk.sagsvagt.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.decisions.DecisionDraft;
import dk.sagsvagt.decisions.DecisionImport;
import dk.sagsvagt.decisions.DecisionType;
import dk.sagsvagt.decisions.DeliveryChannel;
import dk.sagsvagt.decisions.HistoricDecision;
import dk.sagsvagt.journal.Direction;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.HistoricDocument;
import dk.sagsvagt.journal.JournalImport;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A caseworker registers a complaint on the case page, reconsiders and upholds the decision, and forwards it. */
@IntegrationTest
class ComplaintBrowserTest extends BrowserTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	JournalImport journalImport;

	@Autowired
	DecisionImport decisionImport;

	@Test
	void aComplaintIsReconsideredAndForwardedFromTheCasePage() {
		CaseFile c = fixtures.caseOfType(fixtures.unitA(), "test.a", "PREVENTIVE_MEASURE", Fixtures.newChildCpr(), "Klage i browseren");
		// sent just now, after the case was opened: the demo data's invariants are checked on the shared database
		var at = java.time.Instant.now();
		LocalDate sent = LocalDate.ofInstant(at, ZoneId.of("Europe/Copenhagen"));
		String letter = journalImport.journalAll(List.of(new HistoricDocument(c.id(), c.caseNumber(), "Afgørelse: Aflastning", Direction.OUTGOING,
				DocumentKind.DECISION, sent, "Anne Testsen", "Afslag på aflastning.", at, "test.a"))).get(0);
		decisionImport.importSent(List.of(new HistoricDecision(c.id(), c.caseNumber(), c.caseType(), dk.sagsvagt.cases.CaseArea.CHILDREN, c.unitId(), c.caseworkerId(),
				LocalDate.of(2014, 1, 1), new DecisionDraft(DecisionType.REFUSAL, "Aflastning", "BL_32", "Fakta.", "Vurdering.",
						"Betingelserne i Barnets lov § 32 er ikke opfyldt.", null, false, null, null, sent.minusDays(2), sent.minusDays(3), "Samtale.",
						null, null, null, sent.minusDays(3), false, null, null, null, null, null, null, null, List.of(c.primaryCitizenId())),
				Map.of(), at, DeliveryChannel.DIGITAL_POST, letter, "test.a")));

		new Pages.LoginPage(driver, base()).open().logInAs("test.a", Fixtures.PASSWORD);
		driver.get(base() + "/cases/" + c.caseNumber());
		Pages.waitFor(driver).until(d -> !d.findElements(By.id("new-complaint")).isEmpty());
		WebElement form = driver.findElement(By.id("new-complaint"));
		form.findElement(By.xpath("..")).findElement(By.tagName("summary")).click();
		((JavascriptExecutor) driver).executeScript("document.getElementById('complaint-received').value = arguments[0];", sent.toString());
		driver.findElement(By.id("complaint-text")).sendKeys("Jeg er uenig i afslaget.");
		Pages.submitAndWait(driver, form.findElement(By.cssSelector("button[type=submit]")));
		assertThat(driver.findElement(By.id("appeal-message")).getText()).isEqualTo("Klagen er registreret.");
		Pages.waitFor(driver).until(d -> !d.findElements(By.id("complaint-table")).isEmpty());
		Browser.assertAccessible(driver);

		WebElement row = driver.findElement(By.cssSelector("#complaint-table tbody tr"));
		row.findElement(By.tagName("textarea")).sendKeys("Kommunen fastholder afslaget, fordi behovet dækkes af almene tilbud.");
		Pages.submitAndWait(driver, row.findElement(By.cssSelector("button[type=submit]")));
		Pages.waitFor(driver).until(d -> !d.findElements(By.id("complaint-table")).isEmpty());
		assertThat(driver.findElement(By.id("complaint-table")).getText()).contains("Fastholdt");

		row = driver.findElement(By.cssSelector("#complaint-table tbody tr"));
		Pages.submitAndWait(driver, row.findElement(By.cssSelector("button[type=submit]")));
		assertThat(driver.findElement(By.id("confirm-summary")).getText()).startsWith("Klagen sendes til Ankestyrelsen med");
		Pages.confirmIfAsked(driver);
		Pages.waitFor(driver).until(d -> !d.findElements(By.id("complaint-table")).isEmpty());
		assertThat(driver.findElement(By.id("complaint-table")).getText()).contains("Sendt til Ankestyrelsen");
		Browser.assertAccessible(driver);
	}
}
