package dk.sagsvagt.web;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The hardening of issue 16: cross-origin writes, cookies behind TLS, control characters, Tomcat's own errors. */
@IntegrationTest
class HardeningTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcTemplate jdbc;

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void aCrossOriginWriteToTheApiIsRefusedAndScriptsAndOurOwnPagesAreNot() throws Exception {
		CaseFile c = fixtures.caseIn(fixtures.unitA(), "test.a", "Sag til cross-origin");
		String note = "{\"title\": \"Notat\", \"text\": \"Telefonsamtale.\"}";
		for (String[] hostile : List.of(new String[] { "Origin", "https://ond.example" }, new String[] { "Origin", "null" },
				new String[] { "Sec-Fetch-Site", "cross-site" })) {
			mvc.perform(post("/api/cases/{n}/documents", c.caseNumber()).contentType(MediaType.TEXT_PLAIN).content(note)
				.header(hostile[0], hostile[1]).with(httpBasic("test.a", Fixtures.PASSWORD)))
				.andExpect(status().isForbidden())
				.andExpect(header().string("Content-Type", startsWith("application/problem+json")))
				.andExpect(jsonPath("$.detail").value(containsString("anden hjemmeside")));
		}
		assertThat(jdbc.queryForObject("SELECT count(*) FROM journal.document WHERE case_id = ?", Long.class, c.id())).isZero();
		mvc.perform(post("/api/cases/{n}/documents", c.caseNumber()).contentType(MediaType.APPLICATION_JSON).content(note)
			.header("Origin", "http://localhost").header("Sec-Fetch-Site", "same-origin").with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/cases/{n}/documents", c.caseNumber()).contentType(MediaType.APPLICATION_JSON).content(note)
			.with(httpBasic("test.a", Fixtures.PASSWORD))).andExpect(status().isCreated());
		mvc.perform(get("/api/cases/{n}", c.caseNumber()).header("Origin", "https://ond.example").with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().isOk());
	}

	@Test
	void theSessionCookieIsSameSiteLaxAndSecureWithHstsBehindATlsProxy() throws Exception {
		HttpResponse<String> plain = send(HttpRequest.newBuilder(uri("/login")).GET().build());
		assertThat(plain.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("JSESSIONID").contains("SameSite=Lax")
			.contains("HttpOnly").doesNotContain("Secure"));
		assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
		HttpResponse<String> proxied = send(HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-Proto", "https").GET().build());
		assertThat(proxied.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c).contains("SameSite=Lax").contains("Secure"));
		assertThat(proxied.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(v -> assertThat(v).contains("max-age="));
	}

	@Test
	void aControlCharacterInAnyInputIs400InDanishAndNever500() throws Exception {
		CaseFile c = fixtures.caseIn(fixtures.unitA(), "test.a", "Sag til kontroltegn");
		mvc.perform(get("/api/search").param("q", "barn\u0000").with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", startsWith("application/problem+json")))
			.andExpect(jsonPath("$.detail").value(containsString("kontroltegn")));
		mvc.perform(post("/api/cases/{n}/documents", c.caseNumber()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Notat\\u0000\", \"text\": \"x\"}").with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", startsWith("application/problem+json")));
		mvc.perform(get("/search").param("q", "barn\u0000").with(user(users.loadUserByUsername("test.a"))))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("kontroltegn")));
		// tab and line breaks stay allowed in free text, and an escaped backslash is no control character
		mvc.perform(post("/api/cases/{n}/documents", c.caseNumber()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Notat\\tom C:\\\\u0000\", \"text\": \"Linje 1\\r\\nLinje 2\"}").with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().isCreated());
		mvc.perform(get("/api/search").param("q", "barn\tskole").with(httpBasic("test.a", Fixtures.PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void aControlCharacterInAnUploadFormsFieldsIs400InDanishFromTheWebFormAndTheApi() throws Exception {
		CaseFile c = fixtures.caseIn(fixtures.unitA(), "test.a", "Sag til kontroltegn i upload");
		MockMultipartFile file = new MockMultipartFile("file", "brev.txt", "text/plain", "Et brev".getBytes(StandardCharsets.UTF_8));
		mvc.perform(multipart("/cases/{n}/documents", c.caseNumber()).file(file)
			.param("title", "Brev\u0000").param("direction", "INCOMING").param("kind", "LETTER").param("note", "x\u0000")
			.with(user(users.loadUserByUsername("test.a"))).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("kontroltegn")));
		mvc.perform(multipart("/api/cases/{n}/documents", c.caseNumber()).file(file)
			.param("title", "Brev").param("text", "Notat\u0000").with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("Content-Type", startsWith("application/problem+json")))
			.andExpect(jsonPath("$.detail").value(containsString("kontroltegn")));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM journal.document WHERE case_id = ?", Integer.class, c.id())).isZero();
	}

	@Test
	void aJsonBodyOverTheLimitIs413InDanishAndNotReadWhole() throws Exception {
		CaseFile c = fixtures.caseIn(fixtures.unitA(), "test.a", "Sag til for stor JSON");
		String huge = "{\"title\": \"Notat\", \"text\": \"" + "a".repeat(2 * 1024 * 1024) + "\"}";
		mvc.perform(post("/api/cases/{n}/documents", c.caseNumber()).contentType(MediaType.APPLICATION_JSON)
			.content(huge).with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().is(413))
			.andExpect(header().string("Content-Type", startsWith("application/problem+json")))
			.andExpect(jsonPath("$.detail").value(containsString("for stor")));
		mvc.perform(post("/api/cases/{n}/documents", c.caseNumber()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Notat\", \"text\": \"" + "a".repeat(500 * 1024) + "\"}").with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().isCreated());
	}

	@Test
	void tomcatsOwnErrorsAreProblemJsonInTheApiAndDanishPagesElsewhere() throws Exception {
		String api = raw("GET /api/cases/%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(api).startsWith("HTTP/1.1 400").contains("application/problem+json").doesNotContain("Apache Tomcat");
		String page = raw("GET /cases/%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
		assertThat(page).startsWith("HTTP/1.1 400").contains("text/html").contains("lang=\"da\"").doesNotContain("Apache Tomcat");
	}

	@Test
	void aTooLargeUploadFromTheWebFormIsADanishPage() throws Exception {
		CaseFile c = fixtures.caseIn(fixtures.unitA(), "test.a", "Sag til for stor fil");
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
		String form = browser.send(HttpRequest.newBuilder(uri("/login")).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
		java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		assertThat(token.find()).isTrue();
		browser.send(HttpRequest.newBuilder(uri("/login")).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=test.a&password=" + Fixtures.PASSWORD + "&_csrf=" + token.group(1))).build(),
				HttpResponse.BodyHandlers.ofString());
		String page = browser.send(HttpRequest.newBuilder(uri("/cases/" + c.caseNumber() + "/documents/new")).GET().build(),
				HttpResponse.BodyHandlers.ofString()).body();
		java.util.regex.Matcher pageToken = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(pageToken.find()).as(page).isTrue();
		String boundary = "graense";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + pageToken.group(1) + "\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nStor\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"stor.txt\"\r\nContent-Type: text/plain\r\n\r\n"
				+ "a".repeat(3 * 1024 * 1024) + "\r\n--" + boundary + "--\r\n";
		HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(uri("/cases/" + c.caseNumber() + "/documents"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.body()).contains("lang=\"da\"").doesNotContain("Apache Tomcat");
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private HttpResponse<String> send(HttpRequest request) throws Exception {
		return http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** A request as written, for addresses no HTTP client will send. */
	private String raw(String request) throws Exception {
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}
}
