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
