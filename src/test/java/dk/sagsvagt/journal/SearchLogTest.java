package dk.sagsvagt.journal;

import java.util.List;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.access.AccessGrants;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A search's log row names every citizen whose case the hits show, not only the primary ones. */
@IntegrationTest
class SearchLogTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccessGrants grants;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void theLogRowNamesEveryPartyOfTheCasesHit() throws Exception {
		CaseFile hit = fixtures.caseIn(fixtures.unitA(), "test.a", "Søgelogsag kvirrelvit");
		mvc.perform(post("/api/cases/{n}/parties", hit.caseNumber()).with(httpBasic("test.a", Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"cpr\":\"" + Fixtures.newChildCpr() + "\",\"name\":\"Far Kvirrelvit\",\"role\":\"PARENT\"}"))
			.andExpect(status().isCreated());
		long parent = jdbc.queryForObject("SELECT citizen_id FROM cases.case_party WHERE case_id = ? AND role = 'PARENT'", Long.class, hit.id());
		CaseFile hidden = fixtures.caseIn(fixtures.unitA(), "test.a", "Søgelogsag kvirrelvit beskyttet");
		grants.protectCase(hidden.id(), "Adressebeskyttelse", List.of("test.b"), "test");
		long before = jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM access.access_log", Long.class);

		String body = mvc.perform(get("/api/search").param("q", "kvirrelvit").with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(body).contains(hit.caseNumber()).doesNotContain(hidden.caseNumber());
		Long[] logged = jdbc.queryForObject("SELECT citizen_ids FROM access.access_log WHERE id > ? AND username = 'test.a' AND action = 'SEARCH'",
				(rs, n) -> (Long[]) rs.getArray(1).getArray(), before);
		assertThat(logged).contains(hit.primaryCitizenId(), parent).doesNotContain(hidden.primaryCitizenId());
	}
}
