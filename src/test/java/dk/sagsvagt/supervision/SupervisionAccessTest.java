package dk.sagsvagt.supervision;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import dk.sagsvagt.access.AccessGrants;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;
import dk.sagsvagt.support.JsonApi;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 16, findings 1, 4, 5 and 7 for supervision: a round grants no more than the law of least privilege allows,
 * its data is for its members, protected cases stay protected, and every read of it is in the access log.
 */
@IntegrationTest
class SupervisionAccessTest {

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
	AccessGrants grants;

	@Autowired
	UserDetailsService users;

	Map<String, Object> round(String name, List<Long> units, int size, Map<String, List<String>> reviewers) {
		Map<String, Object> round = new HashMap<>(Map.of("name", name, "periodFrom", TODAY.minusMonths(1).toString(), "periodTo",
				TODAY.toString(), "templateId", "CHILDREN_BL", "unitIds", units, "caseTypes", List.of("PLACEMENT", "NOTIFICATION",
						"PREVENTIVE_MEASURE"), "sampleSize", size));
		round.put("reviewers", reviewers);
		return round;
	}

	/** A round over unit C, planned by the leader whose scope is the whole administration, reviewed by her and the lawyer. */
	long roundOverC(String name) throws Exception {
		long id = api.call("test.director", post("/api/supervision/rounds"), round(name, List.of(fixtures.unitC()), 500,
				Map.of("2", List.of("test.director"), "4", List.of("test.jurist"))), 201).get("id").asLong();
		api.call("test.director", post("/api/supervision/rounds/" + id + "/draw"), Map.of("seed", name), 200);
		return id;
	}

	@Test
	void aUnitLeaderCannotOpenEveryCaseThroughARoundNamingACaseworker() throws Exception {
		CaseFile elsewhere = fixtures.caseOfType(fixtures.unitC(), "test.c", "PLACEMENT", Fixtures.newChildCpr(), "Bagdør");
		long before = jdbc.queryForObject("SELECT count(*) FROM supervision.round", Long.class);
		// the attack as found: every unit, a sample of 10,000, a caseworker as reviewer
		JsonNode refused = api.call("test.leader.a", post("/api/supervision/rounds"), round("Bagdør", List.of(fixtures.unitA(),
				fixtures.unitB(), fixtures.unitC()), 10_000, Map.of("1", List.of("test.leader.a", "test.a"))), 400);
		assertThat(refused.get("detail").asString()).contains("enhed");
		// each rule on its own
		assertThat(api.call("test.leader.a", post("/api/supervision/rounds"), round("Uden for scope", List.of(fixtures.unitA(),
				fixtures.unitC()), 10, Map.of("2", List.of("test.leader.a"))), 400).get("field").asString()).isEqualTo("unitIds");
		JsonNode caseworker = api.call("test.leader.a", post("/api/supervision/rounds"), round("Sagsbehandler", List.of(fixtures.unitA()),
				10, Map.of("1", List.of("test.a"))), 400);
		assertThat(caseworker.get("field").asString()).isEqualTo("reviewers");
		assertThat(caseworker.get("detail").asString()).contains("sagsbehandler");
		assertThat(api.call("test.leader.a", post("/api/supervision/rounds"), round("Lederen i C", List.of(fixtures.unitA()), 10,
				Map.of("2", List.of("test.leader.a", "test.director"), "3", List.of("test.centre"))), 201)).isNotNull();
		assertThat(api.call("test.leader.a", post("/api/supervision/rounds"), round("Leder uden A", List.of(fixtures.unitA()), 10,
				Map.of("2", List.of("test.leader.a"), "3", List.of("test.c"))), 400).get("field").asString()).isEqualTo("reviewers");
		assertThat(api.call("test.leader.a", post("/api/supervision/rounds"), round("For stor", List.of(fixtures.unitA()), 10_000,
				Map.of("2", List.of("test.leader.a"))), 400).get("field").asString()).isEqualTo("sampleSize");
		Map<String, Object> perUnit = round("For stor pr. enhed", List.of(fixtures.unitA(), fixtures.unitB()), 300,
				Map.of("3", List.of("test.centre")));
		perUnit.put("perUnit", true);
		assertThat(api.call("test.centre", post("/api/supervision/rounds"), perUnit, 400).get("field").asString()).isEqualTo("sampleSize");
		// a lawyer's scope is only what is assigned: she reviews, but plans no round of her own
		assertThat(api.call("test.jurist", post("/api/supervision/rounds"), round("Juristens", List.of(fixtures.unitC()), 10,
				Map.of("4", List.of("test.jurist"))), 400).get("field").asString()).isEqualTo("unitIds");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM supervision.round", Long.class)).isEqualTo(before + 1);
		api.call("test.a", get("/api/cases/" + elsewhere.caseNumber()), null, 403);
		// the database refuses a caseworker as reviewer whatever the application does
		long any = jdbc.queryForObject("SELECT max(id) FROM supervision.round", Long.class);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(
				"INSERT INTO supervision.reviewer (round_id, level, username) VALUES (?, 1, 'test.a')", any))
			.hasMessageContaining("reviewer");
	}

	@Test
	void aReviewersAssignmentIsReadOnlyMaskedAndEndsWhenTheRoundIsConcluded() throws Exception {
		CaseFile c = fixtures.caseOfType(fixtures.unitC(), "test.c", "PLACEMENT", Fixtures.newChildCpr(), "Gennemgået sag");
		long id = roundOverC("Skrivebeskyttet");
		assertThat(sample(id, "test.jurist")).contains(c.caseNumber());
		api.call("test.jurist", get("/api/cases/" + c.caseNumber()), null, 200);
		api.call("test.jurist", post("/api/cases/" + c.caseNumber() + "/documents"), Map.of("title", "Juristens notat"), 403);
		api.call("test.jurist", post("/api/cases/" + c.caseNumber() + "/deadline-events"), Map.of("event", "UKENDT"), 403);
		assertThat(mvc.perform(get("/cases/" + c.caseNumber() + "/parties/" + c.primaryCitizenId() + "/cpr")
			.with(user(users.loadUserByUsername("test.jurist")))).andReturn().getResponse().getStatus()).isEqualTo(403);
		// only the sampled cases: another case in the unit stays closed to the lawyer
		api.call("test.jurist", post("/api/supervision/rounds/" + id + "/exclusions"),
				Map.of("caseNumber", c.caseNumber(), "reason", "Sagen er fejlregistreret"), 200);
		api.call("test.jurist", get("/api/cases/" + c.caseNumber()), null, 403);

		CaseFile kept = fixtures.caseOfType(fixtures.unitC(), "test.c", "PLACEMENT", Fixtures.newChildCpr(), "Sag til sidst");
		long second = roundOverC("Afsluttes");
		api.call("test.jurist", get("/api/cases/" + kept.caseNumber()), null, 200);
		dk.sagsvagt.support.RoundReview.confirmAll(api, second, "test.jurist");
		api.call("test.jurist", post("/api/supervision/rounds/" + second + "/conclude"), Map.of(), 200);
		api.call("test.jurist", get("/api/cases/" + kept.caseNumber()), null, 403);
		assertThat(jdbc.queryForObject("""
				SELECT count(*) FROM access.case_assignment WHERE username = 'test.jurist' AND case_id = ? AND ended_at IS NULL""",
				Integer.class, kept.id())).isZero();
		// the ended grant stays as evidence: it cannot be revived or deleted
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(
				"UPDATE access.case_assignment SET ended_at = NULL WHERE username = 'test.jurist' AND case_id = ?", kept.id()))
			.rootCause().hasMessageContaining("only be ended");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update(
				"DELETE FROM access.case_assignment WHERE username = 'test.jurist' AND case_id = ?", kept.id()))
			.rootCause().hasMessageContaining("only be ended");
		// the round's own outputs stay readable to the lawyer; its data too
		assertThat(status("test.jurist", "/api/supervision/rounds/" + second + "/workbook.xlsx")).isEqualTo(200);
	}

	@Test
	void aFlagsFollowUpOwnerKeepsOnlyTheFlaggedCaseUntilTheFollowUpIsWritten() throws Exception {
		CaseFile flagged = fixtures.caseOfType(fixtures.unitC(), "test.c", "PLACEMENT", Fixtures.newChildCpr(), "Udpeget til B");
		long id = roundOverC("Opfølgning");
		api.call("test.jurist", post("/api/supervision/rounds/" + id + "/flags"), Map.of("caseNumber", flagged.caseNumber(), "reason",
				"Barnets plan mangler", "owner", "test.b", "due", TODAY.plusDays(7).toString()), 201);
		api.call("test.b", get("/api/cases/" + flagged.caseNumber()), null, 200);
		api.call("test.b", post("/api/cases/" + flagged.caseNumber() + "/documents"), Map.of("title", "Ikke her"), 403);
		dk.sagsvagt.support.RoundReview.confirmAll(api, id, "test.jurist");
		api.call("test.jurist", post("/api/supervision/rounds/" + id + "/conclude"), Map.of(), 200);
		api.call("test.b", get("/api/cases/" + flagged.caseNumber()), null, 200);
		api.call("test.b", post("/api/supervision/rounds/" + id + "/flags/" + flagged.caseNumber() + "/follow-up"),
				Map.of("note", "Barnets plan er lavet."), 204);
		api.call("test.b", get("/api/cases/" + flagged.caseNumber()), null, 403);
	}

	@Test
	void aRoundsDataIsForItsMembersAndEveryReadIsLoggedWithItsCitizens() throws Exception {
		CaseFile c = fixtures.caseOfType(fixtures.unitC(), "test.c", "PLACEMENT", Fixtures.newChildCpr(), "Tilsynsdata");
		long id = roundOverC("Kun for tilsynet");
		String base = "/api/supervision/rounds/" + id;
		List<String> reads = List.of(base, base + "/sample", base + "/population.csv", base + "/workbook.xlsx", base + "/result-note.pdf",
				base + "/results", base + "/cases/" + c.caseNumber() + "/checklist");
		for (String outsider : List.of("test.leader.a", "test.centre", "test.team")) {
			for (String url : reads) {
				api.call(outsider, get(url), null, 403);
			}
			api.call(outsider, post(base + "/exclusions"), Map.of("caseNumber", c.caseNumber(), "reason", "Det vil jeg gerne"), 403);
			api.call(outsider, post(base + "/draw"), Map.of(), 403);
			assertThat(page(outsider, "/supervision/" + id)).isEqualTo(403);
			assertThat(page(outsider, "/supervision/" + id + "/cases/" + c.caseNumber())).isEqualTo(403);
		}
		assertThat(api.call("test.leader.a", get("/api/supervision/rounds"), null, 200).findValues("id").stream()
			.map(JsonNode::asLong)).doesNotContain(id);
		// a leader whose scope covers all of a round's units reads it, but draws and excludes nothing
		long overA = api.call("test.leader.a", post("/api/supervision/rounds"), round("Enhed A", List.of(fixtures.unitA()), 5,
				Map.of("2", List.of("test.leader.a"))), 201).get("id").asLong();
		api.call("test.leader.a", post("/api/supervision/rounds/" + overA + "/draw"), Map.of(), 200);
		assertThat(status("test.centre", "/api/supervision/rounds/" + overA + "/sample")).isEqualTo(200);
		assertThat(status("test.team", "/api/supervision/rounds/" + overA + "/sample")).isEqualTo(403);
		api.call("test.centre", post("/api/supervision/rounds/" + overA + "/draw"), Map.of(), 403);
		for (String url : List.of(base + "/sample", base + "/population.csv", base + "/workbook.xlsx", base + "/result-note.pdf",
				base + "/cases/" + c.caseNumber() + "/checklist")) {
			long last = jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM access.access_log", Long.class);
			assertThat(status("test.jurist", url)).as(url).isEqualTo(200);
			assertThat(jdbc.queryForObject("""
					SELECT count(*) FROM access.access_log WHERE id > ? AND username = 'test.jurist' AND outcome = 'ALLOWED'
					  AND ? = ANY(citizen_ids)""", Integer.class, last, c.primaryCitizenId())).as(url).isPositive();
		}
		long last = jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM access.access_log", Long.class);
		assertThat(page("test.jurist", "/supervision/" + id)).isEqualTo(200);
		assertThat(jdbc.queryForObject("""
				SELECT count(*) FROM access.access_log WHERE id > ? AND username = 'test.jurist' AND ? = ANY(citizen_ids)""",
				Integer.class, last, c.primaryCitizenId())).isPositive();
	}

	@Test
	void aProtectedCaseIsLeftOutOfANewRoundAndItsChecklistIsClosedToReviewersNotNamedOnIt() throws Exception {
		CaseFile secret = fixtures.caseOfType(fixtures.unitC(), "test.c", "PLACEMENT", Fixtures.newChildCpr(), "Beskyttet før");
		grants.protectCase(secret.id(), "Adressebeskyttelse", List.of("test.c", "test.director"), "test.admin");
		long id = roundOverC("Med beskyttelse");
		assertThat(sample(id, "test.jurist")).doesNotContain(secret.caseNumber());
		String csv = mvc.perform(get("/api/supervision/rounds/" + id + "/population.csv").with(httpBasic("test.jurist", Fixtures.PASSWORD)))
			.andReturn().getResponse().getContentAsString();
		assertThat(csv).doesNotContain(secret.caseNumber());
		assertThat(api.call("test.jurist", get("/api/supervision/rounds/" + id), null, 200).get("protectedLeftOut").asInt()).isPositive();

		// protected after the draw: the pre-filled checklist no longer shows to the lawyer, who is not named
		CaseFile later = fixtures.caseOfType(fixtures.unitC(), "test.c", "PLACEMENT", Fixtures.newChildCpr(), "Beskyttet efter");
		long second = roundOverC("Beskyttet senere");
		grants.protectCase(later.id(), "Adressebeskyttelse", List.of("test.director"), "test.admin");
		api.call("test.jurist", get("/api/supervision/rounds/" + second + "/cases/" + later.caseNumber() + "/checklist"), null, 403);
		api.call("test.director", get("/api/supervision/rounds/" + second + "/cases/" + later.caseNumber() + "/checklist"), null, 200);
		api.call("test.jurist", post("/api/supervision/rounds/" + second + "/cases/" + later.caseNumber() + "/answers"),
				Map.of("question", "HEARING", "level", 4, "answer", "YES"), 403);
	}

	int status(String username, String url) throws Exception {
		return mvc.perform(get(url).with(httpBasic(username, Fixtures.PASSWORD))).andReturn().getResponse().getStatus();
	}

	int page(String username, String url) throws Exception {
		return mvc.perform(get(url).with(user(users.loadUserByUsername(username)))).andReturn().getResponse().getStatus();
	}

	List<String> sample(long id, String username) throws Exception {
		return api.call(username, get("/api/supervision/rounds/" + id + "/sample"), null, 200).findValues("caseNumber").stream()
			.map(JsonNode::asString).toList();
	}

	JsonNode call(String user, MockHttpServletRequestBuilder request, Object body, int status) throws Exception {
		return api.call(user, request, body, status);
	}
}
