package dk.sagsvagt.browser;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import dk.sagsvagt.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page decorates one layout with one navigation: grouped so every role's header fits 1,280 px, the page shown
 * marked with aria-current, and at 390 px collapsed behind a "Menu" button so nothing widens the page.
 */
@IntegrationTest
class LayoutBrowserTest extends BrowserTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "sagsbehandler, /cases/mine, Mine sager", "leder, /cases/unit, Enhedens sager",
			"centerchef, /dashboard, Overblik", "jurist, /supervision, Ledelsestilsyn", "admin, /admin/units, Enheder" })
	void everyRolesHeaderFitsAndMarksThePageShownAndCollapsesOnAPhone(String user, String page, String linkText) {
		driver.manage().window().setSize(new Dimension(1280, 900));
		driver.get(base() + "/login");
		driver.findElement(By.id("username")).sendKeys(user);
		driver.findElement(By.id("password")).sendKeys("demo");
		Pages.submitAndWait(driver, driver.findElement(By.cssSelector("main form button[type=submit]")));
		driver.get(base() + page);

		assertThat(scrollWidth()).as("the page at 1,280 px is no wider than the window").isLessThanOrEqualTo(1280);
		int nav = driver.findElement(By.cssSelector("header.site-header nav")).getSize().getHeight();
		int item = driver.findElements(By.cssSelector("header.site-header nav > ul > li"))
			.stream()
			.mapToInt(li -> li.getSize().getHeight())
			.max()
			.orElseThrow();
		assertThat(nav).as("the header's items take at most two rows").isLessThan(item * 5 / 2);
		List<WebElement> current = driver.findElements(By.cssSelector("header [aria-current=page]"));
		assertThat(current).extracting(e -> e.getAttribute("textContent").trim()).containsExactly(linkText);
		assertThat(driver.findElement(By.cssSelector("header .nav-logout")).getText())
			.as("the header names the person, never the user name").doesNotContain("(" + user + ")");
		assertThat(driver.findElement(By.cssSelector(".menu-toggle")).isDisplayed()).isFalse();
		Browser.assertAccessible(driver);

		driver.manage().window().setSize(new Dimension(390, 844));
		driver.get(base() + page);
		WebElement toggle = driver.findElement(By.cssSelector(".menu-toggle"));
		assertThat(toggle.isDisplayed()).isTrue();
		assertThat(driver.findElement(By.id("menu")).isDisplayed()).as("the menu is collapsed on a phone").isFalse();
		assertThat(scrollWidth()).as("nothing widens the page at 390 px").isLessThanOrEqualTo(390);
		toggle.click();
		assertThat(toggle.getAttribute("aria-expanded")).isEqualTo("true");
		assertThat(driver.findElement(By.id("menu")).isDisplayed()).isTrue();
		assertThat(scrollWidth()).as("the open menu fits the phone too").isLessThanOrEqualTo(390);
		Browser.assertAccessible(driver);
	}

	private long scrollWidth() {
		return (Long) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollWidth;");
	}
}
