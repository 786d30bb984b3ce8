package dk.sagsvagt.oversight;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.journal.Direction;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.Journal;
import dk.sagsvagt.journal.NewDocument;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.supervision.Flags;
import dk.sagsvagt.supervision.NewRound;
import dk.sagsvagt.supervision.SupervisionRounds;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.JsonApi;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Requests from oversight bodies through the API: items, the refusal to answer with an open item, the bundle and the log. */
@IntegrationTest
class InformationRequestTest {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonApi api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ObjectMapper json;

	@Autowired
	Journal journal;

	@Autowired
	SupervisionRounds rounds;

	@Autowired
	Flags flags;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	CurrentUser leader() {
		return new CurrentUser("test.leader.a", fixtures.staffId("test.leader.a"), "Lis Testleder", StaffRole.UNIT_LEADER, fixtures.unitA());
	}

	Map<String, Object> request(String body, List<String> items) {
		Map<String, Object> r = new HashMap<>(Map.of("body", body, "bodyReference", "BR-2018-12", "receivedOn", TODAY.minusDays(3).toString(),
				"text", "Vi beder om al dokumentation om eller vedrørende sagerne.", "answerDue", TODAY.plusDays(20).toString(),
				"responsible", "test.leader.a", "items", items));
		return r;
	}

	@Test
	void aRequestCannotBeAnsweredWithAnOpenItemAndTheBundleMatchesTheDisclosureLog() throws Exception {
		CaseFile c = fixtures.caseIn(fixtures.unitA(), "test.a", "Sag til Borgerrådgiveren");
		String note = journal.journal(c.caseNumber(), new NewDocument("Notat om samtale", Direction.INTERNAL, DocumentKind.NOTE, null,
				"Samtale med moren."), null, leader()).documentNumber();
		String secret = journal.journal(c.caseNumber(), new NewDocument("Internt notat", Direction.INTERNAL, DocumentKind.NOTE, null,
				"Ikke udleveret."), null, leader()).documentNumber();
		JsonNode created = call("test.leader.a", post("/api/oversight/requests"), request("OMBUDSMAN",
				List.of("Notatet om samtalen", "Referat af teammødet", "Opfølgningsplan")), 201);
		long id = created.get("id").asLong();
		assertThat(created.get("items")).hasSize(3);
		long[] items = new long[3];
		for (int i = 0; i < 3; i++) {
			items[i] = created.get("items").get(i).get("id").asLong();
		}
		call("test.leader.a", post("/api/oversight/requests/" + id + "/items/" + items[0] + "/answer"), Map.of("documents", List.of(note)), 200);

		MvcResult refused = mvc.perform(post("/api/oversight/requests/" + id + "/answer").with(httpBasic("test.leader.a", Fixtures.PASSWORD)))
			.andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(409);
		assertThat(refused.getResponse().getContentType()).isEqualTo("application/problem+json");
		JsonNode problem = json.readTree(refused.getResponse().getContentAsByteArray());
		assertThat(problem.get("openItems").findValuesAsString("text")).containsExactly("Referat af teammødet", "Opfølgningsplan");
		call("test.leader.a", post("/api/oversight/requests/" + id + "/sign-off"), Map.of(), 409);

		assertThat(call("test.leader.a", post("/api/oversight/requests/" + id + "/items/" + items[1] + "/answer"), Map.of("cannotAnswerReason", "kort"), 400)
			.get("field").asString()).isEqualTo("documents");
		call("test.leader.a", post("/api/oversight/requests/" + id + "/items/" + items[1] + "/answer"),
				Map.of("cannotAnswerReason", "Der blev ikke skrevet referat af teammødet."), 200);
		call("test.leader.a", post("/api/oversight/requests/" + id + "/items/" + items[2] + "/answer"), Map.of("caseNumber", c.caseNumber()), 200);
		call("test.a", post("/api/oversight/requests/" + id + "/sign-off"), Map.of(), 403);
		call("test.leader.a", post("/api/oversight/requests/" + id + "/answer"), Map.of(), 409);
		call("test.leader.a", post("/api/oversight/requests/" + id + "/sign-off"), Map.of(), 200);
		// changing an item after the sign-off needs a new sign-off
		call("test.leader.a", post("/api/oversight/requests/" + id + "/items/" + items[0] + "/answer"), Map.of("documents", List.of(note)), 200);
		call("test.leader.a", post("/api/oversight/requests/" + id + "/answer"), Map.of(), 409);
		call("test.leader.a", post("/api/oversight/requests/" + id + "/sign-off"), Map.of(), 200);
		JsonNode answered = call("test.leader.a", post("/api/oversight/requests/" + id + "/answer"), Map.of(), 200);
		assertThat(answered.get("status").asString()).isEqualTo("ANSWERED");

		// the bundle holds exactly the documents of the items, and the log lists exactly those (with letter and bundle)
		List<String> expected = new ArrayList<>(List.of(note, secret));
		expected.addAll(journal.documents(c).stream().map(d -> d.documentNumber()).filter(n -> !expected.contains(n)).toList());
		byte[] zip = mvc.perform(get("/api/documents/" + answered.get("bundleDocument").asString() + "/content")
			.with(httpBasic("test.leader.a", Fixtures.PASSWORD))).andReturn().getResponse().getContentAsByteArray();
		List<String> entries = new ArrayList<>();
		String index = null;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				if (e.getName().equals("oversigt.pdf")) {
					try (PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
						index = new PDFTextStripper().getText(pdf);
					}
				}
				else {
					entries.add(e.getName().substring(0, e.getName().indexOf("-v")));
				}
			}
		}
		assertThat(entries).containsExactlyInAnyOrderElementsOf(expected);
		for (String number : expected) {
			assertThat(index).contains(number);
		}
		JsonNode log = json.readTree(mvc.perform(get("/api/disclosures").param("body", "OMBUDSMAN").with(httpBasic("test.leader.a", Fixtures.PASSWORD)))
			.andReturn().getResponse().getContentAsByteArray());
		List<String> logged = new ArrayList<>();
		log.forEach(d -> {
			if (d.get("requestId").asLong() == id) {
				logged.add(d.get("documentNumber").asString());
			}
		});
		List<String> withLetters = new ArrayList<>(expected);
		withLetters.add(answered.get("coverLetterDocument").asString());
		withLetters.add(answered.get("bundleDocument").asString());
		assertThat(logged).containsExactlyInAnyOrderElementsOf(withLetters);

		// the body's reviewers read what was disclosed to them and nothing else
		call("test.ombud", get("/api/oversight/requests/" + id), null, 200);
		call("test.anke", get("/api/oversight/requests/" + id), null, 403);
		call("test.ombud", get("/api/documents/" + note), null, 200);
		CaseFile other = fixtures.caseIn(fixtures.unitA(), "test.a", "Ikke udleveret sag");
		String undisclosed = journal.journal(other.caseNumber(), new NewDocument("Notat", Direction.INTERNAL, DocumentKind.NOTE, null, "x"),
				null, leader()).documentNumber();
		call("test.ombud", get("/api/documents/" + undisclosed), null, 403);
		call("test.anke", get("/api/documents/" + note), null, 403);
	}

	/**
	 * Issue 19: an answer sent on 20 February 2026 and registered in Sagsvagt later carries its real date: the
	 * deadline is met that day, the cover letter is dated then, and the days to answer count to it (before: every
	 * answer was dated when it was registered, so an old request came out at 3,229 days). Registered more than 2
	 * working days late it needs the reason; never before the request came, never ahead.
	 */
	@Test
	void anAnswerSentEarlierIsRegisteredWithItsRealDate() throws Exception {
		CaseFile c = fixtures.caseIn(fixtures.unitA(), "test.a", "Sag besvaret uden for systemet");
		String note = journal.journal(c.caseNumber(), new NewDocument("Notat om forløbet", Direction.INTERNAL, DocumentKind.NOTE, null,
				"Forløbet i sagen."), null, leader()).documentNumber();
		Map<String, Object> r = request("OMBUDSMAN", List.of("Notatet om forløbet"));
		r.put("receivedOn", "2026-02-02");
		r.put("answerDue", "2026-02-27");
		JsonNode created = call("test.leader.a", post("/api/oversight/requests"), r, 201);
		long id = created.get("id").asLong();
		call("test.leader.a", post("/api/oversight/requests/" + id + "/items/" + created.get("items").get(0).get("id").asLong() + "/answer"),
				Map.of("documents", List.of(note)), 200);
		call("test.leader.a", post("/api/oversight/requests/" + id + "/sign-off"), Map.of(), 200);

		assertThat(call("test.leader.a", post("/api/oversight/requests/" + id + "/answer"), Map.of("answeredOn", "2026-02-20"), 400)
			.get("field").asString()).isEqualTo("lateReason");
		assertThat(call("test.leader.a", post("/api/oversight/requests/" + id + "/answer"), Map.of("answeredOn", "2026-01-30",
				"lateReason", "Svaret blev sendt pr. post"), 400).get("detail").asString()).contains("før modtagelsen af anmodningen");
		assertThat(call("test.leader.a", post("/api/oversight/requests/" + id + "/answer"), Map.of("answeredOn", TODAY.plusDays(2).toString(),
				"lateReason", "x"), 400).get("detail").asString()).isEqualTo("Hændelsen kan ikke ligge i fremtiden.");
		call("test.leader.a", post("/api/oversight/requests/" + id + "/answer"), Map.of("answeredOn", "2026-02-20",
				"lateReason", "Svaret blev sendt pr. post, mens sagen blev flyttet"), 200);

		assertThat(jdbc.queryForObject("SELECT (answered_at AT TIME ZONE 'Europe/Copenhagen')::date || ' ' || answer_late_reason "
				+ "FROM oversight.request WHERE id = ?", String.class, id))
			.isEqualTo("2026-02-20 Svaret blev sendt pr. post, mens sagen blev flyttet");
		assertThat(jdbc.queryForObject("SELECT status || ' ' || (met_at AT TIME ZONE 'Europe/Copenhagen')::date FROM deadlines.deadline "
				+ "WHERE case_number = ? AND rule_code = 'OVERSIGHT_ANSWER'", String.class, created.get("caseNumber").asString()))
			.isEqualTo("MET 2026-02-20");
		String cover = dk.sagsvagt.support.Letters.text(mvc, call("test.leader.a", get("/api/oversight/requests/" + id), null, 200)
			.get("coverLetterDocument").asString(), "test.leader.a");
		assertThat(cover).contains("København, den 20. februar 2026");
	}

	/** Issue 18: the answer and its documents leave for the body, so the page says what goes and asks first. */
	@Test
	void answeringOnThePageAsksFirstAndSaysWhatIsSent() throws Exception {
		CaseFile c = fixtures.caseIn(fixtures.unitA(), "test.a", "Sag til Borgerrådgiveren bekræftes");
		String note = journal.journal(c.caseNumber(), new NewDocument("Notat om samtale", Direction.INTERNAL, DocumentKind.NOTE, null,
				"Samtale med moren."), null, leader()).documentNumber();
		JsonNode created = call("test.leader.a", post("/api/oversight/requests"), request("OMBUDSMAN", List.of("Notatet om samtalen")), 201);
		long id = created.get("id").asLong();
		call("test.leader.a", post("/api/oversight/requests/" + id + "/items/" + created.get("items").get(0).get("id").asLong() + "/answer"),
				Map.of("documents", List.of(note)), 200);
		call("test.leader.a", post("/api/oversight/requests/" + id + "/sign-off"), Map.of(), 200);
		var leader = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
				users.loadUserByUsername("test.leader.a"));
		var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();

		String page = mvc.perform(post("/oversight/" + id + "/answer").with(leader).with(csrf)).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("Svaret sendes til " + created.get("bodyName").asString() + " med 1 delpunkt og 1 dokument",
				"kan ikke ændres bagefter", "class=\"danger\"", "name=\"confirmed\" value=\"true\"");
		assertThat(call("test.leader.a", get("/api/oversight/requests/" + id), null, 200).get("status").asString()).isEqualTo("OPEN");

		mvc.perform(post("/oversight/" + id + "/answer").param("confirmed", "true").with(leader).with(csrf));
		assertThat(call("test.leader.a", get("/api/oversight/requests/" + id), null, 200).get("status").asString()).isEqualTo("ANSWERED");
	}

	@Test
	void aRequestForEachFlaggedCaseOfARoundBecomesOneItemPerCase() throws Exception {
		List<String> flagged = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			flagged.add(fixtures.caseOfType(fixtures.unitA(), "test.a", "PLACEMENT", Fixtures.newChildCpr(), "Udpeget " + i).caseNumber());
		}
		long round = rounds.create(new NewRound("Runde til Borgerrådgiveren", TODAY.minusMonths(1), TODAY, "CHILDREN_BL", null,
				List.of(fixtures.unitA()), List.of("PLACEMENT"), TODAY, TODAY, 500, false, false, 0, null,
				Map.of(2, List.of("test.leader.a"))), leader()).id();
		rounds.draw(round, "otte", leader());
		for (String n : flagged) {
			flags.flag(rounds.get(round, leader()), n, "Mangler plan", "test.a", TODAY.plusDays(10), false, leader());
		}
		Map<String, Object> r = request("OMBUDSMAN", List.of());
		r.put("perFlaggedCaseOfRound", round);
		JsonNode created = call("test.leader.a", post("/api/oversight/requests"), r, 201);
		List<String> subjects = new ArrayList<>();
		created.get("items").forEach(i -> subjects.add(i.get("subjectCaseNumber").asString()));
		assertThat(subjects).containsExactlyInAnyOrderElementsOf(flagged);
		assertThat(created.get("items").get(0).get("text").asString()).startsWith("Al dokumentation om sagen eller en kopi af sagen (sag ");
	}

	@Test
	void aReminderIsLinkedToTheFirstRequestAndCounted() throws Exception {
		JsonNode before = statistics("SOCIAL_SUPERVISION");
		long first = call("test.leader.a", post("/api/oversight/requests"), request("SOCIAL_SUPERVISION", List.of("Tilsynsrapporter")), 201)
			.get("id").asLong();
		Map<String, Object> again = request("SOCIAL_SUPERVISION", List.of("Tilsynsrapporter"));
		again.put("reminderOf", first);
		call("test.leader.a", post("/api/oversight/requests"), again, 201);
		JsonNode after = statistics("SOCIAL_SUPERVISION");
		assertThat(after.get("requests").asLong() - count(before, "requests")).isEqualTo(2);
		assertThat(after.get("reminders").asLong() - count(before, "reminders")).isEqualTo(1);
		assertThat(after.get("neededSecondRound").asLong() - count(before, "neededSecondRound")).isEqualTo(1);
	}

	static long count(JsonNode line, String field) {
		return line == null ? 0 : line.get(field).asLong();
	}

	JsonNode statistics(String body) throws Exception {
		JsonNode all = json.readTree(mvc.perform(get("/api/oversight/statistics").with(httpBasic("test.leader.a", Fixtures.PASSWORD)))
			.andReturn().getResponse().getContentAsByteArray());
		for (JsonNode line : all) {
			if (line.get("body").asString().equals(body) && line.get("year").asInt() == TODAY.minusDays(3).getYear()) {
				return line;
			}
		}
		return null;
	}

	JsonNode call(String user, MockHttpServletRequestBuilder request, Object body, int status) throws Exception {
		return api.call(user, request, body, status);
	}
}
