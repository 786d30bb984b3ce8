package dk.sagsvagt.journal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.journal.internal.FileStore;
import dk.sagsvagt.journal.internal.OrphanSweep;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class JournalApiTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	FileStore files;

	@Autowired
	OrphanSweep sweep;

	@LocalServerPort
	int port;

	@Test
	void journalsAFileAndServesItBack() throws Exception {
		CaseFile caseFile = fixtures.caseIn(fixtures.unitA(), "Sag med brev");
		byte[] letter = "Kære Sagsbehandler\nVi skriver angående skolefraværet.".getBytes(StandardCharsets.UTF_8);
		mvc.perform(multipart("/api/cases/{n}/documents", caseFile.caseNumber())
			.file(new MockMultipartFile("file", "brev.txt", "text/plain", letter))
			.param("title", "Brev fra skolen")
			.param("direction", "INCOMING")
			.param("kind", "LETTER")
			.with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", "/api/documents/" + caseFile.caseNumber() + "-1"))
			.andExpect(jsonPath("$.documentNumber").value(caseFile.caseNumber() + "-1"))
			.andExpect(jsonPath("$.sha256").value(sha256(letter)))
			.andExpect(jsonPath("$.extraction").value("OK"));

		mvc.perform(get("/api/documents/{d}/content", caseFile.caseNumber() + "-1").with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().bytes(letter));

		mvc.perform(get("/api/cases/{n}/documents", caseFile.caseNumber()).with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].title").value("Brev fra skolen"))
			.andExpect(jsonPath("$[0].fileName").value("brev.txt"));
	}

	@Test
	void journalsANoteAsJsonAndNumbersPerCase() throws Exception {
		CaseFile caseFile = fixtures.caseIn(fixtures.unitA(), "Sag med notater");
		for (int i = 1; i <= 3; i++) {
			mvc.perform(post("/api/cases/{n}/documents", caseFile.caseNumber())
				.with(httpBasic("test.a", Fixtures.PASSWORD))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\": \"Notat " + i + "\", \"text\": \"Telefonsamtale med moderen.\"}"))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.documentNumber").value(caseFile.caseNumber() + "-" + i))
				.andExpect(jsonPath("$.kind").value("NOTE"));
		}
	}

	@Test
	void aNoteWithoutTextOrFileIsRefused() throws Exception {
		CaseFile caseFile = fixtures.caseIn(fixtures.unitA(), "Tomt notat");
		mvc.perform(post("/api/cases/{n}/documents", caseFile.caseNumber())
			.with(httpBasic("test.a", Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Tomt\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("text"))
			.andExpect(jsonPath("$.detail").value("Skriv en tekst eller vedhæft en fil."));
	}

	@Test
	void danishSearchFindsInflectedFormsInNotesPdfAndWord() throws Exception {
		CaseFile caseFile = fixtures.caseIn(fixtures.unitA(), "Sag om bekymring");
		mvc.perform(post("/api/cases/{n}/documents", caseFile.caseNumber())
			.with(httpBasic("test.a", Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Notat om møde\", \"text\": \"Vi gennemgik underretningen fra sundhedsplejersken.\"}"))
			.andExpect(status().isCreated());
		mvc.perform(multipart("/api/cases/{n}/documents", caseFile.caseNumber())
			.file(new MockMultipartFile("file", "rapport.pdf", "application/pdf", pdf("Skolens underretningsrapport om fravaer og trivsel")))
			.param("title", "Rapport fra skolen")
			.with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.extraction").value("PENDING"));
		mvc.perform(multipart("/api/cases/{n}/documents", caseFile.caseNumber())
			.file(new MockMultipartFile("file", "referat.docx",
					"application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx("Referat af børnesamtalen med Emil")))
			.param("title", "Referat")
			.with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.extraction").value("PENDING"));
		// PDF and Word files are read outside the request: searchable once read
		assertThat(fixtures.awaitExtraction(caseFile.caseNumber() + "-2")).isEqualTo("OK");
		assertThat(fixtures.awaitExtraction(caseFile.caseNumber() + "-3")).isEqualTo("OK");

		mvc.perform(get("/api/search").param("q", "underretning").with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.documents[*].documentNumber").value(hasItem(caseFile.caseNumber() + "-1")))
			.andExpect(jsonPath("$.documents[*].snippet").value(hasItem(containsString("underretningen"))));
		mvc.perform(get("/api/search").param("q", "fravaer").with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(jsonPath("$.documents[*].documentNumber").value(hasItem(caseFile.caseNumber() + "-2")));
		mvc.perform(get("/api/search").param("q", "børnesamtale").with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(jsonPath("$.documents[*].documentNumber").value(hasItem(caseFile.caseNumber() + "-3")));
		mvc.perform(get("/api/search").param("q", "bekymringer").with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(jsonPath("$.cases[*].caseNumber").value(hasItem(caseFile.caseNumber())));
	}

	@Test
	void anUnreadableFileIsKeptAndMarkedFailed() throws Exception {
		CaseFile caseFile = fixtures.caseIn(fixtures.unitA(), "Ødelagt PDF");
		byte[] broken = "%PDF-1.7 this is not really a pdf".getBytes(StandardCharsets.US_ASCII);
		mvc.perform(multipart("/api/cases/{n}/documents", caseFile.caseNumber())
			.file(new MockMultipartFile("file", "scan.pdf", "application/pdf", broken))
			.param("title", "Scannet brev")
			.with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.extraction").value("PENDING"));
		assertThat(fixtures.awaitExtraction(caseFile.caseNumber() + "-1")).isEqualTo("FAILED");
		assertThat(Files.readAllBytes(files.path(sha256(broken)))).isEqualTo(broken);
	}

	@Test
	void aFileOverTheLimitIs413AndNothingIsSaved() throws Exception {
		CaseFile caseFile = fixtures.caseIn(fixtures.unitA(), "For stor fil");
		byte[] big = new byte[1_500_000];
		String boundary = "sagsvagt-test-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nStor fil\r\n--" + boundary
				+ "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"stor.bin\"\r\n"
				+ "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.write(big);
		body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cases/" + caseFile.caseNumber() + "/documents"))
				.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("test.a:" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
		assertThat(response.body()).contains("Filen er større end den tilladte grænse");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM journal.document WHERE title = 'Stor fil'", Integer.class)).isZero();
	}

	@Test
	void anUploadWhoseDatabaseWriteFailsLeavesNoRowAndAfterTheSweepNoFile() throws Exception {
		CaseFile caseFile = fixtures.caseIn(fixtures.unitA(), "Fejlende upload");
		byte[] content = ("Unikt indhold " + Instant.now() + " " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
		jdbc.execute("""
				CREATE FUNCTION public.fail_document() RETURNS trigger LANGUAGE plpgsql AS $$
				BEGIN IF NEW.title = 'Mislykkes' THEN RAISE EXCEPTION 'simulated failure'; END IF; RETURN NEW; END $$""");
		jdbc.execute("CREATE TRIGGER fail_document BEFORE INSERT ON journal.document FOR EACH ROW EXECUTE FUNCTION public.fail_document()");
		try {
			mvc.perform(multipart("/api/cases/{n}/documents", caseFile.caseNumber())
				.file(new MockMultipartFile("file", "fejl.txt", "text/plain", content))
				.param("title", "Mislykkes")
				.with(httpBasic("test.a", Fixtures.PASSWORD)))
				.andExpect(status().isInternalServerError())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
		finally {
			jdbc.execute("DROP TRIGGER fail_document ON journal.document");
			jdbc.execute("DROP FUNCTION public.fail_document()");
		}
		assertThat(jdbc.queryForObject("SELECT count(*) FROM journal.document WHERE case_id = ?", Integer.class, caseFile.id())).isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM journal.document_counter WHERE case_id = ?", Integer.class, caseFile.id())).isZero();
		assertThat(files.path(sha256(content))).exists();

		sweep.sweep(Instant.now().plusSeconds(1));

		assertThat(files.path(sha256(content))).doesNotExist();
	}

	@Test
	void theSweepKeepsFilesThatADocumentNames() throws Exception {
		CaseFile caseFile = fixtures.caseIn(fixtures.unitA(), "Fil der skal blive");
		byte[] content = ("Bevares " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
		mvc.perform(multipart("/api/cases/{n}/documents", caseFile.caseNumber())
			.file(new MockMultipartFile("file", "bevar.txt", "text/plain", content))
			.param("title", "Bevares")
			.with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().isCreated());
		sweep.sweep(Instant.now().plusSeconds(1));
		assertThat(files.path(sha256(content))).exists();
	}

	@Test
	void unknownDocumentIs404() throws Exception {
		fixtures.unitA();
		mvc.perform(get("/api/documents/{d}/content", "1999-0000001-1").with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(not(containsString("Exception"))));
	}

	static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	static byte[] pdf(String text) throws IOException {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
				stream.beginText();
				stream.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				stream.newLineAtOffset(72, 700);
				stream.showText(text);
				stream.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
	}

	static byte[] docx(String text) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(text);
			document.write(out);
			return out.toByteArray();
		}
	}
}
