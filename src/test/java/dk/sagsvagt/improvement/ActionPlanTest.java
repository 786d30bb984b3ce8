package dk.sagsvagt.improvement;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import dk.sagsvagt.access.AccessGrants;
import dk.sagsvagt.deadlines.DeadlineOwners;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An action plan's actions stand on their owners' worklists, are met one by one, follow a handover, and are reported. */
@IntegrationTest
class ActionPlanTest {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonApi api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccessGrants grants;

	@Autowired
	DeadlineOwners owners;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void actionsAreOnTheOwnersWorklistsAreMetOneByOneAndTheReportShowsProgress() throws Exception {
		fixtures.unitA();
		String owner = "test.planowner." + System.nanoTime() % 1_000_000;
		grants.createUser(owner, "Pia Plan", StaffRole.CASEWORKER, fixtures.unitA(), Fixtures.PASSWORD, "test");
		api.call("test.a", post("/api/action-plans"), Map.of("title", "Plan", "adoptedOn", TODAY.toString()), 403);
		assertThat(api.call("test.leader.a", post("/api/action-plans"), Map.of("title", "Handleplan", "adoptedOn", TODAY.plusDays(1).toString()),
				400).get("field").asString()).isEqualTo("adoptedOn");
		JsonNode plan = api.call("test.leader.a", post("/api/action-plans"), Map.of("title", "Handleplan for styrket myndighedsindsats",
				"adoptedOn", TODAY.minusDays(5).toString()), 201);
		long id = plan.get("id").asLong();
		assertThat(api.call("test.leader.a", post("/api/action-plans/" + id + "/recommendations"), Map.of("text", "Vurdér underretninger i tide.",
				"source", "OMBUDSMAN", "evidenceRule", "NO_SUCH_RULE"), 400).get("field").asString()).isEqualTo("evidenceRule");
		plan = api.call("test.leader.a", post("/api/action-plans/" + id + "/recommendations"), Map.of("text", "Vurdér underretninger i tide.",
				"source", "OMBUDSMAN", "sourceReference", "Borgerrådgiverens rapport 2017", "evidenceRule", "NOTIFICATION_ASSESSMENT"), 201);
		long recommendation = plan.get("recommendations").get(0).get("id").asLong();
		api.call("test.leader.a", post("/api/recommendations/" + recommendation + "/actions"), Map.of("text", "Daglig visitation af underretninger.",
				"owner", owner, "dueOn", TODAY.plusDays(10).toString()), 201);
		plan = api.call("test.leader.a", post("/api/recommendations/" + recommendation + "/actions"), Map.of("text", "Kursus i vurdering af underretninger.",
				"owner", owner, "dueOn", TODAY.plusDays(20).toString()), 201);
		JsonNode actions = plan.get("recommendations").get(0).get("actions");
		assertThat(actions).hasSize(2);
		long ownerId = fixtures.staffId(owner);
		assertThat(openActionDeadlines(ownerId)).isEqualTo(2);

		// the owner completes the first; only its deadline is met
		long first = actions.get(0).get("id").asLong();
		api.call("test.a", post("/api/actions/" + first + "/completion"), Map.of("note", "Visitationen kører."), 403);
		api.call(owner, post("/api/actions/" + first + "/completion"), Map.of("note", "Visitationen kører dagligt."), 204);
		api.call("test.leader.a", post("/api/actions/" + first + "/completion"), Map.of("note", "Igen."), 409);
		assertThat(openActionDeadlines(ownerId)).isEqualTo(1);

		// a handover of the owner's deadlines hands over the action
		owners.transferRemaining(ownerId, fixtures.staffId("test.a2"), "test");
		assertThat(jdbc.queryForObject("SELECT owner_id FROM improvement.action WHERE id = ?", Long.class, actions.get(1).get("id").asLong()))
			.isEqualTo(fixtures.staffId("test.a2"));

		byte[] pdf = mvc.perform(get("/api/action-plans/" + id + "/progress.pdf").with(httpBasic("test.leader.a", Fixtures.PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Status for Handleplan for styrket myndighedsindsats").contains("1 af 2 handlinger er gennemført")
				.contains("Anbefaling 1: Vurdér underretninger i tide.").contains("Kilde: Borgerrådgiveren (Borgerrådgiverens rapport 2017)")
				.contains("Daglig visitation af underretninger.").contains("Gennemført");
		}
	}

	long openActionDeadlines(long staffId) {
		return jdbc.queryForObject("SELECT count(*) FROM deadlines.deadline WHERE caseworker_id = ? AND rule_code = 'ACTION_PLAN_ACTION' AND status = 'OPEN'",
				Long.class, staffId);
	}
}
