package dk.sagsvagt.oversight;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import dk.sagsvagt.access.AccessGrants;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.journal.Direction;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.Journal;
import dk.sagsvagt.journal.NewDocument;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.oversight.internal.OwnInitiativeDisclosures;
import dk.sagsvagt.shared.DanishDates;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.supervision.Flags;
import dk.sagsvagt.supervision.NewRound;
import dk.sagsvagt.supervision.SupervisionRounds;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;
import dk.sagsvagt.support.JsonApi;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the review of issue 17's oversight work found: rights that follow from a request are narrow and end with it,
 * and what is given to a body carries the protection of every case inside it.
 */
@IntegrationTest
class OversightWorkReviewTest {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonApi api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Journal journal;

	@Autowired
	SupervisionRounds rounds;

	@Autowired
	Flags flags;

	@Autowired
	AccessGrants grants;

	@Autowired
	OwnInitiativeDisclosures disclosures;

	CurrentUser leader() {
		return new CurrentUser("test.leader.a", fixtures.staffId("test.leader.a"), "Lis Testleder", StaffRole.UNIT_LEADER, fixtures.unitA());
	}

	JsonNode request(String responsible, List<String> items) throws Exception {
		return call("test.leader.a", post("/api/oversight/requests"), Map.of("body", "OMBUDSMAN", "receivedOn", TODAY.minusDays(2).toString(),
				"text", "Vi beder om materiale.", "answerDue", TODAY.plusDays(20).toString(), "responsible", responsible, "items", items), 201);
	}

	String answerWithDocument(JsonNode request, String document) throws Exception {
		long id = request.get("id").asLong();
		call("test.leader.a", post("/api/oversight/requests/" + id + "/items/" + request.get("items").get(0).get("id").asLong() + "/answer"),
				Map.of("documents", List.of(document)), 200);
		call("test.leader.a", post("/api/oversight/requests/" + id + "/sign-off"), Map.of(), 200);
		return call("test.leader.a", post("/api/oversight/requests/" + id + "/answer"), Map.of(), 200).get("bundleDocument").asString();
	}

	@Test
	void aSignOffOfAnAnsweredRequestIsRefusedAndGivesNoRight() throws Exception {
		CaseFile c = fixtures.caseIn(fixtures.unitA(), "test.a", "Sag til besvaret anmodning");
		String document = journal.journal(c.caseNumber(), new NewDocument("Notat", Direction.INTERNAL, DocumentKind.NOTE, null, "Tekst."),
				null, leader()).documentNumber();
		JsonNode created = request("test.jurist", List.of("Sagens notat"));
		answerWithDocument(created, document);
		String requestCase = created.get("caseNumber").asString();
		call("test.team", get("/api/cases/" + requestCase), null, 403);
		call("test.team", post("/api/oversight/requests/" + created.get("id").asLong() + "/sign-off"), Map.of(), 409);
		call("test.team", get("/api/cases/" + requestCase), null, 403);
	}

	@Test
	void anApproversRightEndsWhenAnItemAnsweredAgainClearsHerSignOffAndTheRequestsGrantsEndWhenItIsAnswered() throws Exception {
		CaseFile c = fixtures.caseIn(fixtures.unitA(), "test.a", "Sag til godkendelse");
		String document = journal.journal(c.caseNumber(), new NewDocument("Notat", Direction.INTERNAL, DocumentKind.NOTE, null, "Tekst."),
				null, leader()).documentNumber();
		JsonNode created = request("test.jurist", List.of("Sagens notat"));
		long id = created.get("id").asLong();
		long item = created.get("items").get(0).get("id").asLong();
		String requestCase = created.get("caseNumber").asString();
		call("test.leader.a", post("/api/oversight/requests/" + id + "/items/" + item + "/answer"), Map.of("documents", List.of(document)), 200);
		call("test.team", post("/api/oversight/requests/" + id + "/sign-off"), Map.of(), 200);
		call("test.team", get("/api/cases/" + requestCase), null, 200);
		call("test.leader.a", post("/api/oversight/requests/" + id + "/items/" + item + "/answer"), Map.of("documents", List.of(document)), 200);
		call("test.team", get("/api/cases/" + requestCase), null, 403);
		call("test.leader.a", post("/api/oversight/requests/" + id + "/answer"), Map.of(), 409);
		// signing off again gives the right again
		call("test.team", post("/api/oversight/requests/" + id + "/sign-off"), Map.of(), 200);
		call("test.team", get("/api/cases/" + requestCase), null, 200);

		// the responsible journals in the request's case while it is open, not after it is answered
		call("test.jurist", post("/api/cases/" + requestCase + "/documents"), OversightWorkTest.note("Notat", "Under arbejdet."), 201);
		call("test.leader.a", post("/api/oversight/requests/" + id + "/answer"), Map.of(), 200);
		call("test.jurist", post("/api/cases/" + requestCase + "/documents"), OversightWorkTest.note("Notat", "Efter svaret."), 403);
		// the approver keeps reading what she approved, and nothing more: no journaling
		call("test.team", get("/api/cases/" + requestCase), null, 200);
		call("test.team", post("/api/cases/" + requestCase + "/documents"), OversightWorkTest.note("Notat", "Efter svaret."), 403);
	}

	@Test
	void aWrittenAnswerAboutAChildsCaseIsReadOnlyByThoseWhoMayReadThatCase() throws Exception {
		CaseFile childCase = fixtures.caseOfType(fixtures.unitA(), "test.a", "PLACEMENT", Fixtures.newChildCpr(), "Skriftligt svar om barnet");
		String child = childCase.caseNumber();
		long round = rounds.create(new NewRound("Runde til skriftligt svar", TODAY.minusMonths(1), TODAY, "CHILDREN_BL", null,
				List.of(fixtures.unitA()), List.of("PLACEMENT"), TODAY, TODAY, 500, false, false, 0, null,
				Map.of(2, List.of("test.leader.a"))), leader()).id();
		rounds.draw(round, "skriftligt", leader());
		flags.flag(rounds.get(round, leader()), child, "Mangler plan", "test.a", TODAY.plusDays(10), false, leader());
		Map<String, Object> r = new java.util.HashMap<>(Map.of("body", "OMBUDSMAN", "receivedOn", TODAY.minusDays(1).toString(),
				"text", "Redegør for hver sag.", "answerDue", TODAY.plusDays(20).toString(), "responsible", "test.jurist", "items", List.of()));
		r.put("perFlaggedCaseOfRound", round);
		JsonNode created = call("test.leader.a", post("/api/oversight/requests"), r, 201);
		long item = OversightWorkTest.itemAbout(created.get("items"), child);
		String written = OversightWorkTest.item(call("test.jurist", post("/api/oversight/requests/" + created.get("id").asLong() + "/items/"
				+ item + "/answer"), Map.of("writtenAnswer", "Barnets plan blev lavet for sent, fordi sagsbehandleren var syg."), 200), item)
			.get("documents").get(0).asString();
		// the note summarises the child's case: who reaches the request's case but not the child's does not read it
		call("test.leader.a", get("/api/documents/" + written), null, 200);
		call("test.jurist", get("/api/documents/" + written), null, 403);
		// and the child's case's protection applies to the note, though it lies in the request's case
		grants.protectCase(childCase.id(), "Skjult adresse", List.of("test.admin"), "test.admin");
		call("test.leader.a", get("/api/documents/" + written), null, 403);
	}

	@Test
	void aBundleGivenOnCarriesTheProtectionOfTheCasesInside() throws Exception {
		CaseFile c = fixtures.caseIn(fixtures.unitA(), "test.a", "Sag i materiale");
		String document = journal.journal(c.caseNumber(), new NewDocument("Notat", Direction.INTERNAL, DocumentKind.NOTE, null, "Tekst."),
				null, leader()).documentNumber();
		String zip = answerWithDocument(request("test.jurist", List.of("Notatet")), document);
		call("test.ombud", get("/api/documents/" + zip), null, 200);
		grants.protectCase(c.id(), "Skjult adresse", List.of("test.leader.a"), "test.admin");
		// the body's reviewer no longer reads the material: a case inside it is protected and not granted to the body
		call("test.ombud", get("/api/documents/" + zip), null, 403);
		Map<String, Object> again = Map.of("body", "OMBUDSMAN", "documentNumbers", List.of(zip),
				"reason", "Forvaltningen sender materialet igen på eget initiativ.");
		call("test.leader.a", post("/api/oversight/disclosures"), again, 403);
		grants.grantToBody("OMBUDSMAN", c.id(), "Borgerrådgiveren undersøger sagen.", "test.admin");
		JsonNode sent = call("test.leader.a", post("/api/oversight/disclosures"), again, 201);
		call("test.ombud", get("/api/documents/" + zip), null, 200);
		// the cover letter lists the material's titles: it is as protected as the material
		call("test.a", get("/api/documents/" + sent.get("coverLetterDocument").asString()), null, 403);
	}

	@Test
	void anOwnInitiativeCoverLetterDatesANoteWithoutDateByItsJournalingAndAUserWithoutUnitIsTold() throws Exception {
		CaseFile c = fixtures.caseIn(fixtures.unitA(), "test.a", "Sag uden dokumentdato");
		String document = journal.journal(c.caseNumber(), new NewDocument("Udateret notat", Direction.INTERNAL, DocumentKind.NOTE, null,
				"Tekst."), null, leader()).documentNumber();
		JsonNode sent = call("test.leader.a", post("/api/oversight/disclosures"), Map.of("body", "OMBUDSMAN", "documentNumbers",
				List.of(document), "reason", "Forvaltningen orienterer om sagen."), 201);
		String letter;
		try (PDDocument d = Loader.loadPDF(mvc.perform(get("/api/documents/" + sent.get("coverLetterDocument").asString() + "/content")
				.with(httpBasic("test.leader.a", Fixtures.PASSWORD))).andReturn().getResponse().getContentAsByteArray())) {
			letter = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
		}
		assertThat(letter).contains("Udateret notat den " + DanishDates.longDate(TODAY));

		CurrentUser withoutUnit = new CurrentUser("test.leader.a", fixtures.staffId("test.leader.a"), "Lis Testleder", StaffRole.UNIT_LEADER,
				null);
		assertThatThrownBy(() -> disclosures.disclose("OMBUDSMAN", List.of(document), "Forvaltningen orienterer om sagen.", null, withoutUnit))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("enhed");
	}

	JsonNode call(String user, MockHttpServletRequestBuilder request, Object body, int status) throws Exception {
		return api.call(user, request, body, status);
	}
}
