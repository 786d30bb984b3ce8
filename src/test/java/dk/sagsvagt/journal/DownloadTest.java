package dk.sagsvagt.journal;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Uploaded files come back as attachments, with the uploader's type only when it is harmless. */
@IntegrationTest
class DownloadTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	UserDetailsService users;

	@Test
	void anUploadedPageScriptOrSvgIsServedAsOctetStreamAndOnlyAllowedTypesKeepTheirs() throws Exception {
		CaseFile caseFile = fixtures.caseIn(fixtures.unitA(), "Sag med farlige filer");
		String[][] files = { { "side.html", "text/html", "application/octet-stream" },
				{ "billede.svg", "image/svg+xml", "application/octet-stream" },
				{ "script.js", "application/javascript", "application/octet-stream" },
				{ "brev.xhtml", "application/xhtml+xml", "application/octet-stream" },
				{ "brev.pdf", "application/pdf", "application/pdf" }, { "foto.png", "image/png", "image/png" },
				{ "foto.jpg", "image/jpeg", "image/jpeg" }, { "brev.txt", "text/plain", "text/plain" },
				{ "latin1.txt", "text/plain; charset=ISO-8859-1", "text/plain" },
				{ "snyd.txt", "text/plain; charset=utf-7", "application/octet-stream" } };
		int n = 0;
		for (String[] f : files) {
			mvc.perform(multipart("/api/cases/{n}/documents", caseFile.caseNumber())
				.file(new MockMultipartFile("file", f[0], f[1], "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8)))
				.param("title", f[0])
				.with(httpBasic("test.a", Fixtures.PASSWORD))).andExpect(status().isCreated());
			String number = caseFile.caseNumber() + "-" + ++n;
			for (String address : new String[] { "/api/documents/{d}/content", "/documents/{d}/content" }) {
				mvc.perform(get(address, number).with(httpBasic("test.a", Fixtures.PASSWORD)).with(user(users.loadUserByUsername("test.a"))))
					.andExpect(status().isOk())
					.andExpect(header().string("Content-Type", startsWith(f[2])))
					.andExpect(header().string("Content-Disposition", startsWith("attachment")))
					.andExpect(header().string("X-Content-Type-Options", "nosniff"));
			}
		}
	}

	@Test
	void downloadingANoteWithoutAFileAnswersItsTextAsPlainText() throws Exception {
		CaseFile caseFile = fixtures.caseIn(fixtures.unitA(), "Sag med notat uden fil");
		mvc.perform(post("/api/cases/{n}/documents", caseFile.caseNumber())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Notat\", \"direction\": \"INTERNAL\", \"kind\": \"NOTE\", \"text\": \"Telefonsamtale med bedstemoren.\"}")
			.with(httpBasic("test.a", Fixtures.PASSWORD))).andExpect(status().isCreated());
		// issue 17: this answered 500 for every role; a note's content is its text
		mvc.perform(get("/api/documents/{d}/content", caseFile.caseNumber() + "-1").with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "text/plain;charset=UTF-8"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().string("Telefonsamtale med bedstemoren."));
		mvc.perform(get("/documents/{d}/content", caseFile.caseNumber() + "-1").with(user(users.loadUserByUsername("test.a"))))
			.andExpect(status().isOk())
			.andExpect(content().string("Telefonsamtale med bedstemoren."));
		mvc.perform(get("/api/documents/{d}/content", caseFile.caseNumber() + "-1").with(httpBasic("test.c", Fixtures.PASSWORD)))
			.andExpect(status().isForbidden());
	}
}
