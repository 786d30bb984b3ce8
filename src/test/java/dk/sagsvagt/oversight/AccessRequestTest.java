package dk.sagsvagt.oversight;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.journal.Direction;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.HistoricDocument;
import dk.sagsvagt.journal.JournalImport;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.Letters;
import dk.sagsvagt.support.JsonApi;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Aktindsigt asked for on Friday 7 April 2017: 7 working days (offentlighedsloven § 36, stk. 2) skip Maundy Thursday,
 * Good Friday and Easter Monday and end on Friday 21 April; a letter moves the date; the answer decides each document.
 */
@IntegrationTest
class AccessRequestTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonApi api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JournalImport journalImport;

	@Test
	void anAccessRequestIsDueInSevenWorkingDaysAndAnsweredDocumentByDocument() throws Exception {
		CaseFile c = fixtures.caseIn(fixtures.unitA(), "test.a", "Sag med aktindsigt");
		var at = LocalDate.of(2017, 3, 1).atStartOfDay(java.time.ZoneId.of("Europe/Copenhagen")).toInstant();
		List<String> docs = journalImport.journalAll(List.of(
				new HistoricDocument(c.id(), c.caseNumber(), "Ansøgning", Direction.INCOMING, DocumentKind.APPLICATION, LocalDate.of(2017, 3, 1),
						"Anne", "Ansøgning om støtte.", at, "test.a"),
				new HistoricDocument(c.id(), c.caseNumber(), "Notat om tredjemand", Direction.INTERNAL, DocumentKind.NOTE, LocalDate.of(2017, 3, 2),
						"Anne", "Oplysninger om naboen.", at.plusSeconds(60), "test.a"),
				new HistoricDocument(c.id(), c.caseNumber(), "Udtalelse fra skolen", Direction.INCOMING, DocumentKind.REPORT, LocalDate.of(2017, 3, 3),
						"Anne", "Udtalelse med helbredsoplysninger om søskende.", at.plusSeconds(120), "test.a"),
				new HistoricDocument(c.id(), c.caseNumber(), "Udtalelse fra skolen (overstreget)", Direction.INTERNAL, DocumentKind.REPORT,
						LocalDate.of(2017, 3, 4), "Anne", "Udtalelse med [overstreget].", at.plusSeconds(180), "test.a")));
		JsonNode request = call(post("/api/cases/" + c.caseNumber() + "/access-requests"), Map.of("requester", "Moren (part)", "party", true,
				"receivedOn", "2017-04-07"), 201);
		assertThat(request.get("dueDate").asString()).isEqualTo("2017-04-21");
		long id = request.get("id").asLong();

		call(post("/api/access-requests/" + id + "/delay"), Map.of("reason", "kort", "expectedOn", "2017-05-05"), 400);
		JsonNode delayed = call(post("/api/access-requests/" + id + "/delay"), Map.of("reason", "Sagen skal gennemgås for tredjemandsoplysninger.",
				"expectedOn", "2017-05-05"), 200);
		assertThat(delayed.get("dueDate").asString()).isEqualTo("2017-05-05");
		String delayLetter = Letters.text(mvc, jdbc.queryForObject("SELECT delay_letter_document FROM oversight.access_request WHERE id = ?",
				String.class, id), "test.a");
		Letters.assertMunicipalLetter(delayLetter, Fixtures.SIGNED_BY_TEST_A);
		assertThat(delayLetter).contains("Du kan forvente et svar senest den 5. maj 2017");

		assertThat(call(post("/api/access-requests/" + id + "/answer"), Map.of("documents", List.of(Map.of("documentNumber", docs.get(1),
				"outcome", "EXEMPT"))), 400).get("field").asString()).isEqualTo("documents");
		JsonNode answered = call(post("/api/access-requests/" + id + "/answer"), Map.of("documents", List.of(
				Map.of("documentNumber", docs.get(0), "outcome", "DISCLOSED"),
				Map.of("documentNumber", docs.get(1), "outcome", "EXEMPT", "legalReason", "Offentlighedsloven § 30, nr. 1 (private forhold)"),
				Map.of("documentNumber", docs.get(2), "outcome", "REDACTED", "legalReason", "Forvaltningsloven § 15 b, nr. 1",
						"redactedDocument", docs.get(3)))), 200);
		assertThat(answered.get("status").asString()).isEqualTo("ANSWERED");
		Letters.assertMunicipalLetter(Letters.text(mvc, answered.get("coverLetterDocument").asString(), "test.a"), Fixtures.SIGNED_BY_TEST_A);

		byte[] zip = mvc.perform(get("/api/documents/" + answered.get("bundleDocument").asString() + "/content")
			.with(httpBasic("test.a", Fixtures.PASSWORD))).andReturn().getResponse().getContentAsByteArray();
		List<String> entries = new ArrayList<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				if (!e.getName().equals("oversigt.pdf")) {
					entries.add(e.getName().substring(0, e.getName().indexOf("-v")));
				}
			}
		}
		assertThat(entries).containsExactlyInAnyOrder(docs.get(0), docs.get(3));
		assertThat(jdbc.queryForList("SELECT document_number FROM oversight.disclosure WHERE access_request_id = ?", String.class, id))
			.containsExactlyInAnyOrder(docs.get(0), docs.get(3));
		assertThat(jdbc.queryForObject("SELECT status FROM deadlines.deadline WHERE case_id = ? AND rule_code = 'ACCESS_REQUEST'", String.class,
				c.id())).isEqualTo("MET_LATE");
	}

	/**
	 * Issue 19: an answer given on 9 March 2017 and registered later carries its real date: the 7 working days from
	 * 2 March (due 13 March) are met, the letter is dated then; registered late, it needs the reason.
	 */
	@Test
	void anAnswerGivenEarlierIsRegisteredWithItsRealDate() throws Exception {
		CaseFile c = fixtures.caseIn(fixtures.unitA(), "test.a", "Aktindsigt besvaret uden for systemet");
		var at = LocalDate.of(2017, 3, 1).atStartOfDay(java.time.ZoneId.of("Europe/Copenhagen")).toInstant();
		String doc = journalImport.journalAll(List.of(new HistoricDocument(c.id(), c.caseNumber(), "Ansøgning", Direction.INCOMING,
				DocumentKind.APPLICATION, LocalDate.of(2017, 3, 1), "Anne", "Ansøgning om støtte.", at, "test.a"))).get(0);
		long id = call(post("/api/cases/" + c.caseNumber() + "/access-requests"), Map.of("requester", "Moren (part)", "party", true,
				"receivedOn", "2017-03-02"), 201).get("id").asLong();
		Map<String, Object> disclosed = Map.of("documentNumber", doc, "outcome", "DISCLOSED");
		assertThat(call(post("/api/access-requests/" + id + "/answer"), Map.of("documents", List.of(disclosed), "answeredOn", "2017-03-09"),
				400).get("field").asString()).isEqualTo("lateReason");
		call(post("/api/access-requests/" + id + "/answer"), Map.of("documents", List.of(disclosed), "answeredOn", "2017-03-09",
				"lateReason", "Svaret blev givet ved personligt fremmøde"), 200);
		assertThat(jdbc.queryForObject("SELECT status || ' ' || (met_at AT TIME ZONE 'Europe/Copenhagen')::date FROM deadlines.deadline "
				+ "WHERE case_id = ? AND rule_code = 'ACCESS_REQUEST'", String.class, c.id())).isEqualTo("MET 2017-03-09");
		String letter = Letters.text(mvc, jdbc.queryForObject("SELECT cover_letter_document FROM oversight.access_request WHERE id = ?",
				String.class, id), "test.a");
		assertThat(letter).contains("Dato: 9. marts 2017");
	}

	JsonNode call(MockHttpServletRequestBuilder request, Object body, int status) throws Exception {
		return api.call("test.a", request, body, status);
	}
}
