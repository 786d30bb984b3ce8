package dk.sagsvagt.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import dk.sagsvagt.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The administration pages are usable with keyboard and screen reader too, and start where an admin works. */
@IntegrationTest
class AdministratorTest extends BrowserTest {

	@Test
	void theAdministrationPagesPassAxe() {
		new Pages.LoginPage(driver, base()).open();
		driver.findElement(By.id("username")).sendKeys("admin");
		driver.findElement(By.id("password")).sendKeys("demo");
		driver.findElement(By.cssSelector("form button[type=submit]")).click();
		Pages.waitFor(driver).until(d -> d.getCurrentUrl().contains("/admin/users"));
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Brugere og adgang");
		Browser.assertAccessible(driver);
		for (String page : new String[] { "/admin/units", "/admin/protection", "/admin/extract", "/admin/limits", "/admin/bodies", "/frister" }) {
			driver.get(base() + page);
			Browser.assertAccessible(driver);
		}
		driver.get(base() + "/cases/mine");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Ingen adgang");
	}
}
