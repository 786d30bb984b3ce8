package dk.sagsvagt.browser;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.supervision.NewRound;
import dk.sagsvagt.supervision.SupervisionRounds;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A lawyer answers a sampled case's checklist at level 4, is asked for a comment when overruling, and flags the case. */
@IntegrationTest
class SupervisionBrowserTest extends BrowserTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	SupervisionRounds rounds;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aReviewerAnswersAChecklistAndFlagsTheCase() {
		CaseFile c = fixtures.caseOfType(fixtures.unitC(), "test.c", "PLACEMENT", Fixtures.newChildCpr(), "Anbringelse til tilsyn");
		// planned by the unit's leader (a lawyer plans no round: her scope is only what is assigned), reviewed by the lawyer
		CurrentUser leader = new CurrentUser("test.director", fixtures.staffId("test.director"), "Dorte Direktør", StaffRole.UNIT_LEADER,
				fixtures.unitC());
		long round = rounds.create(new NewRound("Browsertilsyn", LocalDate.now().minusMonths(1), LocalDate.now(), "CHILDREN_BL", null,
				List.of(fixtures.unitC()), List.of("PLACEMENT"), null, null, 500, false, false, 0, null,
				Map.of(4, List.of("test.jurist"))), leader).id();
		rounds.draw(round, "browser", leader);

		new Pages.LoginPage(driver, base()).open().logInAs("test.jurist", Fixtures.PASSWORD);
		driver.get(base() + "/supervision/" + round);
		assertThat(driver.findElement(org.openqa.selenium.By.id("sample-table")).getText()).contains(c.caseNumber());
		Browser.assertAccessible(driver);

		Pages.ChecklistPage checklist = new Pages.ChecklistPage(driver).open(base(), round, c.caseNumber());
		assertThat(checklist.answers("JOURNAL")).contains("Forudfyldt", "Nej");
		Browser.assertAccessible(driver);

		checklist.answer("JOURNAL", "YES", null).answer("CHILD_PLAN", "NO", "Planen mangler").save();
		assertThat(checklist.message()).contains("kommentar");
		assertThat(checklist.answers("CHILD_PLAN")).as("nothing of a refused form is saved").doesNotContain("Niveau 4");
		checklist.answer("JOURNAL", "YES", "Sagen er oprettet i dag; journalen følger").answer("CHILD_PLAN", "NO", "Planen mangler").save();
		assertThat(checklist.message()).isEqualTo("Svarene er gemt.");
		assertThat(checklist.answers("JOURNAL")).contains("Forudfyldt", "Niveau 4 (test.jurist): Ja");

		checklist.flag("Barnets plan mangler, og journalen er ufuldstændig", "test.c");
		assertThat(checklist.flagStatus()).contains("Barnets plan mangler").contains("Cille Testsen").doesNotContain("test.c");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM deadlines.deadline WHERE case_id = ? AND rule_code = 'SUPERVISION_FOLLOW_UP'",
				Integer.class, c.id())).isOne();
		Browser.assertAccessible(driver);
	}
}
