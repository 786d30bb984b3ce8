package dk.sagsvagt.access;

import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.journal.Direction;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.Journal;
import dk.sagsvagt.journal.NewDocument;
import dk.sagsvagt.journal.UploadedFile;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.oversight.InformationRequest;
import dk.sagsvagt.oversight.InformationRequests;
import dk.sagsvagt.oversight.NewRequest;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Reads that show case content outside the case page: each goes through the policy and leaves a row naming its citizens. */
@IntegrationTest
class DerivedReadsLogTest {

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
	JdbcTemplate jdbc;

	long lastLogId() {
		return jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM access.access_log", Long.class);
	}

	List<Long> loggedCitizens(long after, String username) {
		return jdbc.queryForList("SELECT DISTINCT unnest(citizen_ids) FROM access.access_log WHERE id > ? AND username = ? AND outcome = 'ALLOWED'",
				Long.class, after, username);
	}

	CurrentUser leader() {
		return new CurrentUser("test.leader.a", fixtures.staffId("test.leader.a"), "Lis Testleder", StaffRole.UNIT_LEADER, fixtures.unitA());
	}

	@Test
	void anOversightRequestIsALoggedReadNamingTheCitizensOfTheDocumentsItShows() throws Exception {
		CaseFile c = fixtures.caseIn(fixtures.unitA(), "test.a", "Sag til anmodning");
		CurrentUser worker = new CurrentUser("test.a", fixtures.staffId("test.a"), "Anne Testsen", StaffRole.CASEWORKER, fixtures.unitA());
		String document = journal.journal(c.caseNumber(), new NewDocument("Bilag til anmodning", Direction.INCOMING, DocumentKind.LETTER,
				null, null), UploadedFile.of("b.txt", "text/plain", "bilag".getBytes()), worker).documentNumber();
		InformationRequest r = requests.register(new NewRequest("OMBUDSMAN", "LOG-1", LocalDate.now().minusDays(1), "Logprøve",
				LocalDate.now().plusDays(10), "test.leader.a", null, List.of("Delpunkt"), null, null), leader());
		requests.answerItem(r.id(), r.items().get(0).id(), List.of(document), null, null, null, leader());

		long before = lastLogId();
		String body = mvc.perform(get("/api/oversight/requests/" + r.id()).with(httpBasic("test.leader.a", Fixtures.PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(body).contains(document);
		assertThat(loggedCitizens(before, "test.leader.a")).contains(c.primaryCitizenId());
	}

	@Test
	void theAgendaPdfHidesAProtectedItemAndLogsTheCitizensOfTheItemsShown() throws Exception {
		long meeting = jdbc.queryForObject("INSERT INTO inquiries.meeting (committee, meets_on, created_by, created_at) "
				+ "VALUES ('Logudvalget', current_date + 30, 'test', now()) RETURNING id", Long.class);
		CaseFile shown = fixtures.caseOfType(fixtures.unitA(), "test.a", "INQUIRY", Fixtures.newChildCpr(), "Henvendelse vist");
		CaseFile hidden = fixtures.caseOfType(fixtures.unitA(), "test.a", "INQUIRY", Fixtures.newChildCpr(), "Henvendelse skjult");
		for (CaseFile c : List.of(shown, hidden)) {
			long inquiry = jdbc.queryForObject("""
					INSERT INTO inquiries.inquiry (case_id, case_number, unit_id, addressed_to, channel, received_on, subject, text, assignee_id,
					    status, created_by, created_at)
					VALUES (?, ?, ?, 'MAYOR', 'LETTER', current_date, ?, 'Tekst', ?, 'OPEN', 'test', now()) RETURNING id""", Long.class,
					c.id(), c.caseNumber(), c.unitId(), c.title(), fixtures.staffId("test.a"));
			jdbc.update("""
					INSERT INTO inquiries.agenda_item (meeting_id, position, title, summary, inquiry_id, created_by, created_at)
					VALUES (?, (SELECT coalesce(max(position), 0) + 1 FROM inquiries.agenda_item WHERE meeting_id = ?), ?, ?, ?, 'test', now())""",
					meeting, meeting, "Punkt om " + c.title(), c == hidden ? "Dagsordensmarkør skjultpunkt" : "Et almindeligt resumé", inquiry);
		}
		grants.protectCase(hidden.id(), "Adressebeskyttelse", List.of("test.b"), "test");

		long before = lastLogId();
		byte[] pdf = mvc.perform(get("/api/committee/meetings/" + meeting + "/agenda.pdf").with(httpBasic("test.leader.a", Fixtures.PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		String text;
		try (var doc = Loader.loadPDF(pdf)) {
			text = new PDFTextStripper().getText(doc);
		}
		assertThat(text).contains(shown.caseNumber()).doesNotContain(hidden.caseNumber()).doesNotContain("skjultpunkt")
			.doesNotContain("Henvendelse skjult");
		assertThat(loggedCitizens(before, "test.leader.a")).contains(shown.primaryCitizenId()).doesNotContain(hidden.primaryCitizenId());

		String json = mvc.perform(get("/api/committee/meetings/" + meeting).with(httpBasic("test.leader.a", Fixtures.PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(json).contains(shown.caseNumber()).doesNotContain(hidden.caseNumber()).doesNotContain("skjultpunkt");
	}
}
