package dk.sagsvagt.inquiries;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;
import dk.sagsvagt.support.JsonApi;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A leader puts Borgerrådgiveren's report before Socialudvalget with the documents attached, and a reply to an
 * inquiry is signed on behalf of the mayor.
 */
@IntegrationTest
class CommitteeAgendaTest {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonApi api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	dk.sagsvagt.cases.Cases cases;

	@BeforeEach
	void users() {
		fixtures.unitA();
	}

	@Test
	void aReportIsPutOnAComingMeetingsAgendaWithItsDocumentsListedOnThePageAndInThePdf() throws Exception {
		CaseFile own = cases.registerOwnWork("OVERSIGHT_REQUEST", "Borgerrådgiverens beretning 2017", fixtures.unitA(), null, "test");
		String report = journal(own, "Borgerrådgiverens beretning om kvaliteten i sagsbehandlingen – 2017");
		String note = journal(own, "Resultatnotat: ledelsestilsyn „Børn og unge“");
		CaseFile elsewhere = cases.registerOwnWork("OVERSIGHT_REQUEST", "Egen sag i en anden enhed", fixtures.unitC(), null, "test");
		String outOfScope = journal(elsewhere, "Notat i enhed C", "test.c");
		CaseFile citizens = fixtures.caseIn(fixtures.unitA(), "En borgers sag");
		String citizensNote = journal(citizens, "Notat om barnet");
		long meetingId = api.call("test.leader.a", post("/api/committee/meetings"), Map.of("committee", "Socialudvalget " + System.nanoTime(),
				"meetsOn", TODAY.plusDays(21).toString()), 201).get("id").asLong();
		long logBefore = jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM access.access_log", Long.class);

		Map<String, Object> item = new HashMap<>(Map.of("title", "Borgerrådgiverens beretning 2017",
				"presentation", "Borgerrådgiveren har gennemgået 60 sager. Forvaltningen orienterer udvalget om resultatet • og om opfølgningen.",
				"documentNumbers", List.of(report, note)));
		api.call("test.a", post("/api/committee/meetings/" + meetingId + "/items"), item, 403);
		Map<String, Object> foreign = new HashMap<>(item);
		foreign.put("documentNumbers", List.of(report, outOfScope));
		api.call("test.leader.a", post("/api/committee/meetings/" + meetingId + "/items"), foreign, 403);
		Map<String, Object> ofACitizen = new HashMap<>(item);
		ofACitizen.put("documentNumbers", List.of(report, citizensNote));
		assertThat(api.call("test.leader.a", post("/api/committee/meetings/" + meetingId + "/items"), ofACitizen, 400).get("detail")
			.asString()).as("an agenda may become public").contains("forvaltningens egne sager", "ikke fra en borgers sag");
		Map<String, Object> missing = new HashMap<>(item);
		missing.put("documentNumbers", List.of(own.caseNumber() + "-99"));
		assertThat(api.call("test.leader.a", post("/api/committee/meetings/" + meetingId + "/items"), missing, 400).get("field").asString())
			.isEqualTo("documentNumbers");
		Map<String, Object> withCpr = new HashMap<>(item);
		withCpr.put("presentation", "Sagen om barnet med cpr 010190-1234 er gennemgået.");
		assertThat(api.call("test.leader.a", post("/api/committee/meetings/" + meetingId + "/items"), withCpr, 400).get("field").asString())
			.isEqualTo("presentation");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM inquiries.agenda_item WHERE meeting_id = ?", Long.class, meetingId))
			.as("nothing refused is saved").isZero();

		JsonNode added = api.call("test.leader.a", post("/api/committee/meetings/" + meetingId + "/items"), item, 201);
		assertThat(added.get("position").asInt()).isEqualTo(1);
		assertThat(added.hasNonNull("inquiryId")).isFalse();
		assertThat(added.get("documents").findValuesAsString("documentNumber")).containsExactly(report, note);
		assertThat(added.get("documents").get(0).get("title").asString()).isEqualTo("Borgerrådgiverens beretning om kvaliteten i sagsbehandlingen – 2017");
		assertThat(jdbc.queryForList("SELECT DISTINCT document_number FROM access.access_log WHERE id > ? AND username = 'test.leader.a' "
				+ "AND action = 'VIEW_DOCUMENT' AND outcome = 'ALLOWED'", String.class, logBefore))
			.as("attaching is a logged read of each document").contains(report, note);
		assertThat(jdbc.queryForList("SELECT document_number FROM access.access_log WHERE id > ? AND username = 'test.leader.a' "
				+ "AND outcome = 'DENIED'", String.class, logBefore)).contains(outOfScope);
		assertThat(jdbc.queryForList("SELECT summary FROM cases.case_event WHERE case_id = ? AND kind = 'COMMITTEE'", String.class, own.id()))
			.anyMatch(s -> s.startsWith("Dokument " + report + " forelagt Socialudvalget"));

		mvc.perform(post("/committee/" + meetingId + "/items").with(user(users.loadUserByUsername("test.leader.a"))).with(csrf())
			.param("title", "Resultatnotat fra ledelsestilsynet").param("presentation", "Notatet forelægges til orientering.")
			.param("documentNumbers", note + ", " + report))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForList("SELECT d.document_number FROM inquiries.agenda_document d JOIN inquiries.agenda_item a ON a.id = d.item_id "
				+ "WHERE a.meeting_id = ? AND a.position = 2 ORDER BY d.position", String.class, meetingId))
			.as("the form on the meeting page").containsExactly(note, report);

		String page = mvc.perform(get("/committee/" + meetingId).with(user(users.loadUserByUsername("test.leader.a"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Borgerrådgiverens beretning 2017", "Resultatnotat fra ledelsestilsynet", report, "Resultatnotat: ledelsestilsyn „Børn og unge“");

		byte[] pdf = mvc.perform(get("/api/committee/meetings/" + meetingId + "/agenda.pdf").with(httpBasic("test.leader.a", Fixtures.PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String agenda = new PDFTextStripper().getText(document);
			assertThat(agenda).contains("1. Borgerrådgiverens beretning 2017", "orienterer udvalget om resultatet •", "Bilag", report, note,
					"Resultatnotat: ledelsestilsyn „Børn og unge“");
		}
	}

	@Test
	void aMeetingThatHasBeenHeldTakesNoNewItems() throws Exception {
		long meetingId = jdbc.queryForObject("INSERT INTO inquiries.meeting (committee, meets_on, created_by, created_at) "
				+ "VALUES (?, ?, 'test', now()) RETURNING id", Long.class, "Socialudvalget " + System.nanoTime(), TODAY.minusDays(1));
		JsonNode problem = api.call("test.leader.a", post("/api/committee/meetings/" + meetingId + "/items"),
				Map.of("title", "Beretning", "presentation", "En orientering om beretningen til udvalget."), 409);
		assertThat(problem.get("detail").asString()).contains("er afholdt");
	}

	@Test
	void aReplySignedOnBehalfOfTheMayorCarriesTheMayorsLetterheadAndTheSignersNameAndTitle() throws Exception {
		Map<String, Object> n = new HashMap<>(Map.of("addressedTo", "MAYOR", "channel", "LETTER", "receivedOn", "2018-03-12",
				"citizenCpr", Fixtures.newChildCpr(), "citizenName", "Birgit Borgersen", "subject", "Ventetid på afgørelse",
				"text", "Jeg har ventet længe på svar.", "assignee", "test.leader.a"));
		JsonNode inquiry = api.call("test.leader.a", post("/api/inquiries"), n, 201);
		long id = inquiry.get("id").asLong();
		String text = "Kære Testborger\n\nTak for dit brev – vi har set på din sag “med det samme”.\n\nMed venlig hilsen";
		assertThat(api.call("test.leader.a", post("/api/inquiries/" + id + "/reply"), Map.of("text", text, "repliedOn", "2018-03-22",
				"signedOnBehalfOf", "KING"), 400).get("field").asString()).isEqualTo("signedOnBehalfOf");
		// a caseworker who may journal in the case does not sign for the mayor or the committee chair
		api.call("test.a", post("/api/inquiries/" + id + "/reply"), Map.of("text", text, "repliedOn", "2018-03-22",
				"signedOnBehalfOf", "MAYOR"), 403);
		api.call("test.a", post("/api/inquiries/" + id + "/reply"), Map.of("text", text, "repliedOn", "2018-03-22",
				"signedOnBehalfOf", "COMMITTEE_CHAIR"), 403);
		JsonNode replied = api.call("test.leader.a", post("/api/inquiries/" + id + "/reply"), Map.of("text", text, "repliedOn", "2018-03-22",
				"signedOnBehalfOf", "MAYOR"), 200);
		assertThat(jdbc.queryForObject("SELECT signed_on_behalf_of FROM inquiries.inquiry WHERE id = ?", String.class, id)).isEqualTo("MAYOR");

		byte[] pdf = mvc.perform(get("/api/documents/" + replied.get("replyDocument").asString() + "/content")
			.with(httpBasic("test.leader.a", Fixtures.PASSWORD))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String letter = new PDFTextStripper().getText(document);
			assertThat(letter).startsWith("Socialborgmesteren\nSocialforvaltningen")
				.contains("Birgit Borgersen\nDato: den 22. marts 2018")
				.contains("vi har set på din sag “med det samme”")
				.contains("Med venlig hilsen\nPå vegne af Socialborgmesteren\nLis Testleder\nEnhedschef\n")
				.containsOnlyOnce("Med venlig hilsen")
				.doesNotContain("test.leader.a");
		}
	}

	private String journal(CaseFile caseFile, String title) throws Exception {
		return journal(caseFile, title, "test.leader.a");
	}

	private String journal(CaseFile caseFile, String title, String user) throws Exception {
		String json = mvc.perform(multipart("/api/cases/{n}/documents", caseFile.caseNumber())
			.file(new MockMultipartFile("file", "notat.txt", "text/plain", "Notat".getBytes(StandardCharsets.UTF_8)))
			.param("title", title).param("direction", "INTERNAL").param("kind", "NOTE")
			.with(httpBasic(user, Fixtures.PASSWORD)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		return new ObjectMapper().readTree(json).get("documentNumber").asString();
	}
}
