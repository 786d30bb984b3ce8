package dk.sagsvagt.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;
import dk.sagsvagt.support.JsonApi;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 18: nothing typed is lost when the server refuses, and a person picker chooses no one by default: an empty
 * "Vælg …" first, each person with the unit beside the name, and an empty choice refused in Danish.
 */
@IntegrationTest
class KeptInputTest {

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
	UserDetailsService users;

	RequestPostProcessor as(String username) {
		fixtures.unitA();
		return user(users.loadUserByUsername(username));
	}

	/** Follows the redirect of a refused form as a browser would, with its flash. */
	String pageAfter(MvcResult refused, String username) throws Exception {
		assertThat(refused.getResponse().getStatus()).isEqualTo(302);
		return mvc.perform(get(refused.getResponse().getRedirectedUrl()).with(as(username)).flashAttrs(refused.getFlashMap()))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void aCommitteeSummaryRefusedForACprNumberIsShownAgainAsTyped() throws Exception {
		fixtures.unitA();
		long meeting = api.call("test.leader.a", post("/api/committee/meetings"), Map.of("committee", "Socialudvalget " + System.nanoTime(),
				"meetsOn", TODAY.plusDays(21).toString()), 201).get("id").asLong();
		long inquiry = api.call("test.leader.a", post("/api/inquiries"), new HashMap<>(Map.of("addressedTo", "COMMITTEE", "channel", "LETTER",
				"receivedOn", TODAY.toString(), "citizenCpr", Fixtures.newChildCpr(), "citizenName", "Birgit Borgersen", "subject",
				"Ventetid", "text", "Jeg har ventet længe på svar.", "assignee", "test.leader.a")), 201).get("id").asLong();
		String summary = "Borgeren med cpr 010190-1234 har ventet fire måneder på en afgørelse om aflastning.";

		MvcResult refused = mvc.perform(post("/inquiries/" + inquiry + "/committee").param("meetingId", String.valueOf(meeting))
			.param("title", "Ventetid på aflastning").param("summary", summary).with(as("test.leader.a")).with(csrf())).andReturn();
		String page = pageAfter(refused, "test.leader.a");
		assertThat(page).contains("cpr", summary + "</textarea>", "value=\"Ventetid på aflastning\"",
				"value=\"" + meeting + "\" selected");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM inquiries.agenda_item WHERE meeting_id = ?", Integer.class, meeting)).isZero();
	}

	@Test
	void aRequestRefusedForWantingAResponsibleKeepsWhatWasTypedAndChoosesNoOne() throws Exception {
		String blank = mvc.perform(get("/oversight").with(as("test.leader.a"))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String picker = blank.substring(blank.indexOf("<select id=\"responsible\""), blank.indexOf("</select>", blank.indexOf("<select id=\"responsible\"")));
		assertThat(picker).contains("<option value=\"\">Vælg …</option>", ">Lis Testleder (Testenhed A)</option>").doesNotContain("selected");
		assertThat(picker.indexOf("Vælg …")).as("the empty choice comes first").isLessThan(picker.indexOf("Lis Testleder"));

		MvcResult refused = mvc.perform(post("/oversight").param("body", "OMBUDSMAN").param("bodyReference", "BR-KEPT-1")
			.param("receivedOn", TODAY.minusDays(2).toString()).param("answerDue", TODAY.plusDays(14).toString())
			.param("text", "Vi beder om sagens akter vedrørende ventetiden.").param("items", "Sagens akter\nReferat af mødet")
			.param("responsible", "").with(as("test.leader.a")).with(csrf())).andReturn();
		String page = pageAfter(refused, "test.leader.a");
		assertThat(page).contains("Vælg den ansvarlige i forvaltningen.", "value=\"BR-KEPT-1\"",
				"Vi beder om sagens akter vedrørende ventetiden.</textarea>", "Sagens akter\nReferat af mødet</textarea>",
				"value=\"" + TODAY.plusDays(14) + "\"");
	}

	@Test
	void aFlagRefusedForWantingSomeoneToFollowUpKeepsTheReasonAndTheDate() throws Exception {
		CaseFile c = fixtures.caseOfType(fixtures.unitC(), "test.c", "PLACEMENT", Fixtures.newChildCpr(), "Udpeges");
		LocalDate opened = LocalDate.of(2002, 2, 2).plusDays(System.nanoTime() % 300);
		jdbc.update("UPDATE cases.case_file SET opened_at = ? WHERE id = ?", java.sql.Timestamp.valueOf(opened.atTime(12, 0)), c.id());
		Map<String, Object> round = new HashMap<>(Map.of("name", "Bevarer input", "periodFrom", TODAY.minusMonths(1).toString(), "periodTo",
				TODAY.toString(), "templateId", "CHILDREN_BL", "unitIds", List.of(fixtures.unitC()), "caseTypes", List.of("PLACEMENT"),
				"sampleSize", 10));
		round.put("openedFrom", opened.toString());
		round.put("openedTo", opened.toString());
		round.put("reviewers", Map.of("1", List.of("test.director")));
		long id = api.call("test.director", post("/api/supervision/rounds"), round, 201).get("id").asLong();
		api.call("test.director", post("/api/supervision/rounds/" + id + "/draw"), Map.of("seed", "bevar"), 200);
		String url = "/supervision/" + id + "/cases/" + c.caseNumber();

		String blank = mvc.perform(get(url).with(as("test.director"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String picker = blank.substring(blank.indexOf("<select id=\"flag-owner\""), blank.indexOf("</select>", blank.indexOf("<select id=\"flag-owner\"")));
		assertThat(picker).as("Ansvarlig for opfølgning chooses no one by default").contains("<option value=\"\">Vælg …</option>",
				">Carl Testsen (Testenhed C)</option>".replace("Carl Testsen", fullName("test.c"))).doesNotContain("selected");

		LocalDate due = TODAY.plusDays(12);
		MvcResult refused = mvc.perform(post(url + "/flag").param("reason", "Barnets plan er ikke revideret i to år.").param("owner", "")
			.param("due", due.toString()).param("proposeForAppealsBoard", "true").with(as("test.director")).with(csrf())).andReturn();
		String page = pageAfter(refused, "test.director");
		assertThat(page).contains("Vælg hvem der følger op.", "Barnets plan er ikke revideret i to år.</textarea>",
				"value=\"" + due + "\"", "value=\"true\" checked");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM supervision.flag WHERE round_id = ?", Integer.class, id)).isZero();
	}

	@Test
	void aRoundPlanRefusedForWantingItsPeriodKeepsNameUnitsTypesAndReviewers() throws Exception {
		long unitC = fixtures.unitC();
		MvcResult refused = mvc.perform(post("/supervision").param("name", "Efterårets runde, bevaret").param("templateId", "CHILDREN_BL")
			.param("unitIds", String.valueOf(unitC)).param("caseTypes", "PLACEMENT").param("sampleSize", "17").param("perUnit", "true")
			.param("reviewers1", "test.director").with(as("test.director")).with(csrf())).andReturn();
		String page = pageAfter(refused, "test.director");
		assertThat(page).contains("value=\"Efterårets runde, bevaret\"", "value=\"17\"", "value=\"test.director\" checked",
				"value=\"" + unitC + "\" checked", "value=\"PLACEMENT\" checked", "name=\"perUnit\" value=\"true\" checked");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM supervision.round WHERE name = 'Efterårets runde, bevaret'", Integer.class)).isZero();
	}

	@Test
	void aWrittenAnswerToAnItemRefusedForBeingTooShortIsShownAgainAsTyped() throws Exception {
		fixtures.unitA();
		var created = api.call("test.leader.a", post("/api/oversight/requests"), new HashMap<>(Map.of("body", "OMBUDSMAN", "receivedOn",
				TODAY.minusDays(1).toString(), "text", "Vi beder om en redegørelse.", "answerDue", TODAY.plusDays(20).toString(),
				"responsible", "test.leader.a", "items", List.of("Redegørelse for ventetiden"))), 201);
		long id = created.get("id").asLong();
		long item = created.get("items").get(0).get("id").asLong();
		MvcResult refused = mvc.perform(post("/oversight/" + id + "/items/" + item).param("writtenAnswer", "For kort.")
			.with(as("test.leader.a")).with(csrf())).andReturn();
		String page = pageAfter(refused, "test.leader.a");
		assertThat(page).contains("For kort.</textarea>", "id=\"request-error\"");
	}

	String fullName(String username) {
		return jdbc.queryForObject("SELECT full_name FROM organisation.staff WHERE username = ?", String.class, username);
	}
}
