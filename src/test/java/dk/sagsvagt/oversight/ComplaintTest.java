package dk.sagsvagt.oversight;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.decisions.DecisionDraft;
import dk.sagsvagt.decisions.DecisionImport;
import dk.sagsvagt.decisions.DecisionType;
import dk.sagsvagt.decisions.DeliveryChannel;
import dk.sagsvagt.decisions.HistoricDecision;
import dk.sagsvagt.journal.Direction;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.HistoricDocument;
import dk.sagsvagt.journal.JournalImport;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.Letters;
import dk.sagsvagt.support.JsonApi;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A complaint against a decision sent by Digital Post on Good Friday 2020 (received the same day; the 4-week complaint
 * period ends on Store Bededag 8 May and moves to Monday 11 May, retssikkerhedsloven § 67), its reconsideration
 * within 4 weeks (§ 66), forwarding to Ankestyrelsen and the outcome.
 */
@IntegrationTest
class ComplaintTest {

	static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonApi api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ObjectMapper json;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JournalImport journalImport;

	@Autowired
	DecisionImport decisionImport;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	long decisionSentOnGoodFriday2020(CaseFile c) {
		var sentAt = LocalDate.of(2020, 4, 10).atTime(10, 0).atZone(COPENHAGEN).toInstant();
		String letter = journalImport.journalAll(List.of(new HistoricDocument(c.id(), c.caseNumber(), "Afgørelse: Aflastning", Direction.OUTGOING,
				DocumentKind.DECISION, LocalDate.of(2020, 4, 10), "Anne Testsen", "Afgørelse om aflastning.", sentAt, "test.a"))).get(0);
		decisionImport.importSent(List.of(new HistoricDecision(c.id(), c.caseNumber(), c.caseType(), dk.sagsvagt.cases.CaseArea.CHILDREN, c.unitId(),
				c.caseworkerId(), LocalDate.of(2012, 3, 3), new DecisionDraft(DecisionType.REFUSAL, "Aflastning", "SEL_52", "Fakta.",
						"Vurdering.", "Betingelserne i Serviceloven § 52 er ikke opfyldt.", null, false, null, null, LocalDate.of(2020, 4, 1),
						LocalDate.of(2020, 4, 2), "Samtale.", null, null, null, null, false, null, null, null, null, null, null, null,
						List.of(c.primaryCitizenId())), Map.of(), sentAt, DeliveryChannel.DIGITAL_POST, letter, "test.a")));
		return jdbc.queryForObject("SELECT id FROM decisions.decision WHERE case_id = ?", Long.class, c.id());
	}

	Map<String, Object> complaint(long decision, String receivedOn) {
		return new HashMap<>(Map.of("decisionId", decision, "receivedOn", receivedOn, "channel", "LETTER", "text",
				"Jeg er uenig i afslaget."));
	}

	@Test
	void aComplaintOnTheLastDayIsInTimeAndItsReconsiderationIsDueFourWeeksLater() throws Exception {
		CaseFile c = fixtures.caseOfType(fixtures.unitA(), "test.a", "PREVENTIVE_MEASURE", Fixtures.newChildCpr(), "Klage i tide");
		long decision = decisionSentOnGoodFriday2020(c);
		assertThat(jdbc.queryForObject("SELECT complaint_deadline FROM decisions.decision WHERE id = ?", LocalDate.class, decision))
			.isEqualTo(LocalDate.of(2020, 5, 11));
		JsonNode onTime = call("test.a", post("/api/complaints"), complaint(decision, "2020-05-11"), 201);
		assertThat(onTime.get("late").asBoolean()).isFalse();
		assertThat(jdbc.queryForObject("SELECT due_date FROM deadlines.deadline WHERE case_id = ? AND rule_code = 'RECONSIDERATION'",
				LocalDate.class, c.id())).isEqualTo(LocalDate.of(2020, 6, 8));
		long id = onTime.get("id").asLong();

		assertThat(call("test.a", post("/api/complaints/" + id + "/reconsideration"), Map.of("result", "UPHELD"), 400).get("field").asString())
			.isEqualTo("remarks");
		call("test.a", post("/api/complaints/" + id + "/forwarding"), Map.of(), 409);
		// issue 19: reconsidered on 2 June 2020 and registered now: dated then (in time for 8 June), only with the reason
		String remarksText = "Kommunen fastholder afslaget, fordi behovet kan dækkes af almene tilbud.";
		assertThat(call("test.a", post("/api/complaints/" + id + "/reconsideration"), Map.of("result", "UPHELD", "remarks", remarksText,
				"reconsideredOn", "2020-06-02"), 400).get("field").asString()).isEqualTo("lateReason");
		assertThat(call("test.a", post("/api/complaints/" + id + "/reconsideration"), Map.of("result", "UPHELD", "remarks", remarksText,
				"reconsideredOn", "2020-05-01", "lateReason", "Registreres efterfølgende"), 400).get("detail").asString())
			.contains("før modtagelsen af klagen");
		call("test.a", post("/api/complaints/" + id + "/reconsideration"), Map.of("result", "UPHELD", "remarks", remarksText,
				"reconsideredOn", "2020-06-02", "lateReason", "Genvurderingen blev registreret efterfølgende"), 200);
		assertThat(jdbc.queryForObject("SELECT status || ' ' || (met_at AT TIME ZONE 'Europe/Copenhagen')::date FROM deadlines.deadline "
				+ "WHERE case_id = ? AND rule_code = 'RECONSIDERATION'", String.class, c.id())).isEqualTo("MET 2020-06-02");
		JsonNode forwarded = call("test.a", post("/api/complaints/" + id + "/forwarding"), Map.of(), 200);
		String bundle = forwarded.get("bundleDocument").asString();
		String remarks = Letters.textInZip(mvc, bundle, "bemaerkninger.pdf", "test.a");
		Letters.assertMunicipalLetter(remarks, Fixtures.SIGNED_BY_TEST_A);
		assertThat(remarks).contains("Til: Ankestyrelsen", "Kommunens bemærkninger", "fastholder afslaget");
		assertThat(jdbc.queryForList("SELECT document_number FROM oversight.disclosure WHERE body = 'APPEALS_BOARD' AND document_number LIKE ?",
				String.class, c.caseNumber() + "-%")).contains(bundle, c.caseNumber() + "-1");
		call("test.anke", get("/api/documents/" + bundle), null, 200);
		call("test.ombud", get("/api/documents/" + bundle), null, 403);

		call("test.a", post("/api/complaints/" + id + "/outcome"), Map.of("outcome", "CHANGED", "decidedOn", LocalDate.now(COPENHAGEN).toString(),
				"learningPoints", "Det almene tilbud var ikke undersøgt."), 200);
		JsonNode stats = json.readTree(mvc.perform(get("/api/complaints/statistics").with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andReturn().getResponse().getContentAsByteArray());
		boolean found = false;
		for (JsonNode line : stats) {
			if (line.get("legalBasis").asString().equals("SEL_52") && line.get("unit").asString().equals("Testenhed A")) {
				found = true;
				assertThat(line.get("reversed").asLong()).isPositive();
			}
		}
		assertThat(found).isTrue();
	}

	/** Issue 18: forwarding sends the case's documents away and cannot be undone, so the page says how many and asks first. */
	@Test
	void forwardingOnThePageAsksFirstAndSaysHowManyDocumentsGo() throws Exception {
		CaseFile c = fixtures.caseOfType(fixtures.unitA(), "test.a", "PREVENTIVE_MEASURE", Fixtures.newChildCpr(), "Klage bekræftes");
		long decision = decisionSentOnGoodFriday2020(c);
		long id = call("test.a", post("/api/complaints"), complaint(decision, "2020-05-11"), 201).get("id").asLong();
		call("test.a", post("/api/complaints/" + id + "/reconsideration"), Map.of("result", "UPHELD", "remarks",
				"Kommunen fastholder afslaget, fordi behovet kan dækkes af almene tilbud."), 200);
		String url = "/cases/" + c.caseNumber() + "/complaints/" + id + "/forwarding";

		String page = mvc.perform(post(url).with(user(users.loadUserByUsername("test.a"))).with(
				org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("Klagen sendes til Ankestyrelsen med 1 dokument og kommunens bemærkninger",
				"class=\"danger\"", "name=\"confirmed\" value=\"true\"", "Ja, send klagen");
		assertThat(status(id)).as("nothing forwarded before the confirmation").isEqualTo("UPHELD");

		mvc.perform(post(url).param("confirmed", "true").with(user(users.loadUserByUsername("test.a"))).with(
				org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));
		assertThat(status(id)).isEqualTo("FORWARDED");
	}

	String status(long complaint) {
		return jdbc.queryForObject("SELECT status FROM oversight.complaint WHERE id = ?", String.class, complaint);
	}

	@Test
	void aComplaintAfterTheLastDayIsFlaggedAndWaitsForAReasonToAcceptIt() throws Exception {
		CaseFile c = fixtures.caseOfType(fixtures.unitA(), "test.a", "PREVENTIVE_MEASURE", Fixtures.newChildCpr(), "Klage for sent");
		long decision = decisionSentOnGoodFriday2020(c);
		JsonNode late = call("test.a", post("/api/complaints"), complaint(decision, "2020-05-12"), 201);
		assertThat(late.get("late").asBoolean()).isTrue();
		String fragment = mvc.perform(get("/cases/" + c.caseNumber() + "/appeals").with(user(users.loadUserByUsername("test.a"))))
			.andReturn().getResponse().getContentAsString();
		assertThat(fragment).contains("12-05-2020", "11-05-2020", "For sent", "Tag under behandling");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM deadlines.deadline WHERE case_id = ? AND rule_code = 'RECONSIDERATION'",
				Integer.class, c.id())).isZero();
		long id = late.get("id").asLong();
		call("test.a", post("/api/complaints/" + id + "/reconsideration"), Map.of("result", "CHANGED"), 409);
		call("test.a", post("/api/complaints/" + id + "/late-acceptance"), Map.of("reason", "kort"), 400);
		call("test.a", post("/api/complaints/" + id + "/late-acceptance"), Map.of("reason", "Borgeren var indlagt på hospitalet i klageperioden."), 200);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM deadlines.deadline WHERE case_id = ? AND rule_code = 'RECONSIDERATION'",
				Integer.class, c.id())).isOne();
		call("test.c", post("/api/complaints/" + id + "/reconsideration"), Map.of("result", "CHANGED"), 403);
		assertThat(call("test.a", post("/api/complaints/" + id + "/reconsideration"), Map.of("result", "CHANGED"), 200).get("status").asString())
			.isEqualTo("CHANGED_BY_MUNICIPALITY");
	}

	@Test
	void aCaseSentForReviewGoesWithItsDocumentsAndItsOutcomeIsCounted() throws Exception {
		CaseFile c = fixtures.caseOfType(fixtures.unitA(), "test.a", "PLACEMENT", Fixtures.newChildCpr(), "Til Ankestyrelsen");
		decisionSentOnGoodFriday2020(c);
		JsonNode referral = call("test.leader.a", post("/api/referrals"), Map.of("caseNumber", c.caseNumber(), "kind", "SENT_FOR_REVIEW",
				"reason", "Udpeget i tilsynet og valgt sammen med Borgerrådgiveren", "answerDue", LocalDate.now(COPENHAGEN).plusMonths(3).toString()), 201);
		assertThat(referral.get("bundleDocument").asString()).startsWith(c.caseNumber() + "-");
		call("test.a", post("/api/referrals"), Map.of("caseNumber", c.caseNumber(), "kind", "OWN_INITIATIVE", "reason", "Ankestyrelsen"), 403);
		call("test.leader.a", post("/api/referrals/" + referral.get("id").asLong() + "/outcome"), Map.of("outcome", "REMITTED",
				"decidedOn", LocalDate.now(COPENHAGEN).toString(), "learningPoints", "Barnets plan manglede."), 200);
		JsonNode stats = json.readTree(mvc.perform(get("/api/referrals/statistics").with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andReturn().getResponse().getContentAsByteArray());
		assertThat(stats.findValuesAsString("unit")).contains("Testenhed A");
	}

	JsonNode call(String user, MockHttpServletRequestBuilder request, Object body, int status) throws Exception {
		return api.call(user, request, body, status);
	}
}
