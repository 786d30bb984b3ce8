package dk.sagsvagt.cases;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CaseFilter;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.access.Scope;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** A title search finds the newest matches first, whether the word counts as rare or as common. */
@IntegrationTest
class TitleSearchTest {

	@Autowired
	CaseLists lists;

	@Autowired
	Cases cases;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccessPolicy access;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Autowired
	dk.sagsvagt.citizens.Citizens citizens;

	@Autowired
	dk.sagsvagt.organisation.Organisation organisation;

	@Test
	void theNewestMatchesComeFirstByEitherWay() {
		Instant now = Instant.now();
		List<String> newestFirst = new java.util.ArrayList<>();
		for (int daysAgo : new int[] { 1, 2, 3, 4, 5 }) {
			newestFirst.add(cases.register(new RegisterCase("NOTIFICATION", "Kvadratrodsagen nr. " + daysAgo, Fixtures.newChildCpr(), "Testbarn"),
					fixtures.unitA(), null, now.minus(Duration.ofDays(daysAgo)), "test").caseNumber());
		}
		CaseFilter director = access.filter(new CurrentUser("test.director", fixtures.staffId("test.director"), "Dorte Direktør",
				StaffRole.UNIT_LEADER, fixtures.unitA(), null, Scope.ADMINISTRATION), Action.SEARCH);

		// rare: five titles, all sorted
		assertThat(numbers(lists.searchTitles("kvadratrodsagen", 3, director))).containsExactlyElementsOf(newestFirst.subList(0, 3));
		assertThat(numbers(lists.searchTitles("kvadratrodsagen", 50, director))).containsExactlyElementsOf(newestFirst);
		// common (more than two titles): the page is filled from the newest cases, or from all matches if it is not
		// (a list of its own with a threshold of 2; the application's stays as it is)
		CaseLists common = new CaseLists(jdbc, citizens, access, organisation, 2);
		assertThat(numbers(common.searchTitles("kvadratrodsagen", 3, director))).containsExactlyElementsOf(newestFirst.subList(0, 3));
		assertThat(numbers(common.searchTitles("kvadratrodsagen", 50, director))).containsExactlyElementsOf(newestFirst);
		// a word in no title
		assertThat(lists.searchTitles("kvadratrodsagensløs", 50, director)).isEmpty();
	}

	private static List<String> numbers(List<CaseTitleHit> hits) {
		return hits.stream().map(CaseTitleHit::caseNumber).toList();
	}
}
