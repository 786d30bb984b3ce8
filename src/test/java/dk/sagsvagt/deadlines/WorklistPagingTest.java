package dk.sagsvagt.deadlines;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.access.AccessGrants;
import dk.sagsvagt.cases.CaseFile;
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
 * "Mine frister" with more deadlines than one page: 100 per page, sorted in the database, the counts over all pages,
 * and a pager that keeps the sort.
 */
@IntegrationTest
class WorklistPagingTest {

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccessGrants grants;

	@Autowired
	CaseDeadlines deadlines;

	@Autowired
	UserDetailsService users;

	@Autowired
	MockMvc mvc;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Test
	void aLongWorklistIsShownAHundredAtATimeWithCountsOverAllPages() throws Exception {
		fixtures.unitA();
		String busy = "test.travl." + System.nanoTime() % 1_000_000;
		grants.createUser(busy, "Trine Travl", StaffRole.CASEWORKER, fixtures.unitA(), "en-lang-adgangskode-4", "test");
		long busyId = fixtures.staffId(busy);
		Instant now = Instant.now();
		for (int i = 0; i < 130; i++) {
			CaseFile c = fixtures.caseOfType(fixtures.unitA(), busy, "NOTIFICATION", Fixtures.newChildCpr(), "Underretning " + i);
			// the first 30 were received two days ago (their 24 hours are over), the others within the last hours
			Instant received = i < 30 ? now.minus(2, ChronoUnit.DAYS).plusSeconds(i) : now.minus(1, ChronoUnit.HOURS).plusSeconds(i);
			deadlines.recordHistoric(c.id(), c.caseNumber(), c.caseType(), c.unitId(), busyId, "NOTIFICATION_RECEIVED", received, "test");
		}
		// each notification starts two deadlines (the 24-hour assessment and the investigation)
		long open = jdbc.queryForObject("SELECT count(*) FROM deadlines.deadline WHERE caseworker_id = ? AND status = 'OPEN' AND NOT citizen_side",
				Long.class, busyId);
		assertThat(open).isEqualTo(260);
		String first = page("/deadlines/mine", busy);
		assertThat(first).contains("260 åbne frister, heraf 30 overskredne").contains("Side 1 af 3")
			.contains("href=\"?page=1&amp;sort=due&amp;state=").doesNotContain("Forrige side");
		assertThat(rows(first)).isEqualTo(100);
		String last = page("/deadlines/mine?page=2", busy);
		assertThat(rows(last)).isEqualTo(60);
		assertThat(last).contains("Side 3 af 3").contains("Forrige side").doesNotContain("Næste side");
		// soonest first: the overdue ones lead the first page; sorted by case number the oldest case leads
		String firstRow = first.substring(first.indexOf("<tbody>"));
		assertThat(firstRow.substring(0, firstRow.indexOf("</tr>"))).contains("overdue");
		assertThat(last).doesNotContain("class=\"overdue\"");
		String byCase = page("/deadlines/mine?sort=case", busy);
		assertThat(byCase).contains("href=\"?page=1&amp;sort=case&amp;state=");

		// a page past the last is the last page; a page that is no number, or below the first, is the first
		assertThat(page("/deadlines/mine?page=999", busy)).contains("Side 3 af 3").doesNotContain("Side 1.000");
		assertThat(rows(page("/deadlines/mine?page=999", busy))).isEqualTo(60);
		for (String odd : new String[] { "abc", "-1", "99999999999999999999", "", "1e3" }) {
			String shown = mvc.perform(get("/deadlines/mine").param("page", odd).with(user(users.loadUserByUsername(busy))))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(shown).as("page=" + odd).contains("Side 1 af 3");
		}
		// latest first, and the filters narrow the count and are kept in the pager
		String latest = page("/deadlines/mine?sort=due-desc", busy);
		String latestFirst = latest.substring(latest.indexOf("<tbody>"));
		assertThat(latestFirst.substring(0, latestFirst.indexOf("</tr>"))).doesNotContain("overdue");
		String overdue = page("/deadlines/mine?state=overdue", busy);
		assertThat(overdue).contains("30 overskredne frister").contains("overskredet med ").contains(" kl. ");
		assertThat(rows(overdue)).isEqualTo(30);
		String assessments = page("/deadlines/mine?rule=NOTIFICATION_ASSESSMENT", busy);
		assertThat(assessments).contains("130 åbne frister, heraf 30 overskredne").contains("Side 1 af 2")
			.contains("rule=NOTIFICATION_ASSESSMENT").contains("Vurdering af underretning").doesNotContain(">NOTIFICATION_ASSESSMENT<");
		assertThat(page("/deadlines/mine?state=met", busy)).contains("0 opfyldte frister");
	}

	private String page(String path, String username) throws Exception {
		return mvc.perform(get(path).with(user(users.loadUserByUsername(username)))).andReturn().getResponse().getContentAsString();
	}

	private static int rows(String html) {
		String body = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
		return body.split("<tr", -1).length - 1;
	}
}
