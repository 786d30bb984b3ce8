package dk.sagsvagt.cases;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.access.AccessGrants;
import dk.sagsvagt.deadlines.CaseDeadlines;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Mine sager" shows each case's next deadline (with the hour for an hour rule), says how many cases it holds in
 * Danish, filters by status and case type and sorts by the next deadline, the case number or the newest; "Enhedens
 * sager" names the caseworker; a page past the last, or no page number, never fails.
 */
@IntegrationTest
class CaseListPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccessGrants grants;

	@Autowired
	CaseDeadlines deadlines;

	@Autowired
	UserDetailsService users;

	@Autowired
	dk.sagsvagt.organisation.Organisation organisation;

	@Test
	void myCasesShowTheNextDeadlineACountFiltersAndSort() throws Exception {
		String worker = "test.liste." + System.nanoTime() % 1_000_000;
		grants.createUser(worker, "Lise Listesen", StaffRole.CASEWORKER, fixtures.unitA(), "en-lang-adgangskode-4", "test");
		long workerId = fixtures.staffId(worker);
		Instant received = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
		CaseFile notification = fixtures.caseOfType(fixtures.unitA(), worker, "NOTIFICATION", Fixtures.newChildCpr(), "Underretning om Emil");
		deadlines.recordHistoric(notification.id(), notification.caseNumber(), notification.caseType(), notification.unitId(), workerId,
				"NOTIFICATION_RECEIVED", received, "test");
		CaseFile investigation = fixtures.caseOfType(fixtures.unitA(), worker, "CHILD_ASSESSMENT", Fixtures.newChildCpr(), "Undersøgelse af Ida");
		deadlines.recordHistoric(investigation.id(), investigation.caseNumber(), investigation.caseType(), investigation.unitId(), workerId,
				"NEED_BECAME_KNOWN", Instant.now().minus(30, ChronoUnit.DAYS), "test");
		CaseFile housing = fixtures.caseOfType(fixtures.unitA(), worker, "HOUSING_OFFER", Fixtures.newChildCpr(), "Boligsag uden frist");

		String mine = page("/cases/mine?sort=deadline", worker);
		assertThat(mine).contains(">3 åbne sager<").contains("Næste frist");
		// the 24 hours of the assessment end at the hour (Barnets lov § 136), shown in Copenhagen time
		String due = DateTimeFormatter.ofPattern("dd-MM-yyyy 'kl.' HH:mm").format(received.plus(24, ChronoUnit.HOURS).atZone(ZoneId.of("Europe/Copenhagen")));
		assertThat(mine).contains(due).contains("Vurdering af underretning");
		assertThat(mine.indexOf(notification.caseNumber())).isLessThan(mine.indexOf(investigation.caseNumber()));
		assertThat(mine.indexOf(investigation.caseNumber())).as("a case without a deadline comes last").isLessThan(mine.indexOf(housing.caseNumber()));
		String byNumber = page("/cases/mine?sort=number", worker);
		assertThat(byNumber.indexOf(notification.caseNumber())).isLessThan(byNumber.indexOf(investigation.caseNumber()));
		assertThat(byNumber.indexOf(investigation.caseNumber())).isLessThan(byNumber.indexOf(housing.caseNumber()));
		String newest = page("/cases/mine?sort=opened", worker);
		assertThat(newest.indexOf(housing.caseNumber())).isLessThan(newest.indexOf(notification.caseNumber()));

		String oneType = page("/cases/mine?type=CHILD_ASSESSMENT", worker);
		assertThat(oneType).contains(">1 åben sag<").contains(investigation.caseNumber()).doesNotContain(housing.caseNumber())
			.contains("<option value=\"CHILD_ASSESSMENT\" selected=\"selected\"");
		assertThat(page("/cases/mine?status=CLOSED", worker)).contains(">0 lukkede sager<");
		assertThat(page("/cases/mine?status=", worker)).contains(">3 sager<");
		assertThat(page("/cases/mine?status=BOGUS&type=NOPE", worker)).contains(">0 sager<");

		// the unit's list names the caseworker, not the user name
		String unit = page("/cases/unit?status=OPEN&type=CHILD_ASSESSMENT&sort=deadline", "test.leader.a");
		assertThat(unit).contains("Lise Listesen").doesNotContain(">" + worker + "<").contains(investigation.caseNumber());
	}

	@Test
	void aPagePastTheLastShowsTheLastAndAPageThatIsNoNumberTheFirst() throws Exception {
		// a unit of its own with 51 cases: two pages of 50
		String leader = "test.sideleder." + System.nanoTime() % 1_000_000;
		long unit = organisation.createUnit(organisation.unit(fixtures.unitA()).centreId(), "Sideenhed " + leader);
		grants.createUser(leader, "Sif Sideleder", StaffRole.UNIT_LEADER, unit, "en-lang-adgangskode-4", "test");
		for (int i = 0; i < 51; i++) {
			fixtures.caseIn(unit, "Sidesag " + i);
		}
		assertThat(page("/cases/unit", leader)).contains(">51 sager<").contains("Side 1 af 2 (51 sager)");
		String last = page("/cases/unit?page=999", leader);
		assertThat(last).contains("Side 2 af 2").doesNotContain("Side 1.000").contains("href=\"?page=0&amp;status=&amp;type=&amp;sort=opened");
		assertThat(last.split("<tr", -1).length - 2).as("one row on the last page").isEqualTo(1);
		assertThat(page("/cases/unit?page=999&status=OPEN&sort=number", leader)).contains("Side 2 af 2")
			.contains("href=\"?page=0&amp;status=OPEN&amp;type=&amp;sort=number");
		for (String odd : new String[] { "abc", "-3", "", "2147483648", "1.5" }) {
			assertThat(page("/cases/unit?page=" + odd, leader)).as("page=" + odd).contains("Side 1 af 2");
		}
		assertThat(page("/cases/mine?page=-1", "sagsbehandler")).contains("åbne sager");
		mvc.perform(get("/api/cases").param("page", "-1").with(user(users.loadUserByUsername("leder")))).andExpect(status().isOk());
	}

	private String page(String path, String username) throws Exception {
		return mvc.perform(get(path).with(user(users.loadUserByUsername(username)))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}
}
