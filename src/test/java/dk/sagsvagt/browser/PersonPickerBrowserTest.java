package dk.sagsvagt.browser;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: a person picker has no default, shows the unit beside each name, and is searched by typing: the search
 * field before the list narrows it to the names and units containing what is typed (Danish letters folded), says how
 * many are left, and Enter with one match chooses that person without sending the form. Keyboard only, with axe-core.
 */
@IntegrationTest
class PersonPickerBrowserTest extends BrowserTest {

	@Autowired
	Fixtures fixtures;

	@ParameterizedTest(name = "{0} px")
	@ValueSource(ints = { 1366, 390 })
	void typingNarrowsThePickerAndEnterChoosesTheOneLeft(int width) {
		fixtures.unitA();
		driver.manage().window().setSize(new Dimension(width, 900));
		new Pages.LoginPage(driver, base()).open().logInAs("test.leader.a", Fixtures.PASSWORD);
		driver.get(base() + "/inquiries");
		driver.findElement(By.cssSelector("main details > summary")).click();

		Select assignee = new Select(driver.findElement(By.id("assignee")));
		assertThat(assignee.getFirstSelectedOption().getAttribute("value")).isEmpty();
		assertThat(assignee.getOptions()).extracting(o -> o.getDomProperty("text")).contains("Anne Testsen (Testenhed A)", "Bo Testsen (Testenhed B)");

		WebElement search = driver.findElement(By.id("assignee-filter"));
		assertThat(search.isDisplayed()).isTrue();
		search.sendKeys("TESTENHED B");
		List<String> shown = assignee.getOptions().stream().filter(WebElement::isEnabled)
			.filter(o -> o.getDomAttribute("hidden") == null).map(o -> o.getDomProperty("text")).toList();
		assertThat(shown).contains("Vælg …", "Bo Testsen (Testenhed B)").doesNotContain("Anne Testsen (Testenhed A)");
		assertThat(driver.findElement(By.id("assignee-filter-status")).getText()).endsWith("personer");

		search.clear();
		search.sendKeys("arne");
		Pages.waitFor(driver).until(ExpectedConditions.textToBe(By.id("assignee-filter-status"), "1 person"));
		String url = driver.getCurrentUrl();
		search.sendKeys(Keys.ENTER);
		assertThat(driver.getCurrentUrl()).isEqualTo(url);
		assertThat(assignee.getFirstSelectedOption().getDomProperty("text")).isEqualTo("Arne Testsen (Testenhed A)");
		assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("assignee");
		Browser.assertAccessible(driver);
	}
}
