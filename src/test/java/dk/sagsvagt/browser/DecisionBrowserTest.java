package dk.sagsvagt.browser;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A caseworker takes a decision from draft to sent, and is stopped by the open gates first. */
@IntegrationTest
class DecisionBrowserTest extends BrowserTest {

	@Autowired
	Fixtures fixtures;

	@Test
	void aDecisionGoesFromDraftToSentAfterAGateFirstBlocksIt() {
		CaseFile c = fixtures.caseOfType(fixtures.unitA(), "test.a", "PREVENTIVE_MEASURE", "0204204003", "Aflastning til familien");
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

		new Pages.LoginPage(driver, base()).open().logInAs("test.a", Fixtures.PASSWORD);
		driver.get(base() + "/cases/" + c.caseNumber());
		Pages.DecisionPage page = Pages.DecisionPage.draftFromCasePage(driver, "Aflastning i weekender");
		assertThat(page.gateState("HEARING")).isEqualTo("OPEN");
		Browser.assertAccessible(driver);

		page.send();
		assertThat(page.blockedGates()).contains("Partshøring", "Forvaltningsloven § 19", "Begrundelse", "Børnesamtale");
		assertThat(page.status()).isEqualTo("Udkast");
		Browser.assertAccessible(driver);

		page.select("legalBasis", "BL_32")
			.type("facts", "Familien har søgt om aflastning.")
			.type("assessment", "Aflastning vil støtte barnets trivsel.")
			.type("reasons", "Betingelserne i Barnets lov § 32 er opfyldt.")
			.date("hearingSentOn", today.minusDays(14))
			.date("hearingResponseDueOn", today.minusDays(1))
			.date("childConversationOn", today.minusDays(3))
			.type("childConversationSummary", "Barnet glæder sig til at besøge aflastningsfamilien.")
			.date("consentOn", today.minusDays(2))
			.type("consentBy", "Mor (forældremyndighedsindehaver)")
			.save();
		assertThat(page.message()).isEqualTo("Udkastet er gemt.");
		assertThat(page.gateState("HEARING")).isEqualTo("MET");
		assertThat(page.gateState("CHILD_PLAN")).isEqualTo("DEADLINE");
		assertThat(driver.findElements(By.cssSelector("#gate-table [data-state=OPEN]"))).isEmpty();

		page.send();
		assertThat(page.message()).startsWith("Afgørelsen er sendt og journaliseret som dokument " + c.caseNumber() + "-");
		assertThat(page.status()).startsWith("Sendt");
		assertThat(driver.findElement(By.id("complaint-deadline")).getText()).isNotBlank();
		assertThat(driver.findElements(By.id("draft-form"))).isEmpty();
		Browser.assertAccessible(driver);
	}
}
