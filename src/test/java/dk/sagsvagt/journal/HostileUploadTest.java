package dk.sagsvagt.journal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Files made to be expensive to read are journaled at once and kept; their text is read outside the request, in a
 * process with a small heap and a time limit (10 s in the test profile), while the application keeps answering.
 */
@IntegrationTest
class HostileUploadTest {

	private static final Set<String> GAVE_UP = Set.of("TIMED_OUT", "TOO_LARGE", "FAILED");

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserDetailsService users;

	@LocalServerPort
	int port;

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void aPdfWhoseStreamExpandsToHundredsOfMegabytesIsKeptAndGivenUpOnWithinTheLimit() throws Exception {
		byte[] bomb = HostileFiles.pdfWithExpandingStream(400);
		assertThat(bomb.length).isLessThan(1_000_000);
		String number = uploadQuickly(bomb, "bombe.pdf", "application/pdf");

		assertThat(healthWithin(Duration.ofSeconds(5))).contains("UP");
		assertThat(fixtures.awaitExtraction(number)).isIn("TIMED_OUT", "TOO_LARGE");
		assertKept(number, bomb);
	}

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void aDocxWithAHighlyCompressedDocumentXmlIsKeptAndTheApplicationKeepsAnswering() throws Exception {
		byte[] docx = HostileFiles.docxWithLargeDocumentXml(24);
		assertThat(docx.length).isLessThan(1_000_000);
		String number = uploadQuickly(docx, "referat.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

		assertThat(healthWithin(Duration.ofSeconds(5))).contains("UP");
		assertThat(fixtures.awaitExtraction(number)).isIn(GAVE_UP.toArray());
		assertKept(number, docx);
	}

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void aPdfWithDeeplyNestedArraysIsKeptAndMarkedAsNotReadable() throws Exception {
		byte[] nested = HostileFiles.pdfWithDeepNesting(200_000);
		String number = uploadQuickly(nested, "dyb.pdf", "application/pdf");

		assertThat(healthWithin(Duration.ofSeconds(5))).contains("UP");
		assertThat(fixtures.awaitExtraction(number)).isIn(GAVE_UP.toArray());
		assertKept(number, nested);
	}

	@Test
	@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
	void theWebFormRedirectsAtOnceAndTheDocumentPageSaysTheTextIsBeingRead() throws Exception {
		byte[] bomb = HostileFiles.pdfWithExpandingStream(400);
		CaseFile caseFile = fixtures.caseIn(fixtures.unitA(), "Sag med fjendtlig fil via formularen");
		var a = SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("test.a"));
		long start = System.nanoTime();
		mvc.perform(multipart("/cases/{n}/documents", caseFile.caseNumber()).file(new MockMultipartFile("file", "bombe.pdf", "application/pdf", bomb))
			.param("title", "Brev med stor strøm").param("direction", "INCOMING").param("kind", "LETTER")
			.with(a).with(SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/documents/" + caseFile.caseNumber() + "-1"));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));

		mvc.perform(get("/documents/{d}", caseFile.caseNumber() + "-1").with(a))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Tekst udtrækkes …")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("hx-trigger=\"every 3s\"")));
		assertThat(fixtures.awaitExtraction(caseFile.caseNumber() + "-1")).isIn("TIMED_OUT", "TOO_LARGE");
		mvc.perform(get("/documents/{d}", caseFile.caseNumber() + "-1").with(a))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Tekst kunne ikke udtrækkes")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("hx-trigger=\"every 3s\""))));
	}

	/** Journals the file through the API, expects 201 within a few seconds and the state "being read"; its number. */
	private String uploadQuickly(byte[] file, String name, String type) throws Exception {
		CaseFile caseFile = fixtures.caseIn(fixtures.unitA(), "Sag med fjendtlig fil");
		long start = System.nanoTime();
		MvcResult result = mvc.perform(multipart("/api/cases/{n}/documents", caseFile.caseNumber())
			.file(new MockMultipartFile("file", name, type, file))
			.param("title", "Fil der er dyr at læse")
			.with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.extraction").value("PENDING"))
			.andExpect(jsonPath("$.extractionText").value("Tekst udtrækkes …"))
			.andReturn();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		return caseFile.caseNumber() + "-1";
	}

	/** The health endpoint over real HTTP, as a load balancer would ask it. */
	private String healthWithin(Duration timeout) throws Exception {
		HttpResponse<String> health = HttpClient.newBuilder().connectTimeout(timeout).build()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).timeout(timeout).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(health.statusCode()).isEqualTo(200);
		return health.body();
	}

	private void assertKept(String number, byte[] file) throws Exception {
		mvc.perform(get("/api/documents/{d}/content", number).with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().bytes(file));
		mvc.perform(get("/api/documents/{d}", number).with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(jsonPath("$[0].extractionText").value(org.hamcrest.Matchers.startsWith("Tekst kunne ikke udtrækkes")));
	}
}
