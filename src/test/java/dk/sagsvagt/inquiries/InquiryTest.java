package dk.sagsvagt.inquiries;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;
import dk.sagsvagt.support.JsonApi;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The seed inquiry: a citizen writes to the mayor on Wednesday 7 June 2017 and is answered on Friday 16 June 2017,
 * within the service target of 10 working days (due Wednesday 21 June). One received on Maundy Thursday 2017 (a
 * holiday, as are Good Friday and Easter Monday) is due on Monday 1 May. Replies, committee items and the agenda PDF.
 */
@IntegrationTest
class InquiryTest {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonApi api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void users() {
		fixtures.unitA();
	}

	Map<String, Object> inquiry(String cpr, LocalDate receivedOn, List<String> linkedCases) {
		Map<String, Object> n = new HashMap<>(Map.of("addressedTo", "MAYOR", "channel", "LETTER", "receivedOn", receivedOn.toString(),
				"citizenCpr", cpr, "citizenName", "Birgit Borgersen", "subject", "Lang sagsbehandlingstid",
				"text", "Jeg har ventet længe på svar i min sag og forstår ikke reglerne.", "assignee", "test.a"));
		n.put("topics", List.of("sagsbehandlingstid", "regler"));
		n.put("linkedCases", linkedCases);
		return n;
	}

	@Test
	void theSeedInquiryOf7June2017AnsweredOn16JuneIsOnTimeAndTheLetterIsJournaled() throws Exception {
		String cpr = Fixtures.newChildCpr();
		CaseFile own = fixtures.caseOfType(fixtures.unitA(), "test.a", "PREVENTIVE_MEASURE", cpr, "Borgerens egen sag");
		JsonNode created = api.call("test.leader.a", post("/api/inquiries"), inquiry(cpr, LocalDate.of(2017, 6, 7), List.of(own.caseNumber())), 201);
		long id = created.get("id").asLong();
		assertThat(created.get("replyDue").asString()).isEqualTo("2017-06-21");
		assertThat(created.get("linkedCases").get(0).asString()).isEqualTo(own.caseNumber());
		assertThat(created.get("citizenName").asString()).as("the citizen register's name").isEqualTo("Testborger");
		// on the worklist of the one who answers
		assertThat(api.call("test.a", get("/api/deadlines/mine"), null, 200).findValuesAsString("caseNumber"))
			.contains(created.get("caseNumber").asString());

		String draft = api.call("test.a", get("/api/inquiries/" + id + "/reply-draft"), null, 200).get("text").asString();
		assertThat(draft).startsWith("Kære Testborger").contains("Tak for din henvendelse af 7. juni 2017 til borgmesteren om lang sagsbehandlingstid")
			.contains(InquiryReplies.WRITE_HERE);
		assertThat(api.call("test.a", post("/api/inquiries/" + id + "/reply"), Map.of("text", draft, "repliedOn", "2017-06-16"), 400)
			.get("field").asString()).isEqualTo("text");
		String text = draft.replace(InquiryReplies.WRITE_HERE, "Din sag blev forsinket, da din sagsbehandler fik nyt job.\nVi beklager.");
		JsonNode replied = api.call("test.a", post("/api/inquiries/" + id + "/reply"), Map.of("text", text, "repliedOn", "2017-06-16"), 200);
		assertThat(replied.get("status").asString()).isEqualTo("ANSWERED");
		assertThat(replied.get("replyDeadlineStatus").asString()).as("10 working days from 7 June 2017").isEqualTo("MET");
		api.call("test.a", post("/api/inquiries/" + id + "/reply"), Map.of("text", text), 409);
		assertThat(jdbc.queryForObject("SELECT status FROM cases.case_file WHERE case_number = ?", String.class,
				created.get("caseNumber").asString())).as("the reply closes the inquiry's case").isEqualTo("CLOSED");

		String letterNumber = replied.get("replyDocument").asString();
		byte[] pdf = mvc.perform(get("/api/documents/" + letterNumber + "/content").with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String letter = new PDFTextStripper().getText(document);
			assertThat(letter).contains("Svar på din henvendelse").contains("Sagsnummer: " + created.get("caseNumber").asString())
				.contains("Dokumentnummer: " + letterNumber).contains("Dato: den 16. juni 2017").contains("Testborger\nDato:")
				.contains("Din sag blev forsinket, da din sagsbehandler fik nyt job.\nVi beklager.");
		}
		assertThat(jdbc.queryForObject("SELECT direction FROM journal.document WHERE document_number = ?", String.class, letterNumber))
			.isEqualTo("OUTGOING");
	}

	@Test
	void anInquiryReceivedOnMaundyThursday2017IsDueOnTheFirstOfMay() throws Exception {
		JsonNode created = api.call("test.a", post("/api/inquiries"), inquiry(Fixtures.newChildCpr(), LocalDate.of(2017, 4, 13), List.of()), 201);
		// 13 April (Maundy Thursday), 14 April (Good Friday) and 17 April (Easter Monday) are holidays: 18 April is day 1
		assertThat(created.get("replyDue").asString()).isEqualTo("2017-05-01");
		assertThat(created.get("replyDeadlineStatus").asString()).isEqualTo("OPEN");
	}

	@Test
	void badInputIsRefusedWithTheFieldAndNothingIsSaved() throws Exception {
		String cpr = Fixtures.newChildCpr();
		CaseFile someoneElses = fixtures.caseOfType(fixtures.unitA(), "test.a", "PREVENTIVE_MEASURE", Fixtures.newChildCpr(), "En andens sag");
		long inquiries = count("inquiries.inquiry");
		long cases = count("cases.case_file");
		long documents = count("journal.document");
		assertThat(api.call("test.a", post("/api/inquiries"), inquiry(cpr, TODAY.plusDays(1), List.of()), 400).get("field").asString())
			.isEqualTo("receivedOn");
		Map<String, Object> noAssignee = inquiry(cpr, TODAY, List.of());
		noAssignee.put("assignee", "test.ombud");
		assertThat(api.call("test.a", post("/api/inquiries"), noAssignee, 400).get("field").asString()).isEqualTo("assignee");
		assertThat(api.call("test.a", post("/api/inquiries"), inquiry(cpr, TODAY, List.of(someoneElses.caseNumber())), 400).get("detail")
			.asString()).contains("vedrører ikke borgeren");
		Map<String, Object> badCpr = inquiry("123", TODAY, List.of());
		assertThat(api.call("test.a", post("/api/inquiries"), badCpr, 400).get("field").asString()).isEqualTo("citizenCpr");
		api.call("test.ombud", post("/api/inquiries"), inquiry(cpr, TODAY, List.of()), 403);
		assertThat(count("inquiries.inquiry")).isEqualTo(inquiries);
		assertThat(count("cases.case_file")).isEqualTo(cases);
		assertThat(count("journal.document")).isEqualTo(documents);
	}

	@Test
	void anInquiryIsPutForwardToACommitteeMeetingAndTheAgendaIsAPdf() throws Exception {
		JsonNode inquiry = api.call("test.a", post("/api/inquiries"), inquiry(Fixtures.newChildCpr(), TODAY, List.of()), 201);
		long id = inquiry.get("id").asLong();
		LocalDate meetsOn = TODAY.plusDays(14);
		api.call("test.a", post("/api/committee/meetings"), Map.of("committee", "Socialudvalget", "meetsOn", meetsOn.toString()), 403);
		api.call("test.leader.a", post("/api/committee/meetings"), Map.of("committee", "Socialudvalget", "meetsOn", TODAY.minusDays(1).toString()), 400);
		JsonNode meeting = api.call("test.leader.a", post("/api/committee/meetings"), Map.of("committee", "Socialudvalget " + id,
				"meetsOn", meetsOn.toString(), "place", "Rådhuset, udvalgsværelse 1"), 201);
		long meetingId = meeting.get("id").asLong();
		api.call("test.leader.a", post("/api/committee/meetings"), Map.of("committee", "Socialudvalget " + id, "meetsOn", meetsOn.toString()), 409);

		Map<String, Object> item = Map.of("meetingId", meetingId, "summary", "En borger har skrevet til borgmesteren om lang sagsbehandlingstid.");
		assertThat(api.call("test.leader.a", post("/api/inquiries/" + id + "/committee"), Map.of("meetingId", meetingId,
				"summary", "Borgeren med cpr 010190-1234 har skrevet."), 400).get("field").asString()).isEqualTo("summary");
		api.call("test.a", post("/api/inquiries/" + id + "/committee"), item, 403);
		JsonNode forwarded = api.call("test.leader.a", post("/api/inquiries/" + id + "/committee"), item, 201);
		assertThat(forwarded.get("position").asInt()).isEqualTo(1);
		assertThat(forwarded.get("title").asString()).isEqualTo("Orientering om henvendelse: Lang sagsbehandlingstid");
		api.call("test.leader.a", post("/api/inquiries/" + id + "/committee"), item, 409);

		JsonNode shown = api.call("test.a", get("/api/inquiries/" + id), null, 200);
		assertThat(shown.get("agendaItems").get(0).get("meetingId").asLong()).isEqualTo(meetingId);
		assertThat(jdbc.queryForList("SELECT e.summary FROM cases.case_event e JOIN cases.case_file f ON f.id = e.case_id "
				+ "WHERE f.case_number = ? AND e.kind = 'COMMITTEE'", String.class, inquiry.get("caseNumber").asString()))
			.containsExactly("Forelagt Socialudvalget " + id + " (mødet " + java.time.format.DateTimeFormatter.ofPattern("d. MMMM yyyy",
					java.util.Locale.forLanguageTag("da")).format(meetsOn) + ")");

		byte[] pdf = mvc.perform(get("/api/committee/meetings/" + meetingId + "/agenda.pdf").with(httpBasic("test.leader.a", Fixtures.PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String agenda = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(agenda).contains("Dagsorden: Socialudvalget " + id).contains("Sted: Rådhuset, udvalgsværelse 1")
				.contains("1. Orientering om henvendelse: Lang sagsbehandlingstid")
				.contains("En borger har skrevet til borgmesteren om lang sagsbehandlingstid.")
				.contains("Sagsnummer: " + inquiry.get("caseNumber").asString());
		}
	}

	@Test
	void anotherUnitsCaseworkerNeitherSeesNorReadsTheInquiry() throws Exception {
		JsonNode inquiry = api.call("test.a", post("/api/inquiries"), inquiry(Fixtures.newChildCpr(), TODAY, List.of()), 201);
		api.call("test.c", get("/api/inquiries/" + inquiry.get("id").asLong()), null, 403);
		assertThat(api.call("test.c", get("/api/inquiries"), null, 200).findValuesAsString("caseNumber"))
			.doesNotContain(inquiry.get("caseNumber").asString());
		assertThat(api.call("test.a", get("/api/inquiries"), null, 200).findValuesAsString("caseNumber"))
			.contains(inquiry.get("caseNumber").asString());
	}

	long count(String table) {
		return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
	}
}
