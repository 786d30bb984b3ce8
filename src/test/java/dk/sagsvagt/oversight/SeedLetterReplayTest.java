package dk.sagsvagt.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;
import dk.sagsvagt.support.JsonApi;
import dk.sagsvagt.support.RoundReview;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 17, done when: the seed letter (Socialforvaltningen to Borgerrådgiveren, 16 May 2018) replayed end to end. A
 * round of 60 with 8 flags is refused conclusion while cases are open, shows its progress, concludes, is frozen, is
 * reported to the unit on the record and acknowledged; Borgerrådgiveren's first request and its repeat are answered
 * with documents, a written answer and an own-initiative disclosure, all in the disclosure log, by a lawyer and a
 * leader who are never refused.
 */
@IntegrationTest
class SeedLetterReplayTest {

	static final LocalDate TODAY = LocalDate.now(dk.sagsvagt.shared.WorkingDayCalendar.COPENHAGEN);

	/** The supervision lawyer of the policy centre: level 4, responsible for the requests. */
	static final String LAWYER = "test.jurist";

	/** The leader who planned the round, reviewed at level 1, leads the unit and approves the answers. */
	static final String LEADER = "test.director";

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

	@Test
	void aRoundOf60With8FlagsAndTheOmbudsmansTwoRequestsAreAnsweredOnTheRecord() throws Exception {
		// 70 children's cases in the unit, opened on a day no other test uses
		LocalDate opened = LocalDate.of(2017, 9, 4);
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 70; i++) {
			CaseFile c = fixtures.caseOfType(fixtures.unitC(), "test.c", "PLACEMENT", Fixtures.newChildCpr(), "Anbringelse " + i);
			ids.add(c.id());
		}
		for (Long id : ids) {
			jdbc.update("UPDATE cases.case_file SET opened_at = ? WHERE id = ?", java.sql.Timestamp.valueOf(opened.atTime(10, 0)), id);
		}
		Map<String, Object> plan = new HashMap<>(Map.of("name", "1. runde, efteråret 2017", "periodFrom", TODAY.minusMonths(2).toString(),
				"periodTo", TODAY.toString(), "templateId", "CHILDREN_BL", "unitIds", List.of(fixtures.unitC()), "caseTypes",
				List.of("PLACEMENT"), "sampleSize", 60));
		plan.put("openedFrom", opened.toString());
		plan.put("openedTo", opened.toString());
		plan.put("reviewers", Map.of("1", List.of(LEADER), "4", List.of(LAWYER)));
		long round = ok(LEADER, post("/api/supervision/rounds"), plan).get("id").asLong();
		String url = "/api/supervision/rounds/" + round;
		JsonNode drawn = ok(LEADER, post(url + "/draw"), Map.of("seed", "efteraaret-2017"));
		assertThat(drawn.get("populationSize").asInt()).isEqualTo(70);
		List<String> sample = new ArrayList<>();
		ok(LAWYER, get(url + "/sample"), null).forEach(s -> sample.add(s.get("caseNumber").asString()));
		assertThat(sample).hasSize(60);

		// not reviewed: refused, with the list of what is missing
		JsonNode refused = api.call(LEADER, post(url + "/conclude"), null, 409);
		assertThat(refused.get("missing").findValuesAsString("caseNumber")).containsAll(sample);
		JsonNode progress = ok(LEADER, get(url + "/progress"), null);
		assertThat(progress.get("casesMissing").asInt()).isEqualTo(60);
		assertThat(progress.get("nextCase").asString()).isIn(sample);

		// level 1 reviews all 60; 8 are flagged, 4 proposed for Ankestyrelsen; level 4 reviews the 8
		RoundReview.confirm(api, round, LEADER);
		List<String> flagged = sample.subList(0, 8);
		for (int i = 0; i < flagged.size(); i++) {
			ok(LEADER, post(url + "/flags"), Map.of("caseNumber", flagged.get(i), "reason", "Handleplan mangler før foranstaltningen",
					"owner", "test.c", "due", TODAY.plusDays(14).toString(), "proposeForAppealsBoard", i < 4));
		}
		assertThat(ok(LEADER, get(url + "/progress"), null).get("casesMissing").asInt()).as("level 4 is open for the flagged").isEqualTo(8);
		api.call(LEADER, post(url + "/conclude"), null, 409);
		RoundReview.confirm(api, round, LAWYER);
		for (String n : flagged.subList(0, 4)) {
			ok(LAWYER, post(url + "/flags/" + n + "/appeals-board"), Map.of("chosen", true, "note", "Udvalgt i samråd med Borgerrådgiveren"));
		}
		JsonNode concluded = ok(LEADER, post(url + "/conclude"), null);
		assertThat(concluded.get("status").asString()).isEqualTo("CONCLUDED");
		String roundCase = concluded.get("caseNumber").asString();

		// frozen: a correction is an addendum
		assertThat(api.call(LEADER, post(url + "/flags"), Map.of("caseNumber", sample.get(20), "reason", "Efter afslutningen",
				"owner", "test.c", "due", TODAY.plusDays(14).toString()), 409).get("detail").asString()).contains("tillæg");
		ok(LAWYER, post(url + "/addenda"), Map.of("text", "Sag " + flagged.get(7) + " havde en handleplan; den var journaliseret forkert.",
				"caseNumber", flagged.get(7)));

		// the result reaches the unit on the record, and its leader acknowledges it
		ok(LEADER, post(url + "/report"), null);
		ok(LEADER, post(url + "/acknowledgement"), null);
		JsonNode unit = ok(LAWYER, get(url), null).get("units").get(0);
		String unitLetter = unit.get("documentNumber").asString();
		assertThat(unitLetter).startsWith(roundCase + "-");
		assertThat(unit.get("acknowledgedByName").asString()).isEqualTo("Dorte Direktør");
		assertThat(unit.get("acknowledgedAt").isNull()).isFalse();

		// Borgerrådgiveren's first request: the material and how the result reached the units
		Map<String, Object> first = new HashMap<>(Map.of("body", "OMBUDSMAN", "bodyReference", "BR-2018-12", "receivedOn",
				TODAY.minusDays(5).toString(), "text", "Vi beder om materialet fra ledelsestilsynet.", "answerDue",
				TODAY.plusDays(14).toString(), "responsible", LAWYER, "items", List.of("Regneark og resultatnotat fra tilsynet",
						"Hvordan er resultatet formidlet til enhederne?", "Forvaltningens vurdering af de generelle problemer")));
		JsonNode request = ok(LAWYER, post("/api/oversight/requests"), first);
		long firstId = request.get("id").asLong();
		String requestCase = request.get("caseNumber").asString();
		String req = "/api/oversight/requests/" + firstId;
		long[] items = new long[3];
		for (int i = 0; i < 3; i++) {
			items[i] = request.get("items").get(i).get("id").asLong();
		}
		ok(LAWYER, post(req + "/items/" + items[0] + "/answer"), Map.of("roundOutputs", round));
		ok(LAWYER, post(req + "/items/" + items[1] + "/answer"), Map.of("documents", List.of(unitLetter)));
		String generalised = ok(LAWYER, post("/api/cases/" + requestCase + "/documents"), Map.of("title", "Generaliseret notat",
				"direction", "INTERNAL", "kind", "NOTE", "text", "Under ét mangler handleplaner før foranstaltningen.")).get("documentNumber")
			.asString();
		JsonNode written = ok(LAWYER, post(req + "/items/" + items[2] + "/answer"), Map.of("writtenAnswer",
				"Forvaltningen vurderer, at handleplanerne skal foreligge før foranstaltningen, og har iværksat en handleplan for det."));
		String writtenDocument = itemOf(written, items[2]).get("documents").get(0).asString();
		ok(LEADER, post(req + "/sign-off"), Map.of());
		// the leader who approved sends it (the lawyer reads only what her work grants her, not the children's cases)
		JsonNode answered = ok(LEADER, post(req + "/answer"), Map.of());
		assertThat(answered.get("status").asString()).isEqualTo("ANSWERED");
		// the approving leader reads the request's case and the cover letter she approved
		ok(LEADER, get("/api/cases/" + requestCase), null);
		ok(LEADER, get("/api/documents/" + answered.get("coverLetterDocument").asString()), null);

		// the repeat: everything about each of the eight cases
		for (String n : flagged) {
			ok(LEADER, post("/api/cases/" + n + "/documents"), Map.of("title", "Notat om handleplan", "direction", "INTERNAL", "kind",
					"NOTE", "text", "Handleplanen er under udarbejdelse."));
		}
		Map<String, Object> repeat = new HashMap<>(first);
		repeat.put("reminderOf", firstId);
		repeat.put("items", List.of());
		repeat.put("perFlaggedCaseOfRound", round);
		JsonNode second = ok(LAWYER, post("/api/oversight/requests"), repeat);
		long secondId = second.get("id").asLong();
		assertThat(second.get("items")).hasSize(8);
		for (JsonNode item : second.get("items")) {
			ok(LEADER, post("/api/oversight/requests/" + secondId + "/items/" + item.get("id").asLong() + "/answer"),
					Map.of("caseNumber", item.get("subjectCaseNumber").asString()));
		}
		ok(LEADER, post("/api/oversight/requests/" + secondId + "/sign-off"), Map.of());
		ok(LEADER, post("/api/oversight/requests/" + secondId + "/answer"), Map.of());

		// the administration's own initiative: the round's result note, sent with no request
		String resultNote = concluded.get("resultNoteDocument").asString();
		ok(LEADER, post("/api/oversight/disclosures"), Map.of("body", "OMBUDSMAN", "documentNumbers", List.of(generalised),
				"reason", "Forvaltningen orienterer Borgerrådgiveren om den generelle opfølgning på tilsynet."));

		// all of it stands in the disclosure log, and the body's reviewer reads exactly that
		Set<String> logged = new HashSet<>();
		Set<Long> requests = new HashSet<>();
		boolean ownInitiative = false;
		for (JsonNode d : ok("test.ombud", get("/api/oversight/disclosures"), null)) {
			logged.add(d.get("documentNumber").asString());
			if (d.has("requestId") && !d.get("requestId").isNull()) {
				requests.add(d.get("requestId").asLong());
			}
			else if (d.get("documentNumber").asString().equals(generalised)) {
				ownInitiative = true;
			}
		}
		assertThat(requests).contains(firstId, secondId);
		assertThat(ownInitiative).isTrue();
		Set<String> expected = new LinkedHashSet<>(List.of(resultNote, concluded.get("workbookDocument").asString(), unitLetter,
				writtenDocument, generalised));
		assertThat(logged).containsAll(expected);
		for (String n : expected) {
			ok("test.ombud", get("/api/documents/" + n), null);
		}
		api.call("test.ombud", get("/api/cases/" + sample.get(30)), null, 403);

		// the lawyer and the leader meet no "Ingen adgang" on their pages either
		for (String who : List.of(LAWYER, LEADER)) {
			for (String page : List.of("/supervision/" + round, "/oversight/" + firstId, "/oversight/" + secondId, "/cases/" + requestCase)) {
				var response = mvc.perform(get(page).with(user(users.loadUserByUsername(who)))).andReturn().getResponse();
				assertThat(response.getStatus()).as(who + " " + page).isEqualTo(200);
				assertThat(response.getContentAsString()).as(who + " " + page).doesNotContain("Ingen adgang");
			}
		}
	}

	static JsonNode itemOf(JsonNode request, long itemId) {
		for (JsonNode i : request.get("items")) {
			if (i.get("id").asLong() == itemId) {
				return i;
			}
		}
		throw new AssertionError("no item " + itemId);
	}

	/** A call that must succeed (2xx): the people who answer an oversight body are never refused in this story. */
	JsonNode ok(String user, MockHttpServletRequestBuilder request, Object body) throws Exception {
		return api.callOk(user, request, body);
	}
}
