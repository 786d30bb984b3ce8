package dk.sagsvagt.handover;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.access.AccessGrants;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Issue 18: a handover on the page asks first, saying what goes to whom; the new owner sees the note on top of the case. */
@IntegrationTest
class HandoverPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccessGrants grants;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	UserDetailsService users;

	@Test
	void aHandoverIsMadeOnlyAfterTheConfirmationThatSaysHowManyCasesGoToWhom() throws Exception {
		String leaver = "test.leaving." + System.nanoTime() % 1_000_000;
		grants.createUser(leaver, "Lone Sagsbehandler", StaffRole.CASEWORKER, fixtures.unitA(), "en-lang-adgangskode-1", "test");
		CaseFile one = fixtures.caseOfType(fixtures.unitA(), leaver, "PREVENTIVE_MEASURE", Fixtures.newChildCpr(), "Familiebehandling");
		CaseFile two = fixtures.caseOfType(fixtures.unitA(), leaver, "PREVENTIVE_MEASURE", Fixtures.newChildCpr(), "Aflastning");

		String confirmation = mvc.perform(post("/handover/" + leaver).param("to", "test.a2").param("note_" + one.caseNumber(), "Mor ringer om torsdagen.")
			.with(user(users.loadUserByUsername("test.leader.a"))).with(csrf()))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(confirmation).contains("2 sager overdrages fra Lone Sagsbehandler til Arne Testsen (2)", "Ja, overdrag", "class=\"danger\"",
				"name=\"confirmed\" value=\"true\"", "name=\"to\" value=\"test.a2\"", "Mor ringer om torsdagen.");
		assertThat(caseworker(one)).as("nothing moves before the confirmation").isEqualTo(fixtures.staffId(leaver));

		mvc.perform(post("/handover/" + leaver).param("to", "test.a2").param("note_" + one.caseNumber(), "Mor ringer om torsdagen.")
			.param("confirmed", "true").with(user(users.loadUserByUsername("test.leader.a"))).with(csrf()));
		assertThat(caseworker(one)).isEqualTo(fixtures.staffId("test.a2"));
		assertThat(caseworker(two)).isEqualTo(fixtures.staffId("test.a2"));

		// the new caseworker reads the note on top of the case, before the facts, not only deep in the timeline
		String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen"))
			.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
		String page = casePage(one, "test.a2");
		assertThat(page).contains("id=\"handover-note\"", "Overdraget til dig den " + today + " af Lis Testleder (fra Lone Sagsbehandler)",
				"Mor ringer om torsdagen.");
		assertThat(page.indexOf("id=\"handover-note\"")).isLessThan(page.indexOf("id=\"facts-heading\""));
		assertThat(casePage(two, "test.a2")).as("a handover without a note shows no box").doesNotContain("id=\"handover-note\"");
		assertThat(casePage(one, "test.leader.a")).as("the box speaks to the new caseworker").doesNotContain("id=\"handover-note\"");
	}

	String casePage(CaseFile c, String username) throws Exception {
		return mvc.perform(get("/cases/" + c.caseNumber()).with(user(users.loadUserByUsername(username)))).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	long caseworker(CaseFile c) {
		return jdbc.queryForObject("SELECT caseworker_id FROM cases.case_file WHERE id = ?", Long.class, c.id());
	}
}
