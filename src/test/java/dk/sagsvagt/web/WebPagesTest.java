package dk.sagsvagt.web;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class WebPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserDetailsService users;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	RequestPostProcessor as(String username) {
		fixtures.unitA();
		return SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername(username));
	}

	@Test
	void pagesNeedALogIn() throws Exception {
		mvc.perform(get("/cases/mine")).andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/login"));
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<html lang=\"da\">")))
			.andExpect(content().string(containsString("Brugernavn")))
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")));
	}

	@Test
	void danishWhateverTheBrowserOrALanguageParameterAsks() throws Exception {
		mvc.perform(get("/login").header("Accept-Language", "en-US"))
			.andExpect(content().string(containsString("<html lang=\"da\">")))
			.andExpect(content().string(containsString("Adgangskode")));
		// there is no half-translated English to switch to
		mvc.perform(get("/login").param("lang", "en"))
			.andExpect(content().string(containsString("<html lang=\"da\">")))
			.andExpect(content().string(containsString("Adgangskode")))
			.andExpect(content().string(not(containsString("English"))));
	}

	@Test
	void anAddressThatDoesNotExistIsADanishPageForAPersonAndDanishProblemJsonForTheApi() throws Exception {
		// before: "/cases/abc" answered {"detail":"No static resource cases/abc.","title":"Not Found"}
		mvc.perform(get("/cases/abc").with(as("test.a")).accept(org.springframework.http.MediaType.TEXT_HTML))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(org.springframework.http.MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("<h1>Ikke fundet</h1>")))
			.andExpect(content().string(containsString("Siden findes ikke")))
			.andExpect(content().string(not(containsString("static resource"))));
		mvc.perform(get("/cases/abc").with(as("test.a")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Ikke fundet")));
		mvc.perform(get("/api/cases/findes-ikke/nej").with(as("test.a")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.title").value("Ikke fundet"))
			.andExpect(jsonPath("$.detail").value("Adressen findes ikke."));
		// an address outside every listed path: "Ikke fundet", not "Ingen adgang" (before: /frister/enhed answered 403
		// "Du har ikke adgang til dette"); the attempt is still in the access log
		int refusals = jdbc.queryForObject("SELECT count(*) FROM access.access_log WHERE username = 'test.a' AND outcome = 'DENIED'",
				Integer.class);
		// (the page itself is the container's error page: RoleJourneysBrowserTest reads it)
		mvc.perform(get("/frister/enhed").with(as("test.a")).accept(org.springframework.http.MediaType.TEXT_HTML))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/findes-ikke").with(as("test.a")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("Adressen findes ikke."));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM access.access_log WHERE username = 'test.a' AND outcome = 'DENIED'",
				Integer.class)).isEqualTo(refusals + 2);
		// a page that exists but is not the user's is still refused
		mvc.perform(get("/admin/users").with(as("test.a")).accept(org.springframework.http.MediaType.TEXT_HTML))
			.andExpect(status().isForbidden());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/cases/mine").with(as("test.a")).with(csrf())
				.accept(org.springframework.http.MediaType.TEXT_HTML))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().string(containsString("Der opstod en fejl")));
		// a form field that must be a number and is not: a Danish 400 page, not an error code
		mvc.perform(post("/admin/units").param("centreId", "abc").param("name", "Ny enhed").with(as("test.admin")).with(csrf())
				.accept(org.springframework.http.MediaType.TEXT_HTML))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("en oplysning, den ikke kan læse")));
	}

	@Test
	void createsACaseFromTheFormAndShowsItInMineSager() throws Exception {
		String cpr = Fixtures.newChildCpr();
		String location = mvc.perform(post("/cases/new").with(as("test.a")).with(csrf())
			.param("caseType", "CHILD_ASSESSMENT")
			.param("title", "Børnefaglig undersøgelse af Ida")
			.param("citizenCpr", cpr)
			.param("citizenName", "Ida Testesen"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/cases/*"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).with(as("test.a")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Børnefaglig undersøgelse af Ida")))
			.andExpect(content().string(containsString(cpr.substring(0, 6) + "-XXXX")))
			.andExpect(content().string(not(containsString(cpr.substring(0, 6) + "-" + cpr.substring(6)))))
			.andExpect(content().string(containsString("Sag oprettet")));
		mvc.perform(get("/cases/mine").with(as("test.a")))
			.andExpect(content().string(containsString("Børnefaglig undersøgelse af Ida")));
	}

	@Test
	void anInvalidCprIsShownInDanishNextToTheField() throws Exception {
		mvc.perform(post("/cases/new").with(as("test.a")).with(csrf())
			.param("caseType", "NOTIFICATION")
			.param("title", "Underretning")
			.param("citizenCpr", "310299-1234"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"citizenCpr-error\"")))
			.andExpect(content().string(containsString("ikke en gyldig dato")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
	}

	@Test
	void journalFormShowsDanishErrorsNextToTheFields() throws Exception {
		CaseFile caseFile = fixtures.caseIn(fixtures.unitA(), "Sag til formularfejl");
		mvc.perform(multipart("/cases/{n}/documents", caseFile.caseNumber()).with(as("test.a")).with(csrf())
			.param("title", "Notat uden tekst").param("direction", "INTERNAL").param("kind", "NOTE"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"text-error\"")))
			.andExpect(content().string(containsString("Skriv en tekst eller vedhæft en fil.")))
			.andExpect(content().string(containsString("value=\"Notat uden tekst\"")));
		mvc.perform(multipart("/cases/{n}/documents", caseFile.caseNumber()).with(as("test.a")).with(csrf())
			.param("title", "Notat").param("kind", "NOTE").param("text", "Tekst"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"direction-error\"")));
		mvc.perform(multipart("/cases/{n}/documents", caseFile.caseNumber()).with(as("test.a")).with(csrf())
			.param("title", "Notat").param("direction", "INTERNAL").param("kind", "NOTE").param("text", "Ringede."))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/documents/" + caseFile.caseNumber() + "-1"));
	}

	@Test
	void formsNeedACsrfToken() throws Exception {
		mvc.perform(post("/cases/new").with(as("test.a"))
			.param("caseType", "NOTIFICATION").param("title", "x").param("citizenCpr", Fixtures.newChildCpr()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aLeaderSeesTheUnitsCases() throws Exception {
		CaseFile caseFile = fixtures.caseIn(fixtures.unitA(), "Sag i enhed A til lederen");
		mvc.perform(get("/cases/unit").with(as("test.leader.a")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enhedens sager – Testenhed A")))
			.andExpect(content().string(containsString(caseFile.caseNumber())));
	}

	@Test
	void journalFragmentIsServedForHtmx() throws Exception {
		CaseFile caseFile = fixtures.caseIn(fixtures.unitA(), "Sag med tom journal");
		mvc.perform(get("/cases/{n}/journal", caseFile.caseNumber()).with(as("test.a")).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Der er ikke journaliseret noget i sagen endnu.")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void openApiAndHealthAreServed() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/api/cases']").exists())
			.andExpect(jsonPath("$.paths['/api/search']").exists())
			// the signed-in user is the server's to know, not a parameter a client sends
			.andExpect(jsonPath("$.paths['/api/cases/{caseNumber}'].get.parameters[*].name").value(org.hamcrest.Matchers.contains("caseNumber")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("\"CurrentUser\""))));
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void aRoundsPageShowsItsDatesTheDanishWay() throws Exception {
		for (Long id : jdbc.queryForList("SELECT id FROM supervision.round WHERE created_by = 'centerchef'", Long.class)) {
			String page = mvc.perform(get("/supervision/" + id).with(as("centerchef"))).andExpect(status().isOk()).andReturn()
				.getResponse().getContentAsString();
			// what a person reads: the text between the tags (attributes such as datetime= are for machines)
			// and the seed, which is a code to copy exactly (the demo's seeds end with the round's last day)
			String text = page.replaceAll("(?s)<[^>]*>", " ").replaceAll("demo-\\d+-\\S+", "");
			org.assertj.core.api.Assertions.assertThat(text).doesNotContainPattern("\\b\\d{4}-\\d{2}-\\d{2}\\b");
		}
	}
}
