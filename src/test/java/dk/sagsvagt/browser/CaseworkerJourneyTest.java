package dk.sagsvagt.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.support.IntegrationTest;


import static org.assertj.core.api.Assertions.assertThat;

/** A caseworker logs in, opens a case, journals a letter with a file and finds it again by search. */
@IntegrationTest
class CaseworkerJourneyTest extends BrowserTest {

	@Test
	void journalsALetterWithAFileAndFindsItBySearch() throws Exception {
		Pages.LoginPage login = new Pages.LoginPage(driver, base()).open();
		Browser.assertAccessible(driver);

		Pages.CaseListPage mine = login.logInAs("sagsbehandler", "demo");
		assertThat(mine.heading()).isEqualTo("Mine sager");
		Browser.assertAccessible(driver);

		Pages.CasePage casePage = mine.openFirstCase().waitForJournal();
		assertThat(casePage.caseNumberAndTitle()).matches("\\d{4}-\\d{7} – .+");
		Browser.screenshot(driver, "case-page");
		Browser.assertAccessible(driver);

		Path letter = temp.resolve("brev-fra-skolen.txt");
		Files.writeString(letter, "Skolen oplyser, at eleven har haft hyppigt fravær. Vi er bekymrede for "
				+ "hans trivsel og beder om et møde om vandmandsprojektet.", StandardCharsets.UTF_8);
		Pages.JournalForm form = casePage.journalNewDocument();
		Browser.assertAccessible(driver);

		Pages.DocumentPage document = form.journal("Brev fra skolen om vandmænd", "INCOMING", "LETTER", letter);
		assertThat(document.title()).isEqualTo("Brev fra skolen om vandmænd");
		assertThat(document.downloadName()).isEqualTo("brev-fra-skolen.txt");
		Browser.assertAccessible(driver);

		Pages.SearchPage results = document.search("vandmandsprojekt");
		assertThat(results.documentResults()).contains("Brev fra skolen om vandmænd");
		assertThat(results.highlightedWords()).isPositive();
		Browser.screenshot(driver, "search");
		Browser.assertAccessible(driver);
	}
}
