package dk.sagsvagt.reporting;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo unit leader's dashboard at each level, checked against the database; the page has its charts and tables. */
@IntegrationTest
class DashboardTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Autowired
	dk.sagsvagt.support.Fixtures fixtures;

	/** Cases special protection does not hide from the user (other tests protect some). */
	static String seenBy(String username) {
		return """
				NOT EXISTS (SELECT 1 FROM access.protection p
				    WHERE (p.case_id = f.id OR p.citizen_id IN (SELECT citizen_id FROM cases.case_party WHERE case_id = f.id))
				      AND NOT EXISTS (SELECT 1 FROM access.protection_reader r WHERE r.protection_id = p.id AND r.username = '%s'))""".formatted(username);
	}

	JsonNode dashboard(String level) throws Exception {
		return dashboard(level, "leder");
	}

	JsonNode dashboard(String level, String username) throws Exception {
		return json.readTree(mvc.perform(get("/api/dashboard").param("level", level).with(user(users.loadUserByUsername(username))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	@Autowired
	dk.sagsvagt.improvement.ActionPlans plans;

	@Test
	void theFiguresAtEachLevelAreTheDatabasesAndWiderLevelsHoldMore() throws Exception {
		long unit = jdbc.queryForObject("SELECT unit_id FROM organisation.staff WHERE username = 'leder'", Long.class);
		// an action owned by a caseworker in another unit than the leader's
		long recommendation = jdbc.queryForObject("SELECT min(id) FROM improvement.recommendation", Long.class);
		fixtures.unitC();
		plans.addAction(recommendation, "Gennemgang af underretninger i enhed C.", "test.c", java.time.LocalDate.now().plusDays(10),
				new dk.sagsvagt.access.CurrentUser("test.leader.a", fixtures.staffId("test.leader.a"), "Lis Testleder",
						dk.sagsvagt.organisation.StaffRole.UNIT_LEADER, fixtures.unitA()));
		JsonNode mine = dashboard("UNIT");
		assertThat(mine.get("openCases").asLong())
			.isEqualTo(jdbc.queryForObject("SELECT count(*) FROM cases.case_file f WHERE unit_id = ? AND status = 'OPEN' AND " + seenBy("leder"),
					Long.class, unit));
		// the unit's actions: those its own staff own, not another unit's
		String ownedInUnit = "SELECT count(*) FROM improvement.action a JOIN organisation.staff s ON s.id = a.owner_id WHERE s.unit_id = ?";
		assertThat(mine.get("actions").asLong()).isEqualTo(jdbc.queryForObject(ownedInUnit, Long.class, unit)).isPositive();
		assertThat(mine.get("actionsDone").asLong()).isEqualTo(jdbc.queryForObject(ownedInUnit + " AND a.status = 'DONE'", Long.class, unit));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM improvement.action", Long.class))
			.as("another unit owns an action the unit's figures leave out").isGreaterThan(mine.get("actions").asLong());
		assertThat(dashboard("ADMINISTRATION", "test.director").get("actions").asLong())
			.isEqualTo(jdbc.queryForObject("SELECT count(*) FROM improvement.action", Long.class));
		assertThat(mine.get("rounds").size()).as("the demo's concluded rounds with cases from the unit").isPositive();
		for (JsonNode r : mine.get("rounds")) {
			assertThat(r.get("met").asInt()).isBetween(0, r.get("total").asInt());
		}
		// a unit leader's figures stop at the unit: a wider level would count cases the linked list cannot show
		assertThat(mvc.perform(get("/api/dashboard").param("level", "CENTRE").with(user(users.loadUserByUsername("leder"))))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString()).contains("Vælg niveau: enhed.");
		JsonNode centreUnit = dashboard("UNIT", "centerchef");
		JsonNode centre = dashboard("CENTRE", "centerchef");
		assertThat(centre.get("openCases").asLong()).isGreaterThan(centreUnit.get("openCases").asLong());
		fixtures.unitA();
		JsonNode all = dashboard("ADMINISTRATION", "test.director");
		assertThat(all.get("openCases").asLong())
			.isEqualTo(jdbc.queryForObject("SELECT count(*) FROM cases.case_file f WHERE status = 'OPEN' AND " + seenBy("test.director"), Long.class));
		assertThat(all.get("unitIds").size()).isGreaterThan(centre.get("unitIds").size());

		assertThat(mvc.perform(get("/api/dashboard").param("level", "PLANET").with(user(users.loadUserByUsername("leder"))))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString()).contains("\"field\":\"level\"");
		mvc.perform(get("/api/dashboard").with(user(users.loadUserByUsername("sagsbehandler")))).andExpect(status().isForbidden());
	}

	@Test
	void thePageShowsEachChartWithTheTableBehindItAndLinksToTheLists() throws Exception {
		String page = mvc.perform(get("/dashboard").with(user(users.loadUserByUsername("leder"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"on-time-chart\"").contains("id=\"month-table\"").contains("id=\"supervision-chart\"")
			.contains("id=\"round-table\"").contains("href=\"/cases/unit?status=OPEN&amp;level=UNIT\"").contains("href=\"/deadlines/unit?state=overdue&amp;level=UNIT\"").contains("<svg");
		assertThat(mvc.perform(get("/dashboard").param("level", "PLANET").with(user(users.loadUserByUsername("leder"))))
			.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString()).contains("Vælg niveau");
	}
}
