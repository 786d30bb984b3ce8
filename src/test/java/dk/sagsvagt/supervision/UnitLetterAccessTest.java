package dk.sagsvagt.supervision;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import dk.sagsvagt.access.AccessGrants;
import dk.sagsvagt.access.Scope;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;
import dk.sagsvagt.support.JsonApi;
import dk.sagsvagt.support.RoundReview;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 17 review (S1, S2): a sampled unit's leader who is not a member of the round reads the unit's letter and
 * nothing else in the round's own case, is not refused the letter for a protected case he or she is not named on,
 * and is the only one who acknowledges it.
 */
@IntegrationTest
class UnitLetterAccessTest {

	static final LocalDate TODAY = LocalDate.now(dk.sagsvagt.shared.WorkingDayCalendar.COPENHAGEN);

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

	@Test
	void aSampledUnitsLeaderReadsTheUnitsLetterButNotANoteInTheRoundsCaseAndAcknowledgesIt() throws Exception {
		CaseFile open = fixtures.caseOfType(fixtures.unitA(), "test.a", "PLACEMENT", Fixtures.newChildCpr(), "Åben sag til brev");
		CaseFile secret = fixtures.caseOfType(fixtures.unitA(), "test.a", "PLACEMENT", Fixtures.newChildCpr(), "Beskyttet sag til brev");
		LocalDate opened = LocalDate.of(2001, 7, 7);
		jdbc.update("UPDATE cases.case_file SET opened_at = ? WHERE id IN (?, ?)", java.sql.Timestamp.valueOf(opened.atTime(12, 0)),
				open.id(), secret.id());
		Map<String, Object> body = new HashMap<>(Map.of("name", "Brev til enheden", "periodFrom", TODAY.minusMonths(1).toString(),
				"periodTo", TODAY.toString(), "templateId", "CHILDREN_BL", "unitIds", List.of(fixtures.unitA()), "caseTypes",
				List.of("PLACEMENT"), "sampleSize", 10));
		body.put("openedFrom", opened.toString());
		body.put("openedTo", opened.toString());
		body.put("reviewers", Map.of("1", List.of("test.director"), "4", List.of("test.jurist")));
		long id = api.call("test.director", post("/api/supervision/rounds"), body, 201).get("id").asLong();
		String url = "/api/supervision/rounds/" + id;
		api.call("test.director", post(url + "/draw"), Map.of("seed", "brev"), 200);
		RoundReview.confirmAll(api, id, "test.jurist");
		api.call("test.jurist", post(url + "/conclude"), null, 200);
		// the round's members may read the case; the unit's leader is not named on it
		grants.protectCase(secret.id(), "Adressebeskyttelse", List.of("test.a", "test.director", "test.jurist"), "test.admin");
		api.call("test.jurist", post(url + "/report"), null, 200);
		JsonNode round = api.call("test.jurist", get(url), null, 200);
		String roundCase = round.get("caseNumber").asString();
		String letter = round.get("units").get(0).get("documentNumber").asString();
		String note = mvc.perform(post("/api/cases/{n}/documents", roundCase).with(httpBasic("test.director", Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Notat om en medarbejder\", \"text\": \"Fortroligt om en sag.\"}"))
			.andReturn().getResponse().getHeader("Location").replace("/api/documents/", "");

		assertThat(status("/api/documents/" + letter + "/content", "test.leader.a")).as("the unit's letter").isEqualTo(200);
		assertThat(status("/api/documents/" + note + "/content", "test.leader.a")).as("a note in the round's case").isEqualTo(403);
		assertThat(status("/api/cases/" + roundCase, "test.leader.a")).as("the round's case itself").isEqualTo(403);
		byte[] pdf = mvc.perform(get("/api/documents/" + letter + "/content").with(httpBasic("test.leader.a", Fixtures.PASSWORD)))
			.andReturn().getResponse().getContentAsByteArray();
		try (var loaded = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(loaded)).doesNotContain(secret.caseNumber());
		}

		// a team leader of the unit does not acknowledge for it, nor a leader who cannot read the letter
		assertThat(status(post(url + "/acknowledgement"), "test.team")).isEqualTo(403);
		String blind = "test.blind." + System.nanoTime() % 100000;
		grants.createUser(blind, "Birgit Blindleder", StaffRole.UNIT_LEADER, fixtures.unitA(), Fixtures.PASSWORD, "test.admin");
		grants.setScope(blind, Scope.OWN, "test.admin");
		JsonNode refused = api.call(blind, post(url + "/acknowledgement"), null, 409);
		assertThat(refused.get("detail").asString()).contains("ikke kan læse");

		api.call("test.leader.a", post(url + "/acknowledgement"), null, 204);
		assertThat(status("/api/documents/" + letter + "/content", "test.leader.a")).as("the grant ends on acknowledgement")
			.isEqualTo(403);
	}

	private int status(String path, String username) throws Exception {
		return status(get(path), username);
	}

	private int status(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String username)
			throws Exception {
		return mvc.perform(request.with(httpBasic(username, Fixtures.PASSWORD))).andReturn().getResponse().getStatus();
	}
}
