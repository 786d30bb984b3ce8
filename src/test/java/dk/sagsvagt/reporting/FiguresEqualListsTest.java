package dk.sagsvagt.reporting;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.deadlines.CaseDeadlines;
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
 * Every figure on the dashboard equals the count of the list it links to, at every level of every leader, read the
 * way a person reads them: the figure from the dashboard's HTML, then the linked page's heading count, then its rows
 * (on the last page, reached by asking for page 999).
 */
@IntegrationTest
class FiguresEqualListsTest {

	static final Pattern FIGURE = Pattern.compile("id=\"(figure-[a-z-]+)\" href=\"([^\"]+)\">([^<]*)</a>");

	static final Pattern COUNT = Pattern.compile("id=\"list-count\" role=\"status\">(\\d[\\d.]*) ");

	static final Pattern PAGES = Pattern.compile("Side (\\d[\\d.]*) af (\\d[\\d.]*)");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	Fixtures fixtures;

	@Autowired
	CaseDeadlines deadlines;

	/** Open cases with an overdue 24-hour assessment in unit A: two for the team's caseworker, one for a colleague outside it. */
	@BeforeEach
	void casesInAndOutsideTheTeam() {
		for (String worker : new String[] { "test.a", "test.a", "test.a2" }) {
			CaseFile c = fixtures.caseOfType(fixtures.unitA(), worker, "NOTIFICATION", Fixtures.newChildCpr(), "Tallet og listen");
			deadlines.recordHistoric(c.id(), c.caseNumber(), c.caseType(), c.unitId(), fixtures.staffId(worker), "NOTIFICATION_RECEIVED",
					Instant.now().minus(3, ChronoUnit.DAYS), "test");
		}
	}

	@Test
	void aTeamLeadersFiguresAreTheTeamsAndEqualTheirLists() throws Exception {
		String page = page("/dashboard", "test.team");
		assertThat(page).contains("Dit team i Testenhed A").doesNotContain("aria-label=\"Niveau\"");
		assertThat(figuresEqualLists(page, "test.team", "TEAM")).isEqualTo(2);
		// the unit has more than the team: the colleague outside the team's case is not counted
		long unitOpen = figure(page("/dashboard", "test.leader.a"), "figure-open-cases");
		assertThat(unitOpen).isGreaterThan(figure(page, "figure-open-cases"));
	}

	@Test
	void aUnitLeadersFiguresEqualTheirLists() throws Exception {
		assertThat(figuresEqualLists(page("/dashboard", "leder"), "leder", "UNIT")).isEqualTo(2);
		assertThat(figuresEqualLists(page("/dashboard", "test.leader.a"), "test.leader.a", "UNIT")).isEqualTo(2);
	}

	@Test
	void aCentreLeadersFiguresEqualTheirListsAtTheUnitAndTheCentre() throws Exception {
		String centre = page("/dashboard", "centerchef");
		assertThat(centre).contains("aria-current=\"page\">Center</a>");
		assertThat(figuresEqualLists(centre, "centerchef", "CENTRE")).isEqualTo(2);
		assertThat(figuresEqualLists(page("/dashboard?level=UNIT", "centerchef"), "centerchef", "UNIT")).isEqualTo(2);
	}

	@Test
	void theWholeAdministrationsFiguresEqualTheirLists() throws Exception {
		assertThat(figuresEqualLists(page("/dashboard?level=ADMINISTRATION", "test.director"), "test.director", "ADMINISTRATION"))
			.isEqualTo(2);
	}

	@Test
	void aCaseworkersCountsEqualTheirListsAndTheyHaveNoDashboard() throws Exception {
		mvc.perform(get("/dashboard").with(user(users.loadUserByUsername("test.a")))).andExpect(status().isForbidden());
		String cases = page("/cases/mine", "test.a");
		long open = count(cases);
		assertThat(open).isGreaterThanOrEqualTo(2);
		assertThat(cases).contains(open == 1 ? "1 åben sag" : danish(open) + " åbne sager");
		assertThat(rowsOverAllPages("/cases/mine", "test.a", open, 50)).isEqualTo(open);
		String list = page("/deadlines/mine?state=overdue", "test.a");
		long overdue = count(list);
		assertThat(overdue).isGreaterThanOrEqualTo(2);
		assertThat(list).contains(danish(overdue) + " overskredne frister");
		assertThat(rowsOverAllPages("/deadlines/mine?state=overdue", "test.a", overdue, 100)).isEqualTo(overdue);
	}

	/** Checks each figure on the page against its list and answers how many figures link to a list. */
	private int figuresEqualLists(String dashboard, String username, String level) throws Exception {
		Matcher m = FIGURE.matcher(dashboard);
		int figures = 0;
		while (m.find()) {
			String href = m.group(2).replace("&amp;", "&");
			assertThat(href).as(m.group(1)).contains("level=" + level);
			long figure = Long.parseLong(m.group(3).strip().replace(".", ""));
			String list = page(href, username);
			assertThat(count(list)).as(m.group(1) + " = the count of " + href).isEqualTo(figure);
			assertThat(rowsOverAllPages(href, username, figure, href.startsWith("/cases") ? 50 : 100)).as(m.group(1) + " = rows of " + href)
				.isEqualTo(figure);
			figures++;
		}
		return figures;
	}

	/** The rows of a list over all its pages: the full pages before the last, and the last page's rows. */
	private long rowsOverAllPages(String href, String username, long total, int pageSize) throws Exception {
		String last = page(href + (href.contains("?") ? "&" : "?") + "page=999", username);
		Matcher pages = PAGES.matcher(last);
		long before = 0;
		if (pages.find()) {
			assertThat(pages.group(1)).as("page 999 shows the last page").isEqualTo(pages.group(2));
			before = (Long.parseLong(pages.group(2).replace(".", "")) - 1) * pageSize;
		}
		else {
			assertThat(total).isLessThanOrEqualTo(pageSize);
		}
		return before + rows(last);
	}

	/** "1.261": a count as a Danish page writes it, with a point between the thousands. */
	private static String danish(long n) {
		return java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("da")).format(n);
	}

	private static long count(String list) {
		Matcher m = COUNT.matcher(list);
		assertThat(m.find()).as("the list says how many it holds").isTrue();
		return Long.parseLong(m.group(1).replace(".", ""));
	}

	private static long figure(String dashboard, String id) {
		Matcher m = FIGURE.matcher(dashboard);
		while (m.find()) {
			if (m.group(1).equals(id)) {
				return Long.parseLong(m.group(3).strip().replace(".", ""));
			}
		}
		throw new AssertionError("no figure " + id);
	}

	private static int rows(String html) {
		int start = html.indexOf("<tbody>");
		if (start < 0) {
			return 0;
		}
		String body = html.substring(start, html.indexOf("</tbody>", start));
		return body.split("<tr", -1).length - 1;
	}

	private String page(String path, String username) throws Exception {
		return mvc.perform(get(path).with(user(users.loadUserByUsername(username)))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}
}
