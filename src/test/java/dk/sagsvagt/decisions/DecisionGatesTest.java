package dk.sagsvagt.decisions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.journal.Direction;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.Journal;
import dk.sagsvagt.journal.NewDocument;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.Letters;
import dk.sagsvagt.support.JsonApi;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/** Each legal gate of a decision blocks sending until it is met, exempted with a reason, or turned into a deadline. */
@IntegrationTest
class DecisionGatesTest {

	/** Today by the application's own clock, the one its gates and deadlines are decided by. */
	LocalDate TODAY;

	@Autowired
	java.time.Clock clock;

	@org.junit.jupiter.api.BeforeEach
	void today() {
		TODAY = LocalDate.now(clock.withZone(dk.sagsvagt.shared.WorkingDayCalendar.COPENHAGEN));
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonApi api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Journal journal;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ObjectMapper json;

	@Test
	void eachGateOfAPlacementWithoutConsentBlocksUntilMetAndThenTheDecisionIsSent() throws Exception {
		CaseFile c = fixtures.caseIn(fixtures.unitA(), "test.a", "Anbringelse uden samtykke");
		Map<String, Object> draft = new java.util.HashMap<>(Map.of("type", "GRANT", "measure", "Anbringelse i plejefamilie"));
		JsonNode created = call(post("/api/cases/" + c.caseNumber() + "/decisions"), draft, 201);
		long id = created.get("id").asLong();
		assertThat(states(created)).containsEntry("HEARING", "OPEN").containsEntry("REASONS", "OPEN")
			.containsEntry("COMPLAINT_GUIDANCE", "OPEN").containsEntry("CHILD_CONVERSATION", "OPEN")
			.containsEntry("YOUNG_PERSON_HEARD", "OPEN").containsEntry("CONSENT", "NOT_APPLICABLE")
			.containsEntry("HOUSING_WISH", "NOT_APPLICABLE");

		MvcResult refused = mvc.perform(post("/api/decisions/" + id + "/send").with(httpBasic("test.a", Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON).content("{\"channel\":\"DIGITAL_POST\"}")).andReturn();
		assertThat(refused.getResponse().getStatus()).isEqualTo(409);
		assertThat(refused.getResponse().getContentType()).isEqualTo("application/problem+json");
		JsonNode problem = json.readTree(refused.getResponse().getContentAsByteArray());
		assertThat(problem.get("openGates").findValuesAsString("code")).containsExactly("HEARING", "REASONS", "COMPLAINT_GUIDANCE",
				"CHILD_CONVERSATION", "YOUNG_PERSON_HEARD");
		assertThat(problem.get("detail").asString()).contains("Partshøring (Forvaltningsloven § 19)");

		draft.putAll(Map.of("legalBasis", "BL_47", "facts", "Barnet har været udsat for omsorgssvigt.", "assessment",
				"Der er en åbenbar risiko for alvorlig skade på barnets sundhed.", "reasons", "Betingelserne for anbringelse er opfyldt."));
		JsonNode withBasis = call(put("/api/decisions/" + id), draft, 200);
		assertThat(states(withBasis)).containsEntry("REASONS", "OPEN").containsEntry("COMPLAINT_GUIDANCE", "MET")
			.containsEntry("CHILD_PLAN", "OPEN").containsEntry("CONSENT", "NOT_APPLICABLE");
		assertThat(gate(withBasis, "REASONS").get("detail").asString()).contains("§ 47");
		assertThat(gate(withBasis, "CHILD_PLAN").get("law").asString()).contains("Barnets lov § 91");

		draft.put("reasons", "Betingelserne i § 470 er opfyldt.");
		assertThat(states(call(put("/api/decisions/" + id), draft, 200))).containsEntry("REASONS", "OPEN");
		draft.put("reasons", "Betingelserne i Barnets lov §47 for anbringelse uden samtykke er opfyldt.");
		assertThat(states(call(put("/api/decisions/" + id), draft, 200))).containsEntry("REASONS", "MET");

		draft.putAll(Map.of("hearingSentOn", TODAY.minusDays(20).toString(), "hearingResponseDueOn", TODAY.plusDays(5).toString()));
		assertThat(states(call(put("/api/decisions/" + id), draft, 200))).containsEntry("HEARING", "OPEN");
		draft.put("hearingAnsweredOn", TODAY.minusDays(2).toString());
		assertThat(states(call(put("/api/decisions/" + id), draft, 200))).containsEntry("HEARING", "MET");

		draft.put("childConversationOn", TODAY.plusDays(1).toString());
		assertThat(call(put("/api/decisions/" + id), draft, 400).get("field").asString()).isEqualTo("childConversationOn");
		draft.putAll(Map.of("childConversationOn", TODAY.minusDays(3).toString(), "childConversationSummary", "Barnet ønsker ro.",
				"youngPersonHeardOn", TODAY.minusDays(3).toString()));
		assertThat(states(call(put("/api/decisions/" + id), draft, 200))).containsEntry("CHILD_CONVERSATION", "MET")
			.containsEntry("YOUNG_PERSON_HEARD", "MET");

		CurrentUser worker = new CurrentUser("test.a", fixtures.staffId("test.a"), "Anne Testsen", StaffRole.CASEWORKER, fixtures.unitA());
		String letter = journal.journal(c.caseNumber(), new NewDocument("Brev fra skolen", Direction.INCOMING, DocumentKind.LETTER, null,
				"Skolen skriver."), null, worker).documentNumber();
		draft.put("childPlanDocument", letter);
		assertThat(call(put("/api/decisions/" + id), draft, 400).get("field").asString()).isEqualTo("childPlanDocument");
		String plan = journal.journal(c.caseNumber(), new NewDocument("Barnets plan", Direction.INTERNAL, DocumentKind.PLAN, null,
				"Mål: trivsel i skolen."), null, worker).documentNumber();
		draft.put("childPlanDocument", plan);
		JsonNode ready = call(put("/api/decisions/" + id), draft, 200);
		assertThat(states(ready)).containsEntry("CHILD_PLAN", "MET").doesNotContainValue("OPEN");

		JsonNode sent = call(post("/api/decisions/" + id + "/send"), Map.of("channel", "DIGITAL_POST"), 200);
		assertThat(sent.get("status").asString()).isEqualTo("SENT");
		// by Digital Post the decision is received when the receipt says so, not when it is sent
		assertThat(sent.get("receivedOn")).isNull();
		assertThat(sent.get("dispatches").get(0).get("state").asString()).isIn("TO_SEND", "HANDED_OVER", "DELIVERED");
		String letterNumber = sent.get("letterDocumentNumber").asString();
		assertThat(letterNumber).startsWith(c.caseNumber() + "-");
		assertThat(jdbc.queryForObject("SELECT kind || ' ' || direction FROM journal.document WHERE document_number = ?", String.class,
				letterNumber)).isEqualTo("DECISION OUTGOING");
		assertThat(jdbc.queryForList("SELECT gate_code || '=' || state FROM decisions.gate_state WHERE decision_id = ?", String.class, id))
			.contains("HEARING=MET", "CHILD_PLAN=MET", "CONSENT=NOT_APPLICABLE");

		// handed to Digital Post after commit; the event registry records that the hand-over completed
		long deadline = System.currentTimeMillis() + 10_000;
		String handedOver = "SELECT count(*) FROM event_publication WHERE event_type LIKE '%DecisionSent' AND completion_date IS NOT NULL "
				+ "AND serialized_event LIKE '%" + letterNumber + "%'";
		while (jdbc.queryForObject(handedOver, Integer.class) == 0 && System.currentTimeMillis() < deadline) {
			Thread.sleep(50);
		}
		assertThat(jdbc.queryForObject(handedOver, Integer.class)).isOne();
		JsonNode received = json.readTree(mvc.perform(get("/api/cases/" + c.caseNumber() + "/decisions")
			.with(httpBasic("test.a", Fixtures.PASSWORD))).andReturn().getResponse().getContentAsByteArray()).get(0);
		assertThat(received.get("receivedOn").asString()).isEqualTo(TODAY.toString());
		assertThat(received.get("dispatches").get(0).get("state").asString()).isEqualTo("DELIVERED");

		// the record is frozen: neither the API nor plain SQL can change a sent decision
		call(put("/api/decisions/" + id), draft, 409);
		assertThatThrownBy(() -> jdbc.update("UPDATE decisions.decision SET reasons = 'ændret' WHERE id = ?", id))
			.hasMessageContaining("has been sent");
		call(post("/api/decisions/" + id + "/send"), Map.of("channel", "DIGITAL_POST"), 409);
		JsonNode listed = json.readTree(mvc.perform(get("/api/cases/" + c.caseNumber() + "/decisions")
			.with(httpBasic("test.a", Fixtures.PASSWORD))).andReturn().getResponse().getContentAsByteArray());
		assertThat(states(listed.get(0))).containsEntry("HEARING", "MET").containsEntry("CHILD_PLAN", "MET");
	}

	@Test
	void consentIsRequiredAndThePlanMayFollowAPlacementWithConsent() throws Exception {
		CaseFile c = fixtures.caseIn(fixtures.unitA(), "test.a", "Anbringelse med samtykke");
		Map<String, Object> draft = new java.util.HashMap<>(Map.of("type", "GRANT", "measure", "Anbringelse på døgninstitution",
				"legalBasis", "BL_46"));
		JsonNode created = call(post("/api/cases/" + c.caseNumber() + "/decisions"), draft, 201);
		assertThat(states(created)).containsEntry("CONSENT", "OPEN").containsEntry("CHILD_PLAN", "DEADLINE");
		assertThat(gate(created, "CONSENT").get("law").asString()).contains("Barnets lov § 46");
		assertThat(gate(created, "CHILD_PLAN").get("detail").asString()).contains("3 måneder efter afgørelsen");
		draft.putAll(Map.of("consentOn", TODAY.toString(), "consentBy", "Mor (forældremyndighedsindehaver) og den unge"));
		assertThat(states(call(put("/api/decisions/" + created.get("id").asLong()), draft, 200))).containsEntry("CONSENT", "MET");

		// a refusal puts no measure in place: neither consent nor a plan is required
		draft.put("type", "REFUSAL");
		assertThat(states(call(put("/api/decisions/" + created.get("id").asLong()), draft, 200))).containsEntry("CONSENT", "NOT_APPLICABLE")
			.containsEntry("CHILD_PLAN", "NOT_APPLICABLE");
	}

	@Test
	void aYoungChildIsNotAPartyButAnOlderOneMustBeHeard() throws Exception {
		CaseFile small = fixtures.caseOfType(fixtures.unitA(), "test.a", "PREVENTIVE_MEASURE", "0103204001", "Lille barn");
		JsonNode created = call(post("/api/cases/" + small.caseNumber() + "/decisions"), Map.of("type", "GRANT", "measure", "Aflastning",
				"legalBasis", "BL_32"), 201);
		assertThat(states(created)).containsEntry("YOUNG_PERSON_HEARD", "NOT_APPLICABLE").containsEntry("CHILD_CONVERSATION", "OPEN");
		assertThat(gate(created, "YOUNG_PERSON_HEARD").get("detail").asString()).contains("under 10");
	}

	@Test
	void anExemptionNeedsAReasonAndShowsOnTheRecordAndInTheLetter() throws Exception {
		CaseFile c = fixtures.caseOfType(fixtures.unitA(), "test.a", "PREVENTIVE_MEASURE", "0103204002", "Aflastning");
		Map<String, Object> draft = new java.util.HashMap<>(Map.of("type", "GRANT", "measure", "Aflastning i weekender",
				"legalBasis", "BL_32", "facts", "Familien har brug for aflastning.", "assessment",
				"Aflastning vil støtte barnets trivsel i hjemmet.", "reasons",
				"Betingelserne i Barnets lov § 32 er opfyldt, fordi barnet har behov for særlig støtte.", "consentOn",
				TODAY.toString(), "consentBy", "Far (forældremyndighedsindehaver)"));
		long id = call(post("/api/cases/" + c.caseNumber() + "/decisions"), draft, 201).get("id").asLong();

		assertThat(call(post("/api/decisions/" + id + "/exemptions"), Map.of("gate", "REASONS", "reason", "Ingen tid til det i dag."), 400)
			.get("detail").asString()).contains("kan ikke fraviges");
		assertThat(call(post("/api/decisions/" + id + "/exemptions"), Map.of("gate", "HEARING", "reason", "  "), 400).get("field").asString())
			.isEqualTo("reason");
		String hearingReason = "Afgørelsen giver parten fuldt ud medhold, så høring er ikke nødvendig.";
		JsonNode exempted = call(post("/api/decisions/" + id + "/exemptions"), Map.of("gate", "HEARING", "reason", hearingReason), 200);
		assertThat(gate(exempted, "HEARING").get("state").asString()).isEqualTo("EXEMPT");
		assertThat(gate(exempted, "HEARING").get("detail").asString()).contains("Forvaltningsloven § 19, stk. 2").contains(hearingReason);
		String conversationReason = "Barnet er 6 år og har ikke modenhed til en samtale om aflastningen.";
		call(post("/api/decisions/" + id + "/exemptions"), Map.of("gate", "CHILD_CONVERSATION", "reason", conversationReason), 200);

		JsonNode sent = call(post("/api/decisions/" + id + "/send"), Map.of("channel", "DIGITAL_POST"), 200);
		assertThat(states(sent)).containsEntry("HEARING", "EXEMPT").containsEntry("CHILD_CONVERSATION", "EXEMPT")
			.containsEntry("CHILD_PLAN", "DEADLINE");
		assertThat(gate(sent, "HEARING").get("exemptionReason").asString()).isEqualTo(hearingReason);
		assertThat(jdbc.queryForObject("SELECT detail FROM decisions.gate_state WHERE decision_id = ? AND gate_code = 'CHILD_CONVERSATION'",
				String.class, id)).contains(conversationReason);

		String raw = Letters.text(mvc, sent.get("letterDocumentNumber").asString(), "test.a");
		// signed as a municipality signs (issue 18): the caseworker's name, title, unit and how to reach it
		Letters.assertMunicipalLetter(raw, Fixtures.SIGNED_BY_TEST_A);
		String text = raw.replaceAll("\\s+", " ");
		// the plan's note for the caseworker stays out of the citizen's letter, and every date is written in Danish
		assertThat(text).contains("Barnets plan").doesNotContain("Fristen starter, når afgørelsen sendes")
			.doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}(?!\\d)");
		assertThat(text).contains("Socialforvaltningen", "Bernstorffsgade 17", "Sagsnummer: " + c.caseNumber(),
				"Dokumentnummer: " + sent.get("letterDocumentNumber").asString(), "Afgørelse om Aflastning i weekender",
				"Vi har bevilget aflastning i weekender efter Barnets lov § 32.",
				"Betingelserne i Barnets lov § 32 er opfyldt, fordi barnet har behov for særlig støtte.",
				"Aflastning vil støtte barnets trivsel i hjemmet.", "Klagevejledning", "klage over afgørelsen til Ankestyrelsen",
				"senest 4 uger efter", "retssikkerhedslovens § 67", "klagefristen udløber derfor den", "vurderer afgørelsen igen", "retssikkerhedslovens § 66", hearingReason,
				conversationReason);
	}

	@Test
	void aWishForAnotherHousingOfferMustBeAssessedOnTargetGroupAndPrice() throws Exception {
		CaseFile c = fixtures.caseOfType(fixtures.unitA(), "test.a", "HOUSING_OFFER", "0505701234", "Botilbud");
		Map<String, Object> draft = new java.util.HashMap<>(Map.of("type", "REFUSAL", "measure", "Privat botilbud efter eget valg",
				"legalBasis", "SEL_108", "housingWish", true, "offerGiven", "Kommunalt bofællesskab", "offerGivenPrice", 32000));
		JsonNode created = call(post("/api/cases/" + c.caseNumber() + "/decisions"), draft, 201);
		assertThat(states(created)).containsEntry("HOUSING_WISH", "OPEN").containsEntry("CHILD_CONVERSATION", "NOT_APPLICABLE")
			.containsEntry("CHILD_PLAN", "NOT_APPLICABLE").containsEntry("YOUNG_PERSON_HEARD", "NOT_APPLICABLE");
		assertThat(gate(created, "HOUSING_WISH").get("detail").asString()).contains("det ønskede botilbud");
		draft.putAll(Map.of("offerWished", "Privat botilbud", "offerWishedPrice", 51000, "inTargetGroup", true,
				"significantlyMoreExpensive", true, "housingReasons", "Det ønskede tilbud koster 59 % mere end det tilbudte."));
		JsonNode assessed = call(put("/api/decisions/" + created.get("id").asLong()), draft, 200);
		assertThat(states(assessed)).containsEntry("HOUSING_WISH", "MET");
		draft.put("offerWishedPrice", -1);
		assertThat(call(put("/api/decisions/" + created.get("id").asLong()), draft, 400).get("field").asString()).isEqualTo("offerWishedPrice");
	}

	@Test
	void noDecisionOnAMeasureIsTakenInAGeneralCase() throws Exception {
		CaseFile c = fixtures.caseOfType(fixtures.unitA(), "test.a", "COMPLAINT", "0505701235", "Klage");
		call(post("/api/cases/" + c.caseNumber() + "/decisions"), Map.of("type", "GRANT", "measure", "Noget"), 409);
		CaseFile child = fixtures.caseIn(fixtures.unitA(), "test.a", "Uden indsats");
		assertThat(call(post("/api/cases/" + child.caseNumber() + "/decisions"), Map.of("type", "GRANT"), 400).get("field").asString())
			.isEqualTo("measure");
		assertThat(call(post("/api/cases/" + child.caseNumber() + "/decisions"), Map.of("type", "GRANT", "measure", "X", "legalBasis",
				"SEL_108"), 400).get("field").asString()).isEqualTo("legalBasis");
	}

	JsonNode call(MockHttpServletRequestBuilder request, Object body, int status) throws Exception {
		return api.call("test.a", request, body, status);
	}

	static Map<String, String> states(JsonNode decision) {
		Map<String, String> out = new java.util.LinkedHashMap<>();
		decision.get("gates").forEach(g -> out.put(g.get("code").asString(), g.get("state").asString()));
		return out;
	}

	static JsonNode gate(JsonNode decision, String code) {
		for (JsonNode g : decision.get("gates")) {
			if (g.get("code").asString().equals(code)) {
				return g;
			}
		}
		throw new AssertionError("no gate " + code + " in " + List.of(decision));
	}
}
