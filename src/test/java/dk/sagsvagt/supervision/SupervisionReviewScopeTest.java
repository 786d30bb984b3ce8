package dk.sagsvagt.supervision;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.organisation.StaffRole;
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

/**
 * Issue 16 review (S1, S4, S5, S6, S8, T3): what a round shows follows each reader's own scope, its journaled outputs
 * are bundles of the sampled cases, and its read-only grants widen no search or export.
 */
@IntegrationTest
class SupervisionReviewScopeTest {

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
	AccessPolicy access;

	@Autowired
	RoundConclusions conclusions;

	@Autowired
	SupervisionRounds rounds;

	static final java.util.concurrent.atomic.AtomicInteger ROUNDS = new java.util.concurrent.atomic.AtomicInteger();

	CaseFile inA;

	CaseFile inB;

	/** A round over units A and B, planned by the centre leader, reviewed by A's leader (level 2) and the lawyer (level 4). */
	long roundOverAAndB(String name) throws Exception {
		inA = fixtures.caseOfType(fixtures.unitA(), "test.a", "PLACEMENT", Fixtures.newChildCpr(), "Sag i A " + name);
		inB = fixtures.caseOfType(fixtures.unitB(), "test.b", "PLACEMENT", Fixtures.newChildCpr(), "Sag i B " + name);
		// the two cases alone make the population (opened on a day of their own), so both are drawn however many cases
		// the rest of the suite has made in A and B
		LocalDate opened = LocalDate.of(2001, 1, 1).plusDays(ROUNDS.incrementAndGet());
		jdbc.update("UPDATE cases.case_file SET opened_at = ? WHERE id IN (?, ?)",
				java.sql.Timestamp.valueOf(opened.atTime(12, 0)), inA.id(), inB.id());
		Map<String, Object> round = new HashMap<>(Map.of("name", name, "periodFrom", TODAY.minusMonths(1).toString(), "periodTo",
				TODAY.toString(), "templateId", "CHILDREN_BL", "unitIds", List.of(fixtures.unitA(), fixtures.unitB()), "caseTypes",
				List.of("PLACEMENT", "NOTIFICATION", "PREVENTIVE_MEASURE"), "sampleSize", 500));
		round.put("openedFrom", opened.toString());
		round.put("openedTo", opened.toString());
		round.put("reviewers", Map.of("2", List.of("test.leader.a"), "4", List.of("test.jurist")));
		long id = api.call("test.centre", post("/api/supervision/rounds"), round, 201).get("id").asLong();
		api.call("test.centre", post("/api/supervision/rounds/" + id + "/draw"), Map.of("seed", name), 200);
		return id;
	}

	List<String> sample(long id, String username) throws Exception {
		return api.call(username, get("/api/supervision/rounds/" + id + "/sample"), null, 200).findValues("caseNumber").stream()
			.map(JsonNode::asString).toList();
	}

	String body(String username, String url) throws Exception {
		return mvc.perform(get(url).with(httpBasic(username, Fixtures.PASSWORD))).andReturn().getResponse().getContentAsString();
	}

	int status(String username, String url) throws Exception {
		return mvc.perform(get(url).with(httpBasic(username, Fixtures.PASSWORD))).andReturn().getResponse().getStatus();
	}

	CurrentUser user(String username, StaffRole role, long unit) {
		return new CurrentUser(username, fixtures.staffId(username), username, role, unit);
	}

	@Test
	void aLeaderReviewingPartOfARoundSeesOnlyThatPartAndHoldsNotItsOwnCase() throws Exception {
		long id = roundOverAAndB("Delvis leder");
		assertThat(sample(id, "test.jurist")).contains(inA.caseNumber(), inB.caseNumber());
		assertThat(sample(id, "test.leader.a")).contains(inA.caseNumber()).doesNotContain(inB.caseNumber());
		assertThat(body("test.leader.a", "/api/supervision/rounds/" + id + "/population.csv")).contains(inA.caseNumber())
			.doesNotContain(inB.caseNumber());
		long roundCase = jdbc.queryForObject("SELECT case_id FROM supervision.round WHERE id = ?", Long.class, id);
		assertThat(jdbc.queryForObject("""
				SELECT count(*) FROM access.case_assignment WHERE username = 'test.leader.a' AND case_id = ? AND ended_at IS NULL""",
				Integer.class, roundCase)).isZero();
	}

	@Test
	void aLeaderReviewingPartOfARoundSeesTheProgressAndTheMissingCasesOfThatPartOnly() throws Exception {
		long id = roundOverAAndB("Delvis fremdrift");
		String url = "/api/supervision/rounds/" + id;
		JsonNode mine = api.call("test.leader.a", get(url + "/progress"), null, 200);
		assertThat(mine.get("cases").findValuesAsString("caseNumber")).containsExactly(inA.caseNumber());
		assertThat(mine.get("nextCase").asString()).isEqualTo(inA.caseNumber());
		// the case in B, which no level-2 reviewer may read, falls to the lawyer at level 4
		JsonNode all = api.call("test.jurist", get(url + "/progress"), null, 200);
		for (JsonNode c : all.get("cases")) {
			String levels = c.get("levels").findValuesAsString("level").toString();
			assertThat(levels).isEqualTo(c.get("caseNumber").asString().equals(inB.caseNumber()) ? "[4]" : "[2]");
		}
		JsonNode refused = api.call("test.leader.a", post(url + "/conclude"), null, 409);
		assertThat(refused.get("missing").findValuesAsString("caseNumber")).containsExactly(inA.caseNumber());
		assertThat(refused.get("missingNotShown").asInt()).isEqualTo(1);
		assertThat(refused.get("detail").asString()).doesNotContain(inB.caseNumber());
	}

	@Test
	void aFindingNamingACaseTheReaderMayNotReadIsLeftOut() throws Exception {
		long id = roundOverAAndB("Problemstilling");
		api.call("test.jurist", post("/api/supervision/rounds/" + id + "/findings"),
				Map.of("text", "Planen mangler i sag " + inB.caseNumber(), "caseNumbers", List.of(inB.caseNumber()), "questions", List.of()), 201);
		Round round = rounds.round(id);
		assertThat(conclusions.findingsShownTo(round, user("test.jurist", StaffRole.SUPERVISION_LAWYER, fixtures.unitC()))).hasSize(1);
		assertThat(conclusions.findingsShownTo(round, user("test.leader.a", StaffRole.UNIT_LEADER, fixtures.unitA()))).isEmpty();
	}

	@Test
	void aRoundsJournaledOutputsAreReadOnlyByThoseWhoMayReadEveryCaseInThem() throws Exception {
		long id = roundOverAAndB("Journaliseret");
		dk.sagsvagt.support.RoundReview.confirmAll(api, id, "test.jurist");
		api.call("test.jurist", post("/api/supervision/rounds/" + id + "/conclude"), Map.of(), 200);
		String note = jdbc.queryForObject("SELECT result_note_document FROM supervision.round WHERE id = ?", String.class, id);
		String book = jdbc.queryForObject("SELECT workbook_document FROM supervision.round WHERE id = ?", String.class, id);
		// the round's own case lies in the planner's unit B: B's caseworker reaches it, not the case of A the outputs hold
		for (String document : List.of(note, book)) {
			assertThat(status("test.b", "/api/documents/" + document + "/content")).as(document).isEqualTo(403);
			assertThat(status("test.centre", "/api/documents/" + document + "/content")).as(document).isEqualTo(200);
			assertThat(status("test.jurist", "/api/documents/" + document + "/content")).as(document).isEqualTo(200);
		}
		long last = jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM access.access_log", Long.class);
		status("test.centre", "/api/documents/" + note + "/content");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM access.access_log WHERE id > ? AND username = 'test.centre' AND ? = ANY(citizen_ids)",
				Integer.class, last, inA.primaryCitizenId())).as("logged with the citizens it holds").isPositive();
	}

	@Test
	void aReviewGrantWidensNoSearchOrExport() throws Exception {
		long id = roundOverAAndB("Søgning");
		assertThat(sample(id, "test.jurist")).contains(inA.caseNumber());
		CurrentUser jurist = user("test.jurist", StaffRole.SUPERVISION_LAWYER, fixtures.unitC());
		assertThat(access.filter(jurist, Action.SEARCH).assignedCaseIds()).doesNotContain(inA.id());
		assertThat(access.filter(jurist, Action.EXPORT).assignedCaseIds()).doesNotContain(inA.id());
		assertThat(access.filter(jurist, Action.LIST_CASES).assignedCaseIds()).contains(inA.id());
	}

	@Test
	void undoingAChoiceForAnkestyrelsenLeavesTheChoosersFollowUp() throws Exception {
		long id = roundOverAAndB("Ankestyrelsen");
		String base = "/api/supervision/rounds/" + id + "/flags";
		api.call("test.jurist", post(base), Map.of("caseNumber", inA.caseNumber(), "reason", "Afgørelsen er tvivlsom", "owner",
				"test.jurist", "due", TODAY.plusDays(7).toString()), 201);
		api.call("test.jurist", post(base + "/" + inA.caseNumber() + "/appeals-board"), Map.of("chosen", true), 204);
		api.call("test.jurist", post(base + "/" + inA.caseNumber() + "/appeals-board"), Map.of("chosen", false), 204);
		assertThat(jdbc.queryForObject("""
				SELECT count(*) FROM access.case_assignment
				WHERE username = 'test.jurist' AND case_id = ? AND kind = 'FOLLOW_UP' AND ended_at IS NULL""", Integer.class, inA.id()))
			.isEqualTo(1);
	}

	@Test
	void aRefusedReviewerIsNamedByFullName() throws Exception {
		Map<String, Object> round = new HashMap<>(Map.of("name", "Navn", "periodFrom", TODAY.minusMonths(1).toString(), "periodTo",
				TODAY.toString(), "templateId", "CHILDREN_BL", "unitIds", List.of(fixtures.unitA()), "caseTypes", List.of("PLACEMENT"),
				"sampleSize", 5));
		round.put("reviewers", Map.of("1", List.of("test.a")));
		assertThat(api.call("test.leader.a", post("/api/supervision/rounds"), round, 400).get("detail").asString())
			.contains("Anne Testsen").doesNotContain("'test.a'");
	}
}
