package dk.sagsvagt.supervision;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;
import dk.sagsvagt.support.JsonApi;
import dk.sagsvagt.support.RoundReview;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Issue 17: a round concludes only when every sampled case is reviewed at the levels it requires, or excluded. */
@IntegrationTest
class RoundConclusionTest {

	static final LocalDate TODAY = LocalDate.now(dk.sagsvagt.shared.WorkingDayCalendar.COPENHAGEN);

	static final java.util.concurrent.atomic.AtomicInteger ROUNDS = new java.util.concurrent.atomic.AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonApi api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	CaseFile first;

	CaseFile second;

	/** Two cases in unit C alone make the population (opened on a day of their own); level 1 the director, level 4 the lawyer. */
	long roundOfTwo(String name) throws Exception {
		first = fixtures.caseOfType(fixtures.unitC(), "test.c", "PLACEMENT", Fixtures.newChildCpr(), "Første " + name);
		second = fixtures.caseOfType(fixtures.unitC(), "test.c", "PLACEMENT", Fixtures.newChildCpr(), "Anden " + name);
		LocalDate opened = LocalDate.of(2003, 3, 3).plusDays(ROUNDS.incrementAndGet());
		jdbc.update("UPDATE cases.case_file SET opened_at = ? WHERE id IN (?, ?)", java.sql.Timestamp.valueOf(opened.atTime(12, 0)),
				first.id(), second.id());
		Map<String, Object> round = new HashMap<>(Map.of("name", name, "periodFrom", TODAY.minusMonths(1).toString(), "periodTo",
				TODAY.toString(), "templateId", "CHILDREN_BL", "unitIds", List.of(fixtures.unitC()), "caseTypes", List.of("PLACEMENT"),
				"sampleSize", 10));
		round.put("openedFrom", opened.toString());
		round.put("openedTo", opened.toString());
		round.put("reviewers", Map.of("1", List.of("test.director"), "4", List.of("test.jurist")));
		long id = api.call("test.director", post("/api/supervision/rounds"), round, 201).get("id").asLong();
		api.call("test.director", post("/api/supervision/rounds/" + id + "/draw"), Map.of("seed", name), 200);
		return id;
	}

	@Test
	void aRoundWithPrefilledAnswersOnlyIsRefusedWithTheListOfWhatIsMissing() throws Exception {
		long id = roundOfTwo("Kun forudfyldt");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM supervision.answer WHERE round_id = ? AND level = 0", Integer.class, id))
			.as("pre-filled answers exist").isPositive();
		JsonNode refused = api.call("test.jurist", post("/api/supervision/rounds/" + id + "/conclude"), null, 409);
		assertThat(refused.get("detail").asString()).contains("kan ikke afsluttes", first.caseNumber(), "niveau 1", "ikke åbnet");
		assertThat(refused.get("missing").findValuesAsString("caseNumber")).contains(first.caseNumber(), second.caseNumber());
		assertThat(refused.get("missing").get(0).get("level").asInt()).isEqualTo(1);
		assertThat(refused.get("missing").get(0).get("reviewers").get(0).asString()).isEqualTo("test.director");
		assertThat(refused.get("missing").get(0).get("openQuestions").size()).isEqualTo(11);
		assertThat(api.call("test.jurist", get("/api/supervision/rounds/" + id), null, 200).get("status").asString()).isNotEqualTo("CONCLUDED");
	}

	@Test
	void progressShowsEachCaseAndReviewerAndTheNextCase() throws Exception {
		long id = roundOfTwo("Fremdrift");
		String url = "/api/supervision/rounds/" + id;
		api.call("test.director", post(url + "/cases/" + first.caseNumber() + "/answers"),
				Map.of("question", "HEARING", "level", 1, "answer", "YES"), 200);
		JsonNode progress = api.call("test.director", get(url + "/progress"), null, 200);
		assertThat(progress.get("complete").asBoolean()).isFalse();
		assertThat(progress.get("casesMissing").asInt()).isEqualTo(2);
		Map<String, String> states = new HashMap<>();
		progress.get("cases").forEach(c -> states.put(c.get("caseNumber").asString(), c.get("levels").get(0).get("state").asString()));
		assertThat(states).containsEntry(first.caseNumber(), "IN_PROGRESS").containsEntry(second.caseNumber(), "NOT_OPENED");
		JsonNode director = progress.get("reviewers").get(0);
		assertThat(director.get("username").asString()).isEqualTo("test.director");
		assertThat(director.get("inProgress").asInt()).isEqualTo(1);
		assertThat(director.get("notOpened").asInt()).isEqualTo(1);
		JsonNode lawyer = progress.get("reviewers").get(1);
		assertThat(lawyer.get("level").asInt()).as("level 4 reviews only flagged cases here").isEqualTo(4);
		assertThat(lawyer.get("notOpened").asInt() + lawyer.get("inProgress").asInt() + lawyer.get("reviewed").asInt()).isZero();
		assertThat(progress.get("nextCase").asString()).isIn(first.caseNumber(), second.caseNumber());

		String page = mvc.perform(get("/supervision/" + id).with(user(users.loadUserByUsername("test.director")))).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("Gennemgangens fremdrift", "niveau 1: i gang", "niveau 1: ikke åbnet", "Næste sag", "id=\"conclude-blocked\"");
		// a conclusion refused on the page shows the Danish list, not an error page
		var redirect = mvc.perform(post("/supervision/" + id + "/conclude").with(user(users.loadUserByUsername("test.director")))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())).andReturn();
		assertThat(redirect.getResponse().getStatus()).isEqualTo(302);
		@SuppressWarnings("unchecked")
		List<String> lines = (List<String>) redirect.getFlashMap().get("missingReviews");
		assertThat(lines).anyMatch(l -> l.contains("sag " + second.caseNumber()) && l.contains("ikke åbnet"));
	}

	@Test
	void aRoundConcludesOnceEveryCaseIsReviewedOrExcluded() throws Exception {
		long id = roundOfTwo("Gennemgået");
		String url = "/api/supervision/rounds/" + id;
		api.call("test.jurist", post(url + "/flags"), Map.of("caseNumber", first.caseNumber(), "reason", "Barnets plan mangler",
				"owner", "test.c", "due", TODAY.plusDays(7).toString()), 201);
		api.call("test.director", post(url + "/exclusions"), Map.of("caseNumber", second.caseNumber(), "reason", "Fejlregistreret sag"), 200);
		// level 1 done for the flagged case; level 4 still open for it
		RoundReview.confirm(api, id, "test.director");
		JsonNode refused = api.call("test.jurist", post(url + "/conclude"), null, 409);
		assertThat(refused.get("missing").findValuesAsString("caseNumber")).containsExactly(first.caseNumber());
		assertThat(refused.get("missing").get(0).get("level").asInt()).isEqualTo(4);
		JsonNode progress = api.call("test.jurist", get(url + "/progress"), null, 200);
		assertThat(progress.get("cases").findValuesAsString("excludedReason")).contains("Fejlregistreret sag");
		RoundReview.confirmAll(api, id, "test.jurist");
		assertThat(api.call("test.jurist", post(url + "/conclude"), null, 200).get("status").asString()).isEqualTo("CONCLUDED");
	}

	/** Issue 18: concluding journals the outputs and cannot be undone, so the page says what is concluded and asks first. */
	@Test
	void concludingOnThePageAsksFirstAndSaysHowManyCasesWereReviewed() throws Exception {
		long id = roundOfTwo("Bekræftes");
		String url = "/api/supervision/rounds/" + id;
		api.call("test.director", post(url + "/exclusions"), Map.of("caseNumber", second.caseNumber(), "reason", "Fejlregistreret sag"), 200);
		RoundReview.confirm(api, id, "test.director");
		var director = user(users.loadUserByUsername("test.director"));
		var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();

		String page = mvc.perform(post("/supervision/" + id + "/conclude").with(director).with(csrf)).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("Tilsynsrunden \u201eBekræftes\u201c afsluttes med 1 gennemgået sag og 1 udeladt med begrundelse",
				"resultatet kan ikke ændres bagefter", "Ja, afslut tilsynet", "class=\"danger\"", "name=\"confirmed\" value=\"true\"");
		assertThat(api.call("test.director", get(url), null, 200).get("status").asString()).isNotEqualTo("CONCLUDED");

		mvc.perform(post("/supervision/" + id + "/conclude").param("confirmed", "true").with(director).with(csrf));
		assertThat(api.call("test.director", get(url), null, 200).get("status").asString()).isEqualTo("CONCLUDED");
	}

	@Test
	void reportingJournalsALetterPerUnitAndTheAcknowledgementShowsOnTheRound() throws Exception {
		long id = roundOfTwo("Tilbagemelding");
		String url = "/api/supervision/rounds/" + id;
		api.call("test.jurist", post(url + "/flags"), Map.of("caseNumber", first.caseNumber(), "reason", "Barnets plan mangler",
				"owner", "test.c", "due", "2030-03-22"), 201);
		RoundReview.confirmAll(api, id, "test.jurist");
		api.call("test.jurist", post(url + "/conclude"), null, 200);
		assertThat(api.call("test.jurist", get(url), null, 200).get("units").size()).isZero();
		api.call("test.jurist", post(url + "/report"), null, 200);
		JsonNode round = api.call("test.jurist", get(url), null, 200);
		assertThat(round.get("status").asString()).isEqualTo("REPORTED");
		assertThat(round.get("name").asString()).as("the round's own fields stay").isEqualTo("Tilbagemelding");
		JsonNode unit = round.get("units").get(0);
		assertThat(round.get("units").size()).isEqualTo(1);
		assertThat(unit.get("unitId").asLong()).isEqualTo(fixtures.unitC());
		assertThat(unit.get("reportedAt").asString()).isNotBlank();
		assertThat(unit.get("acknowledgedAt") == null || unit.get("acknowledgedAt").isNull()).isTrue();
		String document = unit.get("documentNumber").asString();
		assertThat(jdbc.queryForObject("""
				SELECT f.case_number FROM journal.document d JOIN cases.case_file f ON f.id = d.case_id WHERE d.document_number = ?""",
				String.class, document)).isEqualTo(round.get("caseNumber").asString());
		byte[] pdf = mvc.perform(get("/api/documents/" + document + "/content").with(httpBasic("test.director", Fixtures.PASSWORD)))
			.andReturn().getResponse().getContentAsByteArray();
		String text;
		try (var loaded = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			text = new org.apache.pdfbox.text.PDFTextStripper().getText(loaded).replaceAll("\\s+", " ");
		}
		assertThat(text).contains("Tilbagemelding til", first.caseNumber(), "Barnets plan mangler", "den 22. marts 2030", "Enhedens resultater");
		// the letter is for the round's members and those who may read the unit's cases; a caseworker elsewhere is refused
		assertThat(mvc.perform(get("/api/documents/" + document + "/content").with(httpBasic("test.b", Fixtures.PASSWORD))).andReturn()
			.getResponse().getStatus()).isEqualTo(403);

		api.call("test.director", post(url + "/acknowledgement"), null, 204);
		unit = api.call("test.jurist", get(url), null, 200).get("units").get(0);
		assertThat(unit.get("acknowledgedBy").asString()).isEqualTo("test.director");
		assertThat(unit.get("acknowledgedByName").asString()).isNotBlank();
		assertThat(unit.get("acknowledgedAt").asString()).isNotBlank();
		String page = mvc.perform(get("/supervision/" + id).with(user(users.loadUserByUsername("test.jurist")))).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("Tilbagemelding til enhederne", document, unit.get("acknowledgedByName").asString());
	}
}
