package dk.sagsvagt.access;

import java.util.List;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.journal.Direction;
import dk.sagsvagt.journal.Document;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.Journal;
import dk.sagsvagt.journal.NewDocument;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Each scope reaches exactly its cases; assignments, disclosures and protection on top. */
@IntegrationTest
class ScopeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccessGrants grants;

	@Autowired
	Journal journal;

	void expect(String user, CaseFile c, boolean allowed) throws Exception {
		mvc.perform(get("/api/cases/{n}", c.caseNumber()).with(httpBasic(user, Fixtures.PASSWORD)))
			.andExpect(allowed ? status().isOk() : status().isForbidden());
	}

	@Test
	void ownTeamUnitCentreAndAdministrationScopes() throws Exception {
		CaseFile ownedByA = fixtures.caseIn(fixtures.unitA(), "test.a", "Sag hos Anne");
		CaseFile ownedByOwn = fixtures.caseIn(fixtures.unitA(), "test.own", "Sag hos Otto");
		CaseFile unassignedA = fixtures.caseIn(fixtures.unitA(), "Ufordelt sag i A");
		CaseFile inB = fixtures.caseIn(fixtures.unitB(), "test.b", "Sag i B");
		CaseFile inC = fixtures.caseIn(fixtures.unitC(), "test.c", "Sag i C");

		// OWN: only the user's own cases, even within the unit
		expect("test.own", ownedByOwn, true);
		expect("test.own", ownedByA, false);
		expect("test.own", unassignedA, false);
		// TEAM: cases of the team's members (test.team and test.a), not the rest of the unit
		expect("test.team", ownedByA, true);
		expect("test.team", ownedByOwn, false);
		expect("test.team", unassignedA, false);
		// UNIT
		expect("test.a2", ownedByA, true);
		expect("test.a2", unassignedA, true);
		expect("test.a2", inB, false);
		expect("test.leader.a", unassignedA, true);
		expect("test.leader.a", inB, false);
		// CENTRE: units A and B, not C
		expect("test.centre", ownedByA, true);
		expect("test.centre", inB, true);
		expect("test.centre", inC, false);
		// ADMINISTRATION
		expect("test.director", ownedByA, true);
		expect("test.director", inB, true);
		expect("test.director", inC, true);
		// roles without case access
		expect("test.admin", inC, false);
		expect("test.ombud", inC, false);
		expect("test.jurist", inC, false);
	}

	@Test
	void aSupervisionLawyerSeesOnlyAssignedCases() throws Exception {
		CaseFile assigned = fixtures.caseIn(fixtures.unitB(), "test.b", "Sag i tilsynsrunde");
		CaseFile other = fixtures.caseIn(fixtures.unitB(), "test.b", "Sag uden for runde");
		grants.assignCase("test.jurist", assigned.id(), "1. runde, efteråret 2017", "test.admin");
		expect("test.jurist", assigned, true);
		expect("test.jurist", other, false);
	}

	@Test
	void anExternalReviewerSeesOnlyDocumentsDisclosedToTheirBody() throws Exception {
		CaseFile c = fixtures.caseIn(fixtures.unitA(), "test.a", "Sag til Borgerrådgiveren");
		CurrentUser a = new CurrentUser("test.a", fixtures.staffId("test.a"), "Anne Testsen", StaffRole.CASEWORKER, fixtures.unitA());
		Document disclosed = journal.journal(c.caseNumber(), new NewDocument("Udleveret notat", Direction.INTERNAL,
				DocumentKind.NOTE, null, "Udleveres til Borgerrådgiveren."), null, a);
		Document kept = journal.journal(c.caseNumber(), new NewDocument("Internt notat", Direction.INTERNAL,
				DocumentKind.NOTE, null, "Udleveres ikke."), null, a);
		grants.disclose("OMBUDSMAN", disclosed.documentNumber(), c.id(), "test.leader.a");

		mvc.perform(get("/api/documents/{d}", disclosed.documentNumber()).with(httpBasic("test.ombud", Fixtures.PASSWORD)))
			.andExpect(status().isOk());
		mvc.perform(get("/api/documents/{d}", kept.documentNumber()).with(httpBasic("test.ombud", Fixtures.PASSWORD)))
			.andExpect(status().isForbidden());
		// the other body sees neither, and the case itself stays closed to both
		mvc.perform(get("/api/documents/{d}", disclosed.documentNumber()).with(httpBasic("test.anke", Fixtures.PASSWORD)))
			.andExpect(status().isForbidden());
		expect("test.ombud", c, false);
		mvc.perform(get("/api/search").param("q", "notat").with(httpBasic("test.ombud", Fixtures.PASSWORD)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aProtectedCaseIsReadOnlyByTheNamedUsersWhateverTheirScope() throws Exception {
		CaseFile c = fixtures.caseIn(fixtures.unitA(), "test.a", "Medarbejders egen familie");
		grants.protectCase(c.id(), "Medarbejders familie", List.of("test.a2"), "test.admin");
		expect("test.a2", c, true);
		expect("test.a", c, false);
		expect("test.leader.a", c, false);
		expect("test.director", c, false);
		mvc.perform(get("/api/cases").param("size", "200").with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(c.caseNumber()))));
	}

	@Test
	void aProtectedCitizenHidesAllTheirCases() throws Exception {
		CaseFile c = fixtures.caseIn(fixtures.unitA(), "test.a", "Sag om beskyttet adresse");
		grants.protectCitizen(c.primaryCitizenId(), "Navne- og adressebeskyttelse", List.of("test.leader.a"), "test.admin");
		expect("test.leader.a", c, true);
		expect("test.a", c, false);
		mvc.perform(get("/api/search").param("q", "beskyttet adresse").with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(c.caseNumber()))));
	}
}
