package dk.sagsvagt.reporting;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.access.AccessGrants;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.decisions.DecisionDraft;
import dk.sagsvagt.decisions.DecisionType;
import dk.sagsvagt.decisions.Decisions;
import dk.sagsvagt.deadlines.CaseDeadlines;
import dk.sagsvagt.deadlines.Worklists;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.reporting.internal.Dashboards;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Counts on the dashboard and the worklists leave out the cases special protection hides from the user, as the
 * lists under them do: a count that moves when a protected case is opened would tell that it exists.
 */
@IntegrationTest
class ProtectedCountsTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccessGrants grants;

	@Autowired
	Dashboards dashboards;

	@Autowired
	Worklists worklists;

	@Autowired
	CaseDeadlines deadlines;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	Decisions decisions;

	CaseFile withOverdueDeadline(String title) {
		CaseFile c = fixtures.caseIn(fixtures.unitA(), "test.a", title);
		deadlines.recordHistoric(c.id(), c.caseNumber(), c.caseType(), c.unitId(), fixtures.staffId("test.a"), "ACCESS_REQUEST_RECEIVED",
				Instant.now().minus(40, ChronoUnit.DAYS), "test");
		return c;
	}

	@Test
	void protectedCasesAreNotCountedForThoseNotNamed() {
		CurrentUser leader = new CurrentUser("test.leader.a", fixtures.staffId("test.leader.a"), "Lis Testleder", StaffRole.UNIT_LEADER,
				fixtures.unitA());
		CurrentUser worker = new CurrentUser("test.a", fixtures.staffId("test.a"), "Anne Testsen", StaffRole.CASEWORKER, fixtures.unitA());
		Dashboard before = dashboards.of("UNIT", leader);
		Worklists.Worklist mineBefore = worklists.mine(worker, Worklists.Filter.openBy("due"), 0);
		Worklists.Worklist unitBefore = worklists.unit(leader, Worklists.Filter.openBy("due"), 0);

		CaseFile byCase = withOverdueDeadline("Tællesag beskyttet");
		CurrentUser a = new CurrentUser("test.a", fixtures.staffId("test.a"), "Anne Testsen", StaffRole.CASEWORKER, fixtures.unitA());
		long decision = decisions.create(byCase.caseNumber(), DecisionDraft.of(DecisionType.GRANT, "Tælleindsats", null), a).id();
		jdbc.update("""
				INSERT INTO oversight.complaint (decision_id, case_id, case_number, unit_id, legal_basis, received_on, channel, text, complaint_deadline,
				    late, status, created_by, created_at)
				VALUES (?, ?, ?, ?, 'BL_32', current_date, 'LETTER', 'Klage i beskyttet sag', current_date, false, 'RECEIVED', 'test', now())""",
				decision, byCase.id(), byCase.caseNumber(), byCase.unitId());
		grants.protectCase(byCase.id(), "Adressebeskyttelse", List.of("test.b"), "test");
		CaseFile byCitizen = withOverdueDeadline("Tællesag med beskyttet borger");
		grants.protectCitizen(byCitizen.primaryCitizenId(), "Navnebeskyttelse", List.of("test.b"), "test");

		Dashboard after = dashboards.of("UNIT", leader);
		assertThat(after.openCases()).isEqualTo(before.openCases());
		assertThat(after.openOverdue()).isEqualTo(before.openOverdue());
		assertThat(after.openComplaints()).isEqualTo(before.openComplaints());
		Worklists.Worklist mineAfter = worklists.mine(worker, Worklists.Filter.openBy("due"), 0);
		assertThat(mineAfter.page().total()).isEqualTo(mineBefore.page().total());
		assertThat(mineAfter.overdue()).isEqualTo(mineBefore.overdue());
		Worklists.Worklist unitAfter = worklists.unit(leader, Worklists.Filter.openBy("due"), 0);
		assertThat(unitAfter.page().total()).isEqualTo(unitBefore.page().total());
		assertThat(unitAfter.overdue()).isEqualTo(unitBefore.overdue());

		withOverdueDeadline("Tællesag almindelig");
		assertThat(dashboards.of("UNIT", leader).openCases()).isEqualTo(before.openCases() + 1);
		assertThat(worklists.mine(worker, Worklists.Filter.openBy("due"), 0).overdue()).isEqualTo(mineBefore.overdue() + 1);
	}
}
