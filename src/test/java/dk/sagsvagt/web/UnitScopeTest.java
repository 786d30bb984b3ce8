package dk.sagsvagt.web;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.journal.Direction;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.Journal;
import dk.sagsvagt.journal.NewDocument;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A caseworker in unit B cannot see a case of unit A through the UI, the API or search. */
@IntegrationTest
class UnitScopeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Journal journal;

	@Autowired
	UserDetailsService users;

	@Test
	void aCaseOutsideTheUnitIsHiddenEverywhere() throws Exception {
		CaseFile caseFile = fixtures.caseIn(fixtures.unitA(), "Hemmelig sag om kvarker");
		CurrentUser a = new CurrentUser("test.a", 0, "Anne Testsen", StaffRole.CASEWORKER, fixtures.unitA());
		journal.journal(caseFile.caseNumber(), new NewDocument("Notat om kvarker", Direction.INTERNAL, DocumentKind.NOTE,
				null, "Kvarkerne blev drøftet."), null, a);
		String documentNumber = caseFile.caseNumber() + "-1";

		// unit A sees it
		mvc.perform(get("/api/cases/{n}", caseFile.caseNumber()).with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/search").param("q", "kvark").with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(jsonPath("$.cases[*].caseNumber").value(hasItem(caseFile.caseNumber())))
			.andExpect(jsonPath("$.documents[*].documentNumber").value(hasItem(documentNumber)));

		// unit B does not: API
		mvc.perform(get("/api/cases/{n}", caseFile.caseNumber()).with(httpBasic("test.b", Fixtures.PASSWORD)))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("Du har ikke adgang til sag " + caseFile.caseNumber() + "."));
		mvc.perform(get("/api/cases/{n}/documents", caseFile.caseNumber()).with(httpBasic("test.b", Fixtures.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/documents/{d}/content", documentNumber).with(httpBasic("test.b", Fixtures.PASSWORD)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/cases").param("size", "200").with(httpBasic("test.b", Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(caseFile.caseNumber()))));
		mvc.perform(get("/api/cases").param("unit", String.valueOf(fixtures.unitA())).with(httpBasic("test.b", Fixtures.PASSWORD)))
			.andExpect(jsonPath("$.total").value(0));
		// search
		mvc.perform(get("/api/search").param("q", "kvark").with(httpBasic("test.b", Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(caseFile.caseNumber()))));
		// UI
		var b = SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("test.b"));
		mvc.perform(get("/cases/{n}", caseFile.caseNumber()).with(b))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Du har ikke adgang")));
		mvc.perform(get("/cases/{n}/journal", caseFile.caseNumber()).with(b)).andExpect(status().isForbidden());
		mvc.perform(get("/documents/{d}", documentNumber).with(b)).andExpect(status().isForbidden());
		mvc.perform(get("/search").param("q", "kvark").with(b))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(caseFile.caseNumber()))));
	}
}
