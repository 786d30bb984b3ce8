package dk.sagsvagt.cases;

import java.util.List;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.access.AccessGrants;
import dk.sagsvagt.citizens.Citizens;
import dk.sagsvagt.citizens.Cpr;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The register answers with a citizen's name only to whom may see it, and every such answer is a logged read. */
@IntegrationTest
class RegisterDisclosureTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccessGrants grants;

	@Autowired
	Citizens citizens;

	@Autowired
	JdbcTemplate jdbc;

	long protectedCitizen(String cpr, String name, List<String> readers) {
		long id = citizens.findOrRegister(Cpr.parse(cpr), name).id();
		grants.protectCitizen(id, "Navne- og adressebeskyttelse", readers, "test");
		return id;
	}

	long lastLogId() {
		return jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM access.access_log", Long.class);
	}

	int rowsNaming(long after, String username, String outcome, long citizenId) {
		return jdbc.queryForObject("SELECT count(*) FROM access.access_log WHERE id > ? AND username = ? AND outcome = ? "
				+ "AND ? = ANY(citizen_ids)", Integer.class, after, username, outcome, citizenId);
	}

	@Test
	void creatingACaseForAProtectedCitizenIsRefusedWithoutTheNameAndLogged() throws Exception {
		long citizen = protectedCitizen("120385-4471", "Hemmelig Orakelsen", List.of("test.b"));
		long before = lastLogId();
		mvc.perform(post("/api/cases").with(httpBasic("test.a", Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"caseType\":\"NOTIFICATION\",\"title\":\"Orakelprøve\",\"citizenCpr\":\"120385-4471\"}"))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("særligt beskyttet")))
			.andExpect(content().string(not(containsString("Orakelsen"))));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM cases.case_party WHERE citizen_id = ?", Integer.class, citizen))
			.as("the protected citizen is linked to no case").isZero();
		assertThat(rowsNaming(before, "test.a", "DENIED", citizen)).isEqualTo(1);
	}

	@Test
	void addingAProtectedCitizenAsPartyIsRefusedWithoutTheNameAndDoesNotLinkThem() throws Exception {
		long citizen = protectedCitizen("120385-4472", "Skjult Orakelsen", List.of("test.b"));
		CaseFile caseFile = fixtures.caseIn(fixtures.unitA(), "test.a", "Sag med skjult part");
		long before = lastLogId();
		mvc.perform(post("/api/cases/{n}/parties", caseFile.caseNumber()).with(httpBasic("test.a", Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"cpr\":\"120385-4472\",\"role\":\"CUSTODIAL_PARENT\"}"))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("særligt beskyttet")))
			.andExpect(content().string(not(containsString("Orakelsen"))));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM cases.case_party WHERE citizen_id = ?", Integer.class, citizen))
			.isZero();
		assertThat(rowsNaming(before, "test.a", "DENIED", citizen)).isEqualTo(1);
	}

	@Test
	void aNamedReaderMayAddTheProtectedCitizenAndTheAnswerIsALoggedRead() throws Exception {
		long citizen = protectedCitizen("120385-4473", "Kendt Orakelsen", List.of("test.a"));
		CaseFile caseFile = fixtures.caseIn(fixtures.unitA(), "test.a", "Sag med kendt part");
		long before = lastLogId();
		mvc.perform(post("/api/cases/{n}/parties", caseFile.caseNumber()).with(httpBasic("test.a", Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"cpr\":\"120385-4473\",\"role\":\"CUSTODIAL_PARENT\"}"))
			.andExpect(status().isCreated())
			.andExpect(content().string(containsString("Kendt Orakelsen")));
		assertThat(rowsNaming(before, "test.a", "ALLOWED", citizen)).isPositive();
		assertThat(rowsNaming(before, "test.a", "ALLOWED", caseFile.primaryCitizenId()))
			.as("the answer shows every party, so the read names every party").isPositive();
	}

	@Test
	void creatingACaseForAKnownCitizenEchoesTheRegisteredNameAsALoggedRead() throws Exception {
		CaseFile elsewhere = fixtures.caseIn(fixtures.unitC(), "test.c", "Sag i en anden enhed");
		String cpr = jdbc.queryForObject("SELECT cpr FROM citizens.citizen WHERE id = ?", String.class, elsewhere.primaryCitizenId());
		long before = lastLogId();
		mvc.perform(post("/api/cases").with(httpBasic("test.a", Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"caseType\":\"NOTIFICATION\",\"title\":\"Ny sag, kendt borger\",\"citizenCpr\":\"" + cpr
					+ "\",\"citizenName\":\"Et andet navn\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.parties[0].name").value("Testbarn"))
			.andExpect(content().string(not(containsString(elsewhere.caseNumber()))));
		assertThat(rowsNaming(before, "test.a", "ALLOWED", elsewhere.primaryCitizenId())).isPositive();
	}

	@Test
	void anInquiryFromAProtectedCitizenIsRefusedLikeANewCaseAndLinksNothing() throws Exception {
		long citizen = protectedCitizen("120385-4474", "Henvendende Orakelsen", List.of("test.b"));
		long before = lastLogId();
		mvc.perform(post("/api/inquiries").with(httpBasic("test.leader.a", Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"addressedTo":"MAYOR","channel":"LETTER","receivedOn":"2017-06-07","citizenCpr":"120385-4474",
					 "subject":"Lang sagsbehandlingstid","text":"Jeg venter stadig.","assignee":"test.a"}"""))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(containsString("særligt beskyttet")))
			.andExpect(content().string(not(containsString("Orakelsen"))));
		assertThat(jdbc.queryForObject("SELECT count(*) FROM cases.case_party WHERE citizen_id = ?", Integer.class, citizen))
			.as("the protected citizen is linked to no case").isZero();
		assertThat(rowsNaming(before, "test.leader.a", "DENIED", citizen)).isEqualTo(1);
	}
}
