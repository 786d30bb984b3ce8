package dk.sagsvagt.oversight;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.journal.Direction;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.Journal;
import dk.sagsvagt.journal.NewDocument;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.supervision.Flags;
import dk.sagsvagt.supervision.NewRound;
import dk.sagsvagt.supervision.SupervisionRounds;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;
import dk.sagsvagt.support.JsonApi;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The work of answering an oversight body, by the people responsible for it: the responsible supervision lawyer
 * journals in the request's and the round's case, the approving leader reads the request's case and her cover letter,
 * an item is answered only from its own cases or in writing, a disclosure can be made without a request, and the
 * body can be told who read the cases.
 */
@IntegrationTest
class OversightWorkTest {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonApi api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ObjectMapper json;

	@Autowired
	Journal journal;

	@Autowired
	SupervisionRounds rounds;

	@Autowired
	Flags flags;

	CurrentUser leader() {
		return new CurrentUser("test.leader.a", fixtures.staffId("test.leader.a"), "Lis Testleder", StaffRole.UNIT_LEADER, fixtures.unitA());
	}

	static Map<String, Object> note(String title, String text) {
		return Map.of("title", title, "direction", "INTERNAL", "kind", "NOTE", "text", text);
	}

	@Test
	void theResponsibleLawyerJournalsTheApproverReadsAndItemsAreAnsweredFromTheirOwnCases() throws Exception {
		List<String> flagged = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			flagged.add(fixtures.caseOfType(fixtures.unitA(), "test.a", "PLACEMENT", Fixtures.newChildCpr(), "Udpeget til ombud " + i).caseNumber());
		}
		long round = rounds.create(new NewRound("Runde til ombud", TODAY.minusMonths(1), TODAY, "CHILDREN_BL", null,
				List.of(fixtures.unitA()), List.of("PLACEMENT"), TODAY, TODAY, 500, false, false, 0, null,
				Map.of(2, List.of("test.leader.a"))), leader()).id();
		rounds.draw(round, "ombud", leader());
		for (String n : flagged) {
			flags.flag(rounds.get(round, leader()), n, "Mangler plan", "test.a", TODAY.plusDays(10), false, leader());
		}
		String roundCase = rounds.get(round, leader()).caseNumber();
		String otherChild = journal.journal(flagged.get(1), new NewDocument("Notat i den anden sag", Direction.INTERNAL, DocumentKind.NOTE,
				null, "Om et andet barn."), null, leader()).documentNumber();
		String ownDocument = journal.journal(flagged.get(0), new NewDocument("Handleplan", Direction.INTERNAL, DocumentKind.PLAN,
				null, "Planen."), null, leader()).documentNumber();

		Map<String, Object> r = new HashMap<>(Map.of("body", "OMBUDSMAN", "receivedOn", TODAY.minusDays(3).toString(),
				"text", "Vi beder om dokumentation for hver sag og en generel vurdering.", "answerDue", TODAY.plusDays(20).toString(),
				"responsible", "test.jurist", "items", List.of("En generel vurdering af tilsynet")));
		r.put("perFlaggedCaseOfRound", round);
		JsonNode created = call("test.leader.a", post("/api/oversight/requests"), r, 201);
		long id = created.get("id").asLong();
		String requestCase = created.get("caseNumber").asString();
		JsonNode items = created.get("items");
		long general = items.get(0).get("id").asLong();

		// the lawyer's role journals nowhere: a case the request does not concern stays refused
		call("test.jurist", post("/api/cases/" + flagged.get(0) + "/documents"), note("Forsøg", "Ikke tilladt."), 403);
		// ... but the request's own case and the round's case are the responsible's work
		String generalised = call("test.jurist", post("/api/cases/" + requestCase + "/documents"),
				note("Generaliseret notat", "Sagerne viser under ét manglende handleplaner."), 201).get("documentNumber").asString();
		String assessment = call("test.jurist", post("/api/cases/" + roundCase + "/documents"),
				note("Vurdering sendt pr. e-mail", "Juristens vurdering af tilsynet."), 201).get("documentNumber").asString();

		// an item about one child's case does not take another child's document
		long firstFlagged = itemAbout(items, flagged.get(0));
		long secondFlagged = itemAbout(items, flagged.get(1));
		JsonNode refused = call("test.leader.a", post("/api/oversight/requests/" + id + "/items/" + firstFlagged + "/answer"),
				Map.of("documents", List.of(otherChild)), 400);
		assertThat(refused.get("detail").asString()).contains(otherChild).contains(flagged.get(1)).contains(flagged.get(0));
		call("test.leader.a", post("/api/oversight/requests/" + id + "/items/" + firstFlagged + "/answer"),
				Map.of("documents", List.of(ownDocument, generalised)), 200);
		call("test.jurist", post("/api/oversight/requests/" + id + "/items/" + secondFlagged + "/answer"),
				Map.of("documents", List.of(assessment)), 200);

		// a written answer is journaled in the request's case and answers the item
		assertThat(call("test.jurist", post("/api/oversight/requests/" + id + "/items/" + general + "/answer"),
				Map.of("writtenAnswer", "kort"), 400).get("field").asString()).isEqualTo("writtenAnswer");
		String text = "Forvaltningen vurderer, at tilsynet viser behov for bedre handleplaner – særligt i børnesager.";
		JsonNode answeredItem = item(call("test.jurist", post("/api/oversight/requests/" + id + "/items/" + general + "/answer"),
				Map.of("writtenAnswer", text), 200), general);
		assertThat(answeredItem.get("status").asString()).isEqualTo("ANSWERED");
		String written = answeredItem.get("documents").get(0).asString();
		assertThat(written).startsWith(requestCase + "-");

		// a note has no file: its content is its text
		MvcResult content = mvc.perform(get("/api/documents/" + written + "/content").with(httpBasic("test.jurist", Fixtures.PASSWORD)))
			.andReturn();
		assertThat(content.getResponse().getStatus()).isEqualTo(200);
		assertThat(content.getResponse().getContentType()).isEqualTo("text/plain;charset=UTF-8");
		assertThat(content.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(text);

		// the approving leader (a team leader whose scope does not reach the request's case) reads it once she approves
		call("test.team", get("/api/cases/" + requestCase), null, 403);
		call("test.team", post("/api/oversight/requests/" + id + "/sign-off"), Map.of(), 200);
		call("test.team", get("/api/cases/" + requestCase), null, 200);
		call("test.team", post("/api/cases/" + roundCase + "/documents"), note("Forsøg", "Ikke tilladt."), 403);
		JsonNode answered = call("test.leader.a", post("/api/oversight/requests/" + id + "/answer"), Map.of(), 200);
		String cover = answered.get("coverLetterDocument").asString();
		// the request is answered: the approver reads the cover letter she approved (issue 17), read-only
		MvcResult letter = mvc.perform(get("/api/documents/" + cover + "/content").with(httpBasic("test.team", Fixtures.PASSWORD)))
			.andReturn();
		assertThat(letter.getResponse().getStatus()).isEqualTo(200);
		String pdf;
		try (PDDocument d = Loader.loadPDF(letter.getResponse().getContentAsByteArray())) {
			pdf = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
		}
		assertThat(pdf).contains("København, den " + dk.sagsvagt.shared.DanishDates.longDate(TODAY)).contains("Dokumentnummer: " + cover)
			.contains("den " + dk.sagsvagt.shared.DanishDates.longDate(TODAY.minusDays(3))).contains("Tine Teamleder, teamleder")
			.doesNotContain("test.team").doesNotContain(TODAY.toString()).doesNotContain(TODAY.minusDays(3).toString());

		// the written answer and the round's case's assessment are disclosed with the rest
		List<String> logged = new ArrayList<>();
		call("test.leader.a", get("/api/oversight/disclosures?body=OMBUDSMAN"), null, 200).forEach(e -> {
			if (e.has("requestId") && e.get("requestId").asLong() == id) {
				logged.add(e.get("documentNumber").asString());
			}
		});
		assertThat(logged).contains(written, assessment, generalised, ownDocument, cover);
		call("test.ombud", get("/api/documents/" + written), null, 200);
	}

	@Test
	void aLeaderDisclosesOnTheAdministrationsOwnInitiativeAndTheBodyAsksWhoReadTheCase() throws Exception {
		CaseFile c = fixtures.caseIn(fixtures.unitA(), "test.a", "Sag sendt på eget initiativ");
		String document = journal.journal(c.caseNumber(), new NewDocument("Redegørelse", Direction.INTERNAL, DocumentKind.NOTE, null,
				"Redegørelse om sagen."), null, leader()).documentNumber();
		call("test.ombud", get("/api/documents/" + document), null, 403);
		Map<String, Object> disclosure = Map.of("body", "OMBUDSMAN", "documentNumbers", List.of(document),
				"reason", "Forvaltningen orienterer Borgerrådgiveren om opfølgningen på sagen.");
		call("test.a", post("/api/oversight/disclosures"), disclosure, 403);
		call("test.jurist", post("/api/oversight/disclosures"), disclosure, 403);
		call("test.leader.a", post("/api/oversight/disclosures"), Map.of("body", "OMBUDSMAN", "documentNumbers", List.of(document),
				"reason", "kort"), 400);
		call("test.leader.a", post("/api/oversight/disclosures"), Map.of("body", "OMBUDSMAN", "documentNumbers", List.of(document),
				"reason", "Forvaltningen orienterer om sagen.", "approvedBy", "test.centre"), 400);
		JsonNode sent = call("test.leader.a", post("/api/oversight/disclosures"), disclosure, 201);
		assertThat(sent.get("approvedBy").asString()).isEqualTo("test.leader.a");
		String cover = sent.get("coverLetterDocument").asString();
		assertThat(cover).startsWith(sent.get("caseNumber").asString() + "-");

		call("test.ombud", get("/api/documents/" + document), null, 200);
		call("test.anke", get("/api/documents/" + document), null, 403);
		JsonNode entry = null;
		for (JsonNode e : call("test.ombud", get("/api/oversight/disclosures"), null, 200)) {
			if (e.get("documentNumber").asString().equals(document)) {
				entry = e;
			}
		}
		assertThat(entry).isNotNull();
		assertThat(entry.has("requestId") && !entry.get("requestId").isNull()).isFalse();
		assertThat(entry.get("reason").asString()).isEqualTo("Forvaltningen orienterer Borgerrådgiveren om opfølgningen på sagen.");
		assertThat(entry.get("approvedBy").asString()).isEqualTo("test.leader.a");
		String letter;
		try (PDDocument d = Loader.loadPDF(mvc.perform(get("/api/documents/" + cover + "/content").with(httpBasic("test.leader.a",
				Fixtures.PASSWORD))).andReturn().getResponse().getContentAsByteArray())) {
			letter = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
		}
		assertThat(letter).contains("Dokumentnummer: " + cover).contains("Lis Testleder, enhedschef").contains("den " + dk.sagsvagt.shared.DanishDates.longDate(TODAY));

		// who read the case: for administrators and supervision lawyers, bounded, logged
		String query = "/api/access-log/cases?caseNumbers=" + c.caseNumber() + "&from=" + TODAY.minusDays(1) + "&to=" + TODAY;
		call("test.a", get(query), null, 403);
		call("test.leader.a", get(query), null, 403);
		JsonNode reads = call("test.jurist", get(query), null, 200);
		Set<String> names = new HashSet<>();
		reads.forEach(x -> names.add(x.get("name").asString()));
		assertThat(names).contains("Oda Ombud");
		MvcResult csv = mvc.perform(get(query).accept("text/csv").with(httpBasic("test.admin", Fixtures.PASSWORD))).andReturn();
		assertThat(csv.getResponse().getStatus()).isEqualTo(200);
		assertThat(csv.getResponse().getContentAsString(StandardCharsets.UTF_8))
			.startsWith("Tidspunkt;Medarbejder;Rolle;Enhed;Handling;Sag;Dokument;Udfald").contains("Oda Ombud");
		List<String> many = new ArrayList<>();
		for (int i = 0; i < 101; i++) {
			many.add("X-" + i);
		}
		call("test.jurist", get("/api/access-log/cases?caseNumbers=" + String.join(",", many) + "&from=" + TODAY + "&to=" + TODAY), null, 400);
		call("test.jurist", get("/api/access-log/cases?caseNumbers=" + c.caseNumber() + "&from=" + TODAY.minusYears(2) + "&to=" + TODAY),
				null, 400);
		// the extract itself is in the log
		JsonNode again = call("test.admin", get(query), null, 200);
		boolean extractLogged = false;
		for (JsonNode x : again) {
			extractLogged |= x.get("name").asString().equals("Jens Jurist") && x.get("action").asString().contains("Udtræk");
		}
		assertThat(extractLogged).as("the jurist's extract is logged with the case's citizen").isTrue();
	}

	@Test
	void theOpenApiDocumentNamesEachResponseSchemaOnce() throws Exception {
		JsonNode doc = json.readTree(mvc.perform(get("/v3/api-docs").with(httpBasic("test.leader.a", Fixtures.PASSWORD)))
			.andReturn().getResponse().getContentAsByteArray());
		String requests = itemsRef(doc, "/api/oversight/statistics");
		String complaints = itemsRef(doc, "/api/complaints/statistics");
		assertThat(requests).isNotEqualTo(complaints);
		assertThat(schema(doc, requests).get("properties").has("requests")).isTrue();
		assertThat(schema(doc, complaints).get("properties").has("reversed")).isTrue();
		// every reference names a schema that exists
		List<String> refs = new ArrayList<>();
		collectRefs(doc.get("paths"), refs);
		collectRefs(doc.get("components"), refs);
		for (String ref : refs) {
			assertThat(doc.get("components").get("schemas").has(ref.substring(ref.lastIndexOf('/') + 1))).as(ref).isTrue();
		}
	}

	@Autowired
	@org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
	org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings;

	/**
	 * springdoc names a schema by the class's simple name, and of two classes with the same name one silently takes
	 * the other's place; so every record an endpoint takes or answers must have a simple name of its own.
	 */
	@Test
	void noTwoApiRecordsShareASchemaName() {
		Map<String, Set<String>> byName = new HashMap<>();
		Set<Class<?>> seen = new HashSet<>();
		mappings.getHandlerMethods().values().forEach(m -> {
			if (m.getBeanType().getPackageName().startsWith("dk.sagsvagt")) {
				collect(org.springframework.core.ResolvableType.forMethodReturnType(m.getMethod()), seen);
				for (int i = 0; i < m.getMethod().getParameterCount(); i++) {
					if (m.getMethodParameters()[i].hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class)) {
						collect(org.springframework.core.ResolvableType.forMethodParameter(m.getMethod(), i), seen);
					}
				}
			}
		});
		seen.forEach(c -> byName.computeIfAbsent(c.getSimpleName(), k -> new java.util.TreeSet<>()).add(c.getName()));
		assertThat(byName.get("RequestStatisticsLine")).hasSize(1);
		assertThat(byName.get("AppealStatisticsLine")).hasSize(1);
		assertThat(byName.entrySet().stream().filter(e -> e.getValue().size() > 1).map(Object::toString).toList()).isEmpty();
	}

	static void collect(org.springframework.core.ResolvableType type, Set<Class<?>> seen) {
		Class<?> c = type.resolve();
		if (c == null) {
			return;
		}
		for (org.springframework.core.ResolvableType generic : type.getGenerics()) {
			collect(generic, seen);
		}
		if (c.isArray()) {
			collect(type.getComponentType(), seen);
		}
		if (c.isRecord() && c.getName().startsWith("dk.sagsvagt") && seen.add(c)) {
			for (java.lang.reflect.RecordComponent rc : c.getRecordComponents()) {
				collect(org.springframework.core.ResolvableType.forType(rc.getGenericType()), seen);
			}
		}
	}

	static String itemsRef(JsonNode doc, String path) {
		JsonNode content = doc.get("paths").get(path).get("get").get("responses").get("200").get("content");
		return content.values().iterator().next().get("schema").get("items").get("$ref").asString();
	}

	static JsonNode schema(JsonNode doc, String ref) {
		return doc.get("components").get("schemas").get(ref.substring(ref.lastIndexOf('/') + 1));
	}

	static void collectRefs(JsonNode node, List<String> refs) {
		if (node == null) {
			return;
		}
		if (node.isObject()) {
			if (node.has("$ref")) {
				refs.add(node.get("$ref").asString());
			}
			node.values().forEach(n -> collectRefs(n, refs));
		}
		else if (node.isArray()) {
			node.forEach(n -> collectRefs(n, refs));
		}
	}

	static long itemAbout(JsonNode items, String caseNumber) {
		for (JsonNode i : items) {
			if (i.has("subjectCaseNumber") && caseNumber.equals(i.get("subjectCaseNumber").asString())) {
				return i.get("id").asLong();
			}
		}
		throw new AssertionError("no item about " + caseNumber);
	}

	static JsonNode item(JsonNode request, long itemId) {
		for (JsonNode i : request.get("items")) {
			if (i.get("id").asLong() == itemId) {
				return i;
			}
		}
		throw new AssertionError("no item " + itemId);
	}

	JsonNode call(String user, MockHttpServletRequestBuilder request, Object body, int status) throws Exception {
		return api.call(user, request, body, status);
	}
}
