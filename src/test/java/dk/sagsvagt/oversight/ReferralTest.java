package dk.sagsvagt.oversight;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.journal.Direction;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.Journal;
import dk.sagsvagt.journal.NewDocument;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.supervision.Finding;
import dk.sagsvagt.supervision.Flags;
import dk.sagsvagt.supervision.NewRound;
import dk.sagsvagt.supervision.Round;
import dk.sagsvagt.supervision.RoundConclusions;
import dk.sagsvagt.supervision.SupervisionRounds;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;
import dk.sagsvagt.support.JsonApi;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Referrals to Ankestyrelsen from a supervision round (the flagged cases chosen at level 4, each sent once with its
 * documents, in the disclosure log), outcomes linked to a general finding, the referrals page, and the bodies that
 * administrators add.
 */
@IntegrationTest
class ReferralTest {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonApi api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SupervisionRounds rounds;

	@Autowired
	Flags flags;

	@Autowired
	RoundConclusions conclusions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Journal journal;

	@Autowired
	UserDetailsService users;

	CurrentUser leader() {
		return new CurrentUser("test.leader.a", fixtures.staffId("test.leader.a"), "Lis Testleder", StaffRole.UNIT_LEADER, fixtures.unitA());
	}

	CurrentUser lawyer() {
		return new CurrentUser("test.jurist", fixtures.staffId("test.jurist"), "Jens Jurist", StaffRole.SUPERVISION_LAWYER, fixtures.unitC());
	}

	@Test
	void theChosenFlaggedCasesOfARoundAreSentOnceEachWithTheirDocuments() throws Exception {
		List<String> flagged = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			String n = fixtures.caseOfType(fixtures.unitA(), "test.a", "PLACEMENT", Fixtures.newChildCpr(), "Udpeget til Ankestyrelsen " + i)
				.caseNumber();
			journal.journal(n, new NewDocument("Børnefaglig undersøgelse", Direction.INTERNAL, DocumentKind.NOTE, null, "Undersøgelsen."), null,
					leader());
			flagged.add(n);
		}
		long roundId = rounds.create(new NewRound("Runde med sager til Ankestyrelsen", TODAY.minusMonths(1), TODAY, "CHILDREN_BL", null,
				List.of(fixtures.unitA()), List.of("PLACEMENT"), TODAY, TODAY, 500, false, false, 0, null,
				Map.of(2, List.of("test.leader.a"), 4, List.of("test.jurist"))), leader()).id();
		rounds.draw(roundId, "fire", leader());
		Round round = rounds.get(roundId, leader());
		for (String n : flagged) {
			flags.flag(round, n, "Barnets plan manglede før anbringelsen", "test.a", TODAY.plusDays(10), true, leader());
		}
		// two of the four, chosen at level 4 (with Borgerrådgiveren)
		flags.chooseForAppealsBoard(round, flagged.get(0), true, null, lawyer());
		flags.chooseForAppealsBoard(round, flagged.get(2), true, null, lawyer());
		long disclosedBefore = count("SELECT count(*) FROM oversight.disclosure WHERE body = 'APPEALS_BOARD'");

		api.call("test.a", post("/api/referrals/from-round/" + roundId), Map.of(), 403);
		JsonNode sent = api.call("test.leader.a", post("/api/referrals/from-round/" + roundId),
				Map.of("answerDue", TODAY.plusMonths(3).toString()), 201);

		assertThat(sent.findValuesAsString("caseNumber")).containsExactlyInAnyOrder(flagged.get(0), flagged.get(2));
		assertThat(sent.findValuesAsString("bundleDocument")).hasSize(2).allMatch(d -> d.matches("\\d{4}-\\d{7}-\\d+"));
		assertThat(sent.get(0).get("reason").asString()).contains("Runde med sager til Ankestyrelsen").contains("Barnets plan manglede");
		assertThat(sent.get(0).get("roundId").asLong()).isEqualTo(roundId);
		// each case's document and its bundle are in the disclosure log
		assertThat(count("SELECT count(*) FROM oversight.disclosure WHERE body = 'APPEALS_BOARD'")).isEqualTo(disclosedBefore + 4);
		// sent once: again is refused, and the database refuses a second row for the same flag
		JsonNode again = api.call("test.leader.a", post("/api/referrals/from-round/" + roundId), Map.of(), 409);
		assertThat(again.get("detail").asString()).contains("allerede sendt");
		assertThat(count("SELECT count(*) FROM oversight.referral WHERE round_id = " + roundId)).isEqualTo(2);

		// the bundle is in the round's own case; the case's page shows that it is at Ankestyrelsen
		assertThat(sent.get(0).get("bundleDocument").asString()).startsWith(round.caseNumber() + "-");
		String casePage = mvc.perform(get("/cases/" + flagged.get(0) + "/appeals").with(user(users.loadUserByUsername("test.leader.a"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(casePage).contains("Hos Ankestyrelsen").contains("Sendt til gennemgang");

		JsonNode list = api.call("test.leader.a", get("/api/referrals"), null, 200);
		assertThat(list.findValuesAsString("caseNumber")).contains(flagged.get(0), flagged.get(2)).doesNotContain(flagged.get(1));
		api.call("test.a", get("/api/referrals"), null, 403);
		api.call("test.anke", get("/api/referrals"), null, 403);

		// the outcome's learning points link to a general finding of the round; an unknown finding is refused
		conclusions.addFinding(roundId, "Børnenes planer bliver ikke udarbejdet før anbringelsen.", flagged, List.of(), leader());
		long finding = conclusions.findings(round).stream().mapToLong(Finding::id).max().orElseThrow();
		long referral = sent.get(0).get("id").asLong();
		Map<String, Object> outcome = new HashMap<>(Map.of("outcome", "CHANGED", "decidedOn", TODAY.toString(),
				"learningPoints", "Planen skal foreligge før anbringelsen.", "supervisionFindingId", 999_999_999));
		JsonNode unknown = api.call("test.leader.a", post("/api/referrals/" + referral + "/outcome"), outcome, 400);
		assertThat(unknown.get("field").asString()).isEqualTo("supervisionFindingId");
		outcome.put("supervisionFindingId", finding);
		JsonNode decided = api.call("test.leader.a", post("/api/referrals/" + referral + "/outcome"), outcome, 200);
		assertThat(decided.get("outcome").asString()).isEqualTo("CHANGED");
		assertThat(decided.get("supervisionFindingId").asLong()).isEqualTo(finding);
		api.call("test.leader.a", post("/api/referrals/" + referral + "/outcome"), outcome, 409);
	}

	@Test
	void theReferralsPageListsTheCasesAndRecordsAnOutcomeFromTheForm() throws Exception {
		var c = fixtures.caseOfType(fixtures.unitA(), "test.a", "PLACEMENT", Fixtures.newChildCpr(), "Egen drift");
		JsonNode referral = api.call("test.leader.a", post("/api/referrals"), Map.of("caseNumber", c.caseNumber(), "kind", "OWN_INITIATIVE",
				"reason", "Ankestyrelsen har taget sagen op af egen drift"), 201);
		assertThat(referral.has("bundleDocument")).as("nothing is sent when the board takes a case up itself").isFalse();
		String page = mvc.perform(get("/oversight/referrals").with(user(users.loadUserByUsername("test.leader.a"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(c.caseNumber()).contains("Af egen drift").contains("outcome-" + referral.get("id").asLong());

		mvc.perform(post("/oversight/referrals/" + referral.get("id").asLong() + "/outcome").with(csrf())
			.with(user(users.loadUserByUsername("test.leader.a")))
			.param("outcome", "REMITTED").param("decidedOn", TODAY.toString()).param("learningPoints", "Børnesamtalen manglede."))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("SELECT outcome FROM oversight.referral WHERE id = ?", String.class, referral.get("id").asLong()))
			.isEqualTo("REMITTED");

		String statistics = mvc.perform(get("/oversight/statistics").with(user(users.loadUserByUsername("test.leader.a"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(statistics).contains("id=\"referral-chart\"").contains("<svg").contains("Testenhed A · " + TODAY.getYear());

		mvc.perform(get("/oversight/referrals").with(user(users.loadUserByUsername("test.a")))).andExpect(status().isForbidden());
	}

	@Test
	void administratorsAddBodiesThatCanThenSendRequests() throws Exception {
		String name = "Folketingets Ombudsmand";
		api.call("test.leader.a", post("/api/oversight/bodies"), Map.of("name", name), 403);
		JsonNode added = api.call("test.admin", post("/api/oversight/bodies"), Map.of("name", name), 201);
		String code = added.get("code").asString();
		assertThat(code).isEqualTo("FOLKETINGETS_OMBUDSMAND");
		api.call("test.admin", post("/api/oversight/bodies"), Map.of("name", name.toUpperCase()), 409);
		assertThat(api.call("test.admin", post("/api/oversight/bodies"), Map.of("name", "Datatilsynet", "code", "data-tilsyn"), 400)
			.get("field").asString()).isEqualTo("code");
		assertThat(api.call("test.a", get("/api/oversight/bodies"), null, 200).findValuesAsString("code")).contains(code, "OMBUDSMAN");

		JsonNode request = api.call("test.leader.a", post("/api/oversight/requests"), Map.of("body", code, "receivedOn", TODAY.toString(),
				"text", "Vi beder om sagens akter.", "answerDue", TODAY.plusDays(14).toString(), "responsible", "test.leader.a",
				"items", List.of("Sagens akter")), 201);
		assertThat(request.get("bodyName").asString()).isEqualTo(name);
		// whoever asked for aktindsigt is a recipient in the disclosure log, not a body that sends requests
		api.call("test.leader.a", post("/api/oversight/requests"), Map.of("body", "ACCESS_REQUESTER", "receivedOn", TODAY.toString(),
				"text", "Vi beder om sagens akter.", "answerDue", TODAY.plusDays(14).toString(), "responsible", "test.leader.a",
				"items", List.of("Sagens akter")), 400);

		String page = mvc.perform(get("/admin/bodies").with(user(users.loadUserByUsername("test.admin"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(name).doesNotContain("Anmoder om aktindsigt");
		String error = mvc.perform(post("/admin/bodies").with(csrf()).with(user(users.loadUserByUsername("test.admin"))).param("name", "X"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(error).contains("Skriv myndighedens navn").contains("aria-invalid=\"true\"");
	}

	long count(String sql) {
		return jdbc.queryForObject(sql, Long.class);
	}

	@Test
	void theReferralListShowsOnlyCasesTheLeaderMaySeeAndIsALoggedRead() throws Exception {
		var c = fixtures.caseOfType(fixtures.unitC(), "test.c", "PLACEMENT", Fixtures.newChildCpr(), "Henvist fra C");
		api.call("test.director", post("/api/referrals"), Map.of("caseNumber", c.caseNumber(), "kind", "OWN_INITIATIVE",
				"reason", "Grundenkunforenhedc"), 201);
		long before = jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM access.access_log", Long.class);
		String outside = api.call("test.leader.a", get("/api/referrals"), null, 200).toString();
		assertThat(outside).doesNotContain(c.caseNumber()).doesNotContain("Grundenkunforenhedc");
		String page = mvc.perform(get("/oversight/referrals").with(user(users.loadUserByUsername("test.leader.a"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContain(c.caseNumber()).doesNotContain("Grundenkunforenhedc");
		assertThat(api.call("test.director", get("/api/referrals"), null, 200).toString()).contains(c.caseNumber());
		assertThat(jdbc.queryForObject("SELECT count(*) FROM access.access_log WHERE id > ? AND username = 'test.director' "
				+ "AND ? = ANY(citizen_ids)", Integer.class, before, c.primaryCitizenId())).isPositive();
	}
}
