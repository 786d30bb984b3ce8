package dk.sagsvagt.browser;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriver;

import org.springframework.boot.test.web.server.LocalServerPort;

/** A fresh headless Chromium for each test, against the shared application on its random port. */
abstract class BrowserTest {

	@LocalServerPort
	int port;

	@TempDir
	Path temp;

	WebDriver driver;

	@BeforeEach
	void startBrowser() throws Exception {
		driver = Browser.start(temp.resolve("profile"));
	}

	@AfterEach
	void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	String base() {
		return "http://localhost:" + port;
	}
}
