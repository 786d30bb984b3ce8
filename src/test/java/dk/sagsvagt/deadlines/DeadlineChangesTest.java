package dk.sagsvagt.deadlines;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class DeadlineChangesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CaseDeadlines deadlines;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	long deadline(String event, String rule) {
		CaseFile c = fixtures.caseIn(fixtures.unitA(), "test.a", "Sag til fristændringer");
		deadlines.recordHistoric(c.id(), c.caseNumber(), c.caseType(), c.unitId(), c.caseworkerId(), event,
				Instant.parse("2024-12-20T09:00:00Z"), "test");
		return jdbc.queryForObject("SELECT id FROM deadlines.deadline WHERE case_id = ? AND rule_code = ?", Long.class, c.id(), rule);
	}

	ResultActions post(String user, long id, String what, String json) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/deadlines/{id}/" + what, id).with(httpBasic(user, Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	LocalDate dueDate(long id) {
		return jdbc.queryForObject("SELECT due_date FROM deadlines.deadline WHERE id = ?", LocalDate.class, id);
	}

	@Test
	void anAccessRequestCanBeExtendedWithReasonAndApprovalButNotSuspended() throws Exception {
		long id = deadline("ACCESS_REQUEST_RECEIVED", "ACCESS_REQUEST");
		assertThat(dueDate(id)).isEqualTo(LocalDate.of(2025, 1, 3));
		post("test.a", id, "suspension", "{\"reason\":\"Venter\"}").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail").value("Fristen efter Offentlighedsloven § 36, stk. 2; forvaltningsloven § 16, stk. 2 kan ikke standses."));
		post("test.a", id, "extension", "{\"newDueDate\":\"2025-01-17\",\"approvedBy\":\"test.leader.a\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("reason"));
		post("test.a", id, "extension", "{\"newDueDate\":\"2025-01-17\",\"reason\":\"Mange dokumenter\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("approvedBy"));
		post("test.a", id, "extension", "{\"newDueDate\":\"2025-01-02\",\"reason\":\"x\",\"approvedBy\":\"test.leader.a\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("newDueDate"));
		assertThat(dueDate(id)).isEqualTo(LocalDate.of(2025, 1, 3));

		post("test.a", id, "extension", "{\"newDueDate\":\"2025-01-17\",\"reason\":\"Mange dokumenter skal gennemgås\",\"approvedBy\":\"test.leader.a\"}")
			.andExpect(status().isNoContent());
		assertThat(dueDate(id)).isEqualTo(LocalDate.of(2025, 1, 17));
		assertThat(jdbc.queryForList("SELECT kind || ':' || approved_by FROM deadlines.deadline_change WHERE deadline_id = ?", String.class, id))
			.containsExactly("EXTENDED:test.leader.a");
	}

	/**
	 * Issue 19: a deadline already overdue is extended; the breach stays recorded (breachedAt, a BREACHED line in the
	 * history) and the deadline met later counts as late, though it is met before its new due date. Before: it
	 * counted as met in time.
	 */
	@Test
	void anExtensionAfterTheDeadlineRanOutKeepsTheBreachAndItCountsAsLate() throws Exception {
		CaseFile c = fixtures.caseIn(fixtures.unitA(), "test.a", "Aktindsigt der blev forlænget for sent");
		deadlines.recordHistoric(c.id(), c.caseNumber(), c.caseType(), c.unitId(), c.caseworkerId(), "ACCESS_REQUEST_RECEIVED",
				Instant.parse("2024-12-20T09:00:00Z"), "test.a");
		// due 3 January 2025, long run out
		long id = jdbc.queryForObject("SELECT id FROM deadlines.deadline WHERE case_id = ? AND rule_code = 'ACCESS_REQUEST'", Long.class, c.id());
		LocalDate later = LocalDate.now().plusDays(30);
		post("test.a", id, "extension", "{\"newDueDate\":\"" + later + "\",\"reason\":\"Tredjemand skal høres\",\"approvedBy\":\"test.leader.a\"}")
			.andExpect(status().isNoContent());
		String caseNumber = c.caseNumber();
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/cases/{n}/deadlines", caseNumber)
			.with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(jsonPath("$[?(@.ruleCode == 'ACCESS_REQUEST')].status").value(org.hamcrest.Matchers.hasItem("OPEN")))
			.andExpect(jsonPath("$[?(@.ruleCode == 'ACCESS_REQUEST')].breachedAt").value(org.hamcrest.Matchers.hasItem("2025-01-03T23:00:00Z")));

		deadlines.recordEstablished(c, "ACCESS_REQUEST_ANSWERED", Instant.now(), null, "test.a");
		assertThat(jdbc.queryForObject("SELECT status FROM deadlines.deadline WHERE id = ?", String.class, id)).isEqualTo("MET_LATE");
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/cases/{n}/deadlines/{id}/history", caseNumber, id)
			.with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].kind").value(org.hamcrest.Matchers.contains("STARTED", "BREACHED", "EXTENDED", "MET_LATE")))
			.andExpect(jsonPath("$[2].reason").value("Tredjemand skal høres"))
			.andExpect(jsonPath("$[2].approvedBy").value("test.leader.a"))
			.andExpect(jsonPath("$[2].byName").value("Anne Testsen"))
			.andExpect(jsonPath("$[2].label").value("Forlænget"));
		// the database holds it too: a deadline with a breach is never met in time
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.update("UPDATE deadlines.deadline SET status = 'MET' WHERE id = ?", id))
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
	}

	/** Issue 19: a suspended deadline is "Stillet i bero" with reason and since when, not "Åben", in the API and the list. */
	@Test
	void aSuspendedDeadlineShowsAsSuspendedWithItsReasonAndIsNotOverdue() throws Exception {
		CaseFile c = fixtures.caseIn(fixtures.unitA(), "test.a", "Sag i bero");
		deadlines.recordHistoric(c.id(), c.caseNumber(), c.caseType(), c.unitId(), c.caseworkerId(), "INQUIRY_RECEIVED",
				Instant.now().minus(2, ChronoUnit.DAYS), "test");
		long id = jdbc.queryForObject("SELECT id FROM deadlines.deadline WHERE case_id = ? AND rule_code = 'INQUIRY_REPLY'", Long.class, c.id());
		post("test.a", id, "suspension", "{\"reason\":\"Afventer borgerens svar\"}").andExpect(status().isNoContent());
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/cases/{n}/deadlines", c.caseNumber())
			.with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(jsonPath("$[?(@.ruleCode == 'INQUIRY_REPLY')].status").value(org.hamcrest.Matchers.hasItem("SUSPENDED")))
			.andExpect(jsonPath("$[?(@.ruleCode == 'INQUIRY_REPLY')].suspensionReason").value(org.hamcrest.Matchers.hasItem("Afventer borgerens svar")));
		String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/deadlines/mine")
			.param("state", "suspended").with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user(users.loadUserByUsername("test.a"))))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains(c.caseNumber()).contains("Stillet i bero siden " + dk.sagsvagt.shared.DanishDates.longDate(LocalDate.now())
				+ ": Afventer borgerens svar").containsPattern("\\d+ frist(er)? stillet i bero").doesNotContain("??");
		assertThat(deadlines.ofCase(c).stream().filter(d -> d.id() == id).findFirst().orElseThrow()
			.isOverdue(Instant.now().plus(400, ChronoUnit.DAYS))).isFalse();
	}

	@Test
	void aSuspensionAddsTheWaitToTheDeadline() throws Exception {
		long id = deadline("INQUIRY_RECEIVED", "INQUIRY_REPLY");
		assertThat(dueDate(id)).isEqualTo(LocalDate.of(2025, 1, 8));
		post("test.a", id, "suspension", "{\"reason\":\"\"}").andExpect(status().isBadRequest());
		post("test.a", id, "suspension", "{\"reason\":\"Venter på borgerens lægeerklæring\"}").andExpect(status().isNoContent());
		post("test.a", id, "suspension", "{\"reason\":\"Igen\"}").andExpect(status().isConflict());
		// as if the wait lasted three days
		jdbc.update("UPDATE deadlines.deadline SET suspended_since = suspended_since - interval '3 days' WHERE id = ?", id);
		post("test.a", id, "resumption", "{\"reason\":\"Lægeerklæringen er modtaget\"}").andExpect(status().isNoContent());
		assertThat(dueDate(id)).isEqualTo(LocalDate.of(2025, 1, 11));
		assertThat(jdbc.queryForList("SELECT kind FROM deadlines.deadline_change WHERE deadline_id = ? ORDER BY id", String.class, id))
			.containsExactly("SUSPENDED", "RESUMED");
	}

	@Test
	void onlyThoseWhoMayWorkOnTheCaseChangeItsDeadlines() throws Exception {
		long id = deadline("INQUIRY_RECEIVED", "INQUIRY_REPLY");
		post("test.b", id, "suspension", "{\"reason\":\"Venter\"}").andExpect(status().isForbidden());
		post("test.a", 999_999_999L, "suspension", "{\"reason\":\"Venter\"}").andExpect(status().isNotFound());
	}
}
