package dk.sagsvagt.sso;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import testidp.TestIdentityProvider;

import dk.sagsvagt.SagsvagtApplication;
import dk.sagsvagt.browser.BrowserAccess;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Staff;
import dk.sagsvagt.organisation.StaffRole;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OpenID Connect log-in end to end: the browser goes from Sagsvagt to a real identity provider started in the test,
 * logs in there, and comes back as a user whose role and unit come from the provider's claims.
 */
class SingleSignOnTest {

	@TempDir
	static Path temp;

	static ConfigurableApplicationContext idp;

	static ConfigurableApplicationContext app;

	static String base;

	@BeforeAll
	static void start() throws Exception {
		int appPort = freePort();
		base = "http://localhost:" + appPort;
		idp = new SpringApplicationBuilder(TestIdentityProvider.class)
			.properties("server.port=0", "spring.main.banner-mode=off", "idp.redirect-uri=" + base + "/login/oauth2/code/kommune",
					"spring.flyway.enabled=false")
			.run();
		// a different host name than the application's, so the two servers' session cookies do not collide
		String issuer = "http://127.0.0.1:" + idp.getEnvironment().getProperty("local.server.port");
		app = new SpringApplicationBuilder(SagsvagtApplication.class).profiles("test")
			.properties("sagsvagt.digital-post.mode=manual", "sagsvagt.cpr.mode=manual", "server.port=" + appPort, "spring.main.banner-mode=off",
					"sagsvagt.files.dir=" + temp.resolve("files"),
					"spring.security.oauth2.client.registration.kommune.client-id=sagsvagt",
					"spring.security.oauth2.client.registration.kommune.client-secret=klient-hemmelig",
					"spring.security.oauth2.client.registration.kommune.client-name=Kommunens log-in",
					"spring.security.oauth2.client.registration.kommune.scope=openid",
					"spring.security.oauth2.client.provider.kommune.issuer-uri=" + issuer,
					"sagsvagt.oidc.roles.sagsbehandler=CASEWORKER", "sagsvagt.oidc.roles.leder=UNIT_LEADER")
			.run();
		Organisation organisation = app.getBean(Organisation.class);
		organisation.createUnit(organisation.createCentre(organisation.createAdministration("SSO-forvaltningen"), "SSO-centret"),
				"SSO-enheden");
	}

	@AfterAll
	static void stop() {
		if (app != null) {
			app.close();
		}
		if (idp != null) {
			idp.close();
		}
	}

	@Test
	void aCaseworkerLogsInThroughTheIdentityProviderWithRoleAndUnitFromClaims() throws Exception {
		WebDriver driver = BrowserAccess.start(temp.resolve("worker"));
		try {
			logIn(driver, "sso.worker");
			new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/cases/mine"));
			assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Mine sager");
			Staff staff = app.getBean(Organisation.class).staffByUsername("sso.worker").orElseThrow();
			assertThat(staff.role()).isEqualTo(StaffRole.CASEWORKER);
			assertThat(staff.fullName()).isEqualTo("Sofie Single");
			assertThat(app.getBean(Organisation.class).unit(staff.unitId()).name()).isEqualTo("SSO-enheden");
		}
		finally {
			driver.quit();
		}
	}

	@Test
	void aLeadersRoleIsMappedToUnitLeader() throws Exception {
		WebDriver driver = BrowserAccess.start(temp.resolve("leader"));
		try {
			logIn(driver, "sso.leader");
			new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/cases/mine"));
			driver.get(base + "/cases/unit");
			assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Enhedens sager – SSO-enheden");
			assertThat(app.getBean(Organisation.class).staffByUsername("sso.leader").orElseThrow().role())
				.isEqualTo(StaffRole.UNIT_LEADER);
		}
		finally {
			driver.quit();
		}
	}

	@Test
	void aUserWithoutAMappedRoleIsRefused() throws Exception {
		WebDriver driver = BrowserAccess.start(temp.resolve("nobody"));
		try {
			logIn(driver, "sso.nobody");
			new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/login?error"));
			assertThat(app.getBean(Organisation.class).staffByUsername("sso.nobody")).isEmpty();
		}
		finally {
			driver.quit();
		}
	}

	private static void logIn(WebDriver driver, String user) {
		driver.get(base + "/login");
		driver.findElement(By.id("sso-kommune")).click();
		new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
		driver.findElement(By.id("username")).sendKeys(user);
		driver.findElement(By.id("password")).sendKeys(TestIdentityProvider.PASSWORD);
		driver.findElement(By.cssSelector("button[type=submit]")).click();
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}
}
