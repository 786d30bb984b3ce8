package dk.sagsvagt.handover;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.access.AccessGrants;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;
import dk.sagsvagt.support.JsonApi;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A leader sees another caseworker's holdings only as far as the access policy lets them see the cases: a specially
 * protected case is counted, not shown, and the holdings are a logged list read with the citizens shown.
 */
@IntegrationTest
class HoldingsProtectionTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Organisation organisation;

	@Autowired
	AccessGrants grants;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JsonApi api;

	@Test
	void aProtectedCaseIsCountedWithoutTitleOrNumberAndTheReadIsLogged() throws Exception {
		organisation.createStaff("test.leaver.p", "Pia Protektsen", StaffRole.CASEWORKER, fixtures.unitA());
		CaseFile open = fixtures.caseIn(fixtures.unitA(), "test.leaver.p", "Almindelig beholdningssag");
		CaseFile hidden = fixtures.caseIn(fixtures.unitA(), "test.leaver.p", "Skjultbeholdning adressebeskyttet");
		grants.protectCase(hidden.id(), "Adressebeskyttelse", List.of("test.b"), "test");
		long before = jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM access.access_log", Long.class);

		String json = mvc.perform(get("/api/handovers/test.leaver.p").with(httpBasic("test.leader.a", Fixtures.PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(json).contains(open.caseNumber()).doesNotContain(hidden.caseNumber()).doesNotContain("Skjultbeholdning")
			.contains("\"protectedCases\":1");
		String page = mvc.perform(get("/handover/test.leaver.p").with(user(users.loadUserByUsername("test.leader.a"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains(open.caseNumber()).doesNotContain(hidden.caseNumber()).doesNotContain("Skjultbeholdning")
			.contains("1 særligt beskyttet sag");

		List<Long[]> rows = jdbc.query("SELECT citizen_ids FROM access.access_log WHERE id > ? AND username = 'test.leader.a' "
				+ "AND action = 'LIST_CASES' AND outcome = 'ALLOWED'", (rs, n) -> (Long[]) rs.getArray(1).getArray(), before);
		assertThat(rows).as("the API and the page are each a logged list read").hasSize(2);
		assertThat(rows).allSatisfy(ids -> assertThat(ids).contains(open.primaryCitizenId()).doesNotContain(hidden.primaryCitizenId()));
	}

	@Test
	void aFollowUpOnACaseProtectedFromTheLeaderIsCountedWithoutItsNumber() throws Exception {
		grants.createUser("test.leaver.f", "Frida Flagsen", StaffRole.CASEWORKER, fixtures.unitA(), Fixtures.PASSWORD + "-lang-nok", "test");
		CaseFile flagged = fixtures.caseOfType(fixtures.unitA(), "test.a", "PLACEMENT", Fixtures.newChildCpr(), "Flaget og beskyttet");
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen"));
		// the flagged case alone makes the round's population (opened on a day of its own), so it is drawn
		LocalDate opened = LocalDate.of(2000, 2, 29);
		jdbc.update("UPDATE cases.case_file SET opened_at = ? WHERE id = ?", java.sql.Timestamp.valueOf(opened.atTime(12, 0)), flagged.id());
		Map<String, Object> round = new HashMap<>(Map.of("name", "Opfølgning ved overdragelse", "periodFrom", today.minusMonths(1).toString(),
				"periodTo", today.toString(), "templateId", "CHILDREN_BL", "unitIds", List.of(fixtures.unitA()), "caseTypes",
				List.of("PLACEMENT"), "sampleSize", 500, "openedFrom", opened.toString(), "openedTo", opened.toString()));
		round.put("reviewers", Map.of("2", List.of("test.leader.a")));
		long id = api.call("test.leader.a", post("/api/supervision/rounds"), round, 201).get("id").asLong();
		api.call("test.leader.a", post("/api/supervision/rounds/" + id + "/draw"), Map.of("seed", "overdragelse"), 200);
		api.call("test.leader.a", post("/api/supervision/rounds/" + id + "/flags"), Map.of("caseNumber", flagged.caseNumber(), "reason",
				"Barnets plan mangler", "owner", "test.leaver.f", "due", today.plusDays(7).toString()), 201);
		grants.protectCase(flagged.id(), "Adressebeskyttelse", List.of("test.b"), "test");

		String json = mvc.perform(get("/api/handovers/test.leaver.f").with(httpBasic("test.leader.a", Fixtures.PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(json).doesNotContain(flagged.caseNumber()).contains("\"protectedCases\":1");
		String page = mvc.perform(get("/handover/test.leaver.f").with(user(users.loadUserByUsername("test.leader.a"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).doesNotContain(flagged.caseNumber()).contains("1 særligt beskyttet sag");
	}
}
