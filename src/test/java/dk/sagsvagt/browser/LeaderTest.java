package dk.sagsvagt.browser;


import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import dk.sagsvagt.support.IntegrationTest;


import static org.assertj.core.api.Assertions.assertThat;

/** A leader sees the unit's cases; a wrong CPR number is explained next to its field. */
@IntegrationTest
class LeaderTest extends BrowserTest {

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void seesTheUnitsCasesAndGetsDanishErrorsOnTheCaseForm() {
		String base = base();
		new Pages.LoginPage(driver, base).open().logInAs("leder", "demo");
		driver.get(base + "/cases/unit");
		assertThat(driver.findElement(By.tagName("h1")).getText()).startsWith("Enhedens sager – Børnefamilieenhed Amager");
		assertThat(driver.findElements(By.cssSelector("main table tbody tr"))).isNotEmpty();
		Browser.assertAccessible(driver);

		Pages.NewCasePage form = new Pages.NewCasePage(driver).open(base);
		Browser.assertAccessible(driver);
		form.submit("NOTIFICATION", "Underretning fra tandplejen", "310299-1234");
		assertThat(form.errorFor("citizenCpr")).contains("ikke en gyldig dato");
		assertThat(form.describedBy("citizenCpr")).contains("citizenCpr-error");
		Browser.assertAccessible(driver);

		// the deadline calculator, with a result
		driver.get(base + "/deadline-calculator?rule=CHILD_ASSESSMENT&start=31-10-2024");
		assertThat(driver.findElement(By.id("result-due")).getText()).isEqualTo("28-02-2025");
		assertThat(driver.findElement(By.id("result-law")).getText()).isEqualTo("Barnets lov § 20, stk. 3");
		Browser.assertAccessible(driver);

		// the unit's deadlines and the statistics
		driver.get(base + "/deadlines/unit");
		Browser.assertAccessible(driver);
		driver.get(base + "/deadlines/statistics");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Fristoverholdelse");
		Browser.assertAccessible(driver);

		// a case in another unit, not one the leader reviews in a supervision round: the Danish "Ingen adgang" page
		String elsewhere = jdbc.queryForObject("""
				SELECT f.case_number FROM cases.case_file f JOIN organisation.unit u ON u.id = f.unit_id
				WHERE u.name = 'Børnefamilieenhed Østerbro'
				  AND NOT EXISTS (SELECT 1 FROM access.case_assignment a WHERE a.case_id = f.id AND a.username = 'leder')
				ORDER BY f.case_number LIMIT 1""", String.class);
		driver.get(base + "/cases/" + elsewhere);
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Ingen adgang");
		assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText()).contains("Du har ikke adgang til sag " + elsewhere);
		Browser.assertAccessible(driver);
	}
}
