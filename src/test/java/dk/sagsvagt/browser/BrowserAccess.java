package dk.sagsvagt.browser;

import java.nio.file.Path;

import org.openqa.selenium.WebDriver;

/** Lets tests outside this package start the same headless Chromium. */
public final class BrowserAccess {

	private BrowserAccess() {
	}

	public static WebDriver start(Path profileDir) throws Exception {
		return Browser.start(profileDir);
	}
}
