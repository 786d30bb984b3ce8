package dk.sagsvagt.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Debian's headless Chromium driven by its own chromedriver. Both paths are set explicitly so Selenium never
 * tries to download a browser or driver.
 */
final class Browser {

	static final String CHROMIUM = System.getProperty("sagsvagt.chromium", "/usr/bin/chromium");

	static final String CHROMEDRIVER = System.getProperty("sagsvagt.chromedriver", "/usr/bin/chromedriver");

	private Browser() {
	}

	static WebDriver start(Path profileDir) throws Exception {
		if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
			throw new IllegalStateException("Browser tests need Debian's Chromium and ChromeDriver: "
					+ "apt-get install -y chromium chromium-driver (looked for " + CHROMIUM + " and " + CHROMEDRIVER + ")");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--lang=da-DK", "--window-size=1280,1024", "--user-data-dir=" + profileDir.toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().implicitlyWait(Duration.ZERO);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return driver;
	}

	/** Saves what the browser shows to {@code target/screenshots/<name>.png}, for the README and for failures. */
	static void screenshot(WebDriver driver, String name) throws Exception {
		Path dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
		Files.write(dir.resolve(name + ".png"), png);
	}

	/** axe-core over the current page: no serious or critical violation of WCAG 2.1 A/AA. */
	static void assertAccessible(WebDriver driver) {
		Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze(driver);
		List<Rule> serious = results.getViolations()
			.stream()
			.filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
			.toList();
		assertThat(serious).as(() -> driver.getCurrentUrl() + ": " + serious.stream()
			.map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " " + v.getNodes()
				.stream()
				.map(n -> String.valueOf(n.getTarget()))
				.collect(Collectors.joining(", ")))
			.collect(Collectors.joining("; "))).isEmpty();
	}
}
