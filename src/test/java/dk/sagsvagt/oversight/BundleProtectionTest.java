package dk.sagsvagt.oversight;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.access.AccessGrants;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.journal.Direction;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.Journal;
import dk.sagsvagt.journal.NewDocument;
import dk.sagsvagt.journal.UploadedFile;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.shared.AccessDeniedException;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A protected case's documents go into a bundle for an oversight body only when the body has been granted the case
 * explicitly, and that use of the grant is logged; a download of a bundle is logged with every citizen it holds.
 */
@IntegrationTest
class BundleProtectionTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AccessGrants grants;

	@Autowired
	Journal journal;

	@Autowired
	InformationRequests requests;

	@Autowired
	RequestAnswers answers;

	@Autowired
	JdbcTemplate jdbc;

	CurrentUser leader() {
		return new CurrentUser("test.leader.a", fixtures.staffId("test.leader.a"), "Lis Testleder", StaffRole.UNIT_LEADER, fixtures.unitA());
	}

	String note(CaseFile c, String text) {
		CurrentUser worker = new CurrentUser("test.a", fixtures.staffId("test.a"), "Anne Testsen", StaffRole.CASEWORKER, fixtures.unitA());
		return journal.journal(c.caseNumber(), new NewDocument("Notat", Direction.INTERNAL, DocumentKind.NOTE, null, text), null, worker)
			.documentNumber();
	}

	long lastLogId() {
		return jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM access.access_log", Long.class);
	}

	int rows(long after, String username, String action, String outcome) {
		return jdbc.queryForObject("SELECT count(*) FROM access.access_log WHERE id > ? AND username = ? AND action = ? AND outcome = ?",
				Integer.class, after, username, action, outcome);
	}

	@Test
	void aProtectedCaseIsReferredWithItsDocumentsOnlyAfterAnExplicitGrantToTheBody() throws Exception {
		CaseFile c = fixtures.caseIn(fixtures.unitA(), "test.a", "Beskyttet sag til Ankestyrelsen");
		note(c, "Beskyttet notattekst om barnet");
		grants.protectCase(c.id(), "Adressebeskyttelse", List.of("test.a", "test.leader.a"), "test");
		String referral = "{\"caseNumber\":\"" + c.caseNumber() + "\",\"kind\":\"SENT_FOR_REVIEW\",\"reason\":\"Klage over afgørelsen\"}";

		long before = lastLogId();
		String refused = mvc.perform(post("/api/referrals").with(httpBasic("test.leader.a", Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(referral))
			.andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
		assertThat(refused).contains("særligt beskyttet");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM oversight.referral WHERE case_id = ?", Integer.class, c.id())).isZero();
		assertThat(rows(before, "test.leader.a", "EXPORT", "DENIED")).isEqualTo(1);

		grants.grantToBody("APPEALS_BOARD", c.id(), "Ankestyrelsen behandler klagen", "test.admin");
		before = lastLogId();
		mvc.perform(post("/api/referrals").with(httpBasic("test.leader.a", Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content(referral))
			.andExpect(status().isCreated());
		assertThat(rows(before, "test.leader.a", "EXPORT", "ALLOWED")).as("the grant's use is logged").isEqualTo(1);
		String bundle = jdbc.queryForObject("SELECT bundle_document FROM oversight.referral WHERE case_id = ?", String.class, c.id());
		mvc.perform(get("/api/documents/" + bundle + "/content").with(httpBasic("test.anke", Fixtures.PASSWORD)))
			.andExpect(status().isOk());
	}

	@Test
	void anAnswerBundleHoldsNoProtectedCaseWithoutAGrantAndItsDownloadNamesItsCitizens() throws Exception {
		CaseFile open = fixtures.caseIn(fixtures.unitA(), "test.a", "Sag til svarbundt");
		String document = note(open, "Almindelig notattekst");
		CaseFile hidden = fixtures.caseIn(fixtures.unitA(), "test.a", "Beskyttet sag til svarbundt");
		String protectedNote = note(hidden, "Beskyttet notattekst");
		grants.protectCase(hidden.id(), "Adressebeskyttelse", List.of("test.a", "test.leader.a"), "test");

		InformationRequest withProtected = requests.register(new NewRequest("OMBUDSMAN", "B-1", LocalDate.now().minusDays(1), "Bundtprøve",
				LocalDate.now().plusDays(10), "test.leader.a", null, List.of("Delpunkt"), null, null), leader());
		requests.answerItem(withProtected.id(), withProtected.items().get(0).id(), List.of(protectedNote), null, null, null, leader());
		requests.signOff(withProtected.id(), leader());
		assertThatThrownBy(() -> answers.answer(withProtected.id(), leader())).isInstanceOf(AccessDeniedException.class)
			.hasMessageContaining("særligt beskyttet");

		InformationRequest r = requests.register(new NewRequest("OMBUDSMAN", "B-2", LocalDate.now().minusDays(1), "Bundtprøve",
				LocalDate.now().plusDays(10), "test.leader.a", null, List.of("Delpunkt"), null, null), leader());
		requests.answerItem(r.id(), r.items().get(0).id(), List.of(document), null, null, null, leader());
		requests.signOff(r.id(), leader());
		String bundle = answers.answer(r.id(), leader()).bundleDocument();

		long before = lastLogId();
		mvc.perform(get("/api/documents/" + bundle + "/content").with(httpBasic("test.ombud", Fixtures.PASSWORD))).andExpect(status().isOk());
		List<Long> logged = jdbc.queryForList("SELECT DISTINCT unnest(citizen_ids) FROM access.access_log WHERE id > ? AND username = 'test.ombud'",
				Long.class, before);
		assertThat(logged).contains(open.primaryCitizenId());
	}

	@Test
	void aBundleIsReadOnlyByThoseWhoMayReadEveryCaseInIt() throws Exception {
		CaseFile inA = fixtures.caseIn(fixtures.unitA(), "test.a", "Sag i A til svarbundt");
		String document = note(inA, "Notattekst fra enhed A");
		CurrentUser director = new CurrentUser("test.director", fixtures.staffId("test.director"), "Dorte Direktør", StaffRole.UNIT_LEADER,
				fixtures.unitC(), null, dk.sagsvagt.access.Scope.ADMINISTRATION);
		InformationRequest r = requests.register(new NewRequest("OMBUDSMAN", "B-3", LocalDate.now().minusDays(1), "Omfangsprøve",
				LocalDate.now().plusDays(10), "test.director", null, List.of("Delpunkt"), null, null), director);
		requests.answerItem(r.id(), r.items().get(0).id(), List.of(document), null, null, null, director);
		requests.signOff(r.id(), director);
		String bundle = answers.answer(r.id(), director).bundleDocument();

		// the request's own case lies in unit C; a caseworker of C reaches it, but not the case of unit A in the bundle
		long before = lastLogId();
		mvc.perform(get("/api/documents/" + bundle + "/content").with(httpBasic("test.c", Fixtures.PASSWORD))).andExpect(status().isForbidden());
		assertThat(rows(before, "test.c", "DOWNLOAD", "DENIED")).isEqualTo(1);
		mvc.perform(get("/api/documents/" + bundle + "/content").with(httpBasic("test.a", Fixtures.PASSWORD))).andExpect(status().isForbidden());
		mvc.perform(get("/api/documents/" + bundle + "/content").with(httpBasic("test.director", Fixtures.PASSWORD))).andExpect(status().isOk());
		mvc.perform(get("/api/documents/" + bundle + "/content").with(httpBasic("test.ombud", Fixtures.PASSWORD))).andExpect(status().isOk());
	}
}
