package dk.sagsvagt.supervision;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.deadlines.CaseDeadlines;
import dk.sagsvagt.decisions.DecisionDraft;
import dk.sagsvagt.decisions.DecisionSending;
import dk.sagsvagt.decisions.DecisionType;
import dk.sagsvagt.decisions.Decisions;
import dk.sagsvagt.decisions.DeliveryChannel;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.JsonApi;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** A supervision round through the API: draw, exclusion, pre-fill, review levels, flags, outputs. */
@IntegrationTest
class SupervisionRoundTest {

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
	JdbcTemplate jdbc;

	@Autowired
	Decisions decisions;

	@Autowired
	DecisionSending sending;

	@Autowired
	CaseDeadlines deadlines;

	long newRound(String name, long unit, List<String> types, int size, boolean byMeasure, int min) throws Exception {
		Map<String, Object> round = new HashMap<>(Map.of("name", name, "periodFrom", TODAY.minusMonths(1).toString(), "periodTo",
				TODAY.toString(), "templateId", "CHILDREN_BL", "unitIds", List.of(unit), "caseTypes", types, "sampleSize", size,
				"byMeasure", byMeasure, "minPerStratum", min));
		// planned by a leader whose scope covers the unit; reviewed by her at level 1 and by the lawyer at level 4
		round.put("reviewers", Map.of("1", List.of("test.director"), "4", List.of("test.jurist")));
		return call("test.director", post("/api/supervision/rounds"), round, 201).get("id").asLong();
	}

	@Test
	void theDrawIsReproducibleAndFollowsTheRuleAsWrittenOut() throws Exception {
		for (int i = 0; i < 9; i++) {
			fixtures.caseOfType(fixtures.unitB(), "test.b", i % 3 == 0 ? "PLACEMENT" : "PREVENTIVE_MEASURE", Fixtures.newChildCpr(), "Tilsynssag " + i);
		}
		long id = newRound("1. runde, test", fixtures.unitB(), List.of("PLACEMENT", "PREVENTIVE_MEASURE"), 5, true, 2);
		JsonNode drawn = call("test.jurist", post("/api/supervision/rounds/" + id + "/draw"), Map.of("seed", "efteraaret-2017"), 200);
		assertThat(drawn.get("status").asString()).isEqualTo("SAMPLED");
		List<String> first = sampleOf(id);

		// the rule written out again, from the downloaded population only
		String csv = text(get("/api/supervision/rounds/" + id + "/population.csv"));
		Map<String, List<String[]>> strata = new TreeMap<>();
		for (String line : csv.strip().split("\n")) {
			if (line.startsWith("sagsnummer;")) {
				continue;
			}
			String[] f = line.split(";");
			String key = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(("efteraaret-2017:" + f[0]).getBytes(StandardCharsets.UTF_8)));
			assertThat(f[2]).isEqualTo(key);
			strata.computeIfAbsent(f[1], k -> new ArrayList<>()).add(f);
		}
		// issue 17: the hash is that of the file's exact bytes
		assertThat(drawn.get("populationSha256").asString()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
			.digest(csv.getBytes(StandardCharsets.UTF_8))));
		int total = strata.values().stream().mapToInt(List::size).sum();
		Map<String, Integer> places = new TreeMap<>();
		Map<String, Double> rest = new TreeMap<>();
		int given = 0;
		for (var s : strata.entrySet()) {
			double exact = 5.0 * s.getValue().size() / total;
			places.put(s.getKey(), Math.min(s.getValue().size(), Math.max(2, (int) exact)));
			rest.put(s.getKey(), exact - (int) exact);
			given += places.get(s.getKey());
		}
		List<String> byRest = new ArrayList<>(rest.keySet());
		byRest.sort((a, b) -> rest.get(a).equals(rest.get(b)) ? a.compareTo(b) : Double.compare(rest.get(b), rest.get(a)));
		for (String s : byRest) {
			if (given < 5 && places.get(s) < strata.get(s).size()) {
				places.merge(s, 1, Integer::sum);
				given++;
			}
		}
		List<String> expected = new ArrayList<>();
		strata.forEach((s, members) -> members.stream().sorted((a, b) -> a[2].compareTo(b[2])).limit(places.get(s)).forEach(m -> expected.add(m[0])));
		assertThat(first).containsExactlyInAnyOrderElementsOf(expected).hasSizeGreaterThanOrEqualTo(5);

		call("test.jurist", post("/api/supervision/rounds/" + id + "/draw"), Map.of(), 200);
		assertThat(sampleOf(id)).isEqualTo(first);
	}

	@Test
	void anExcludedCaseNeedsAReasonAndIsReplacedByTheNextInItsStratum() throws Exception {
		for (int i = 0; i < 4; i++) {
			fixtures.caseOfType(fixtures.unitB(), "test.b", "PLACEMENT", Fixtures.newChildCpr(), "Anbringelse " + i);
		}
		long id = newRound("Udeladelse", fixtures.unitB(), List.of("PLACEMENT"), 2, false, 0);
		call("test.jurist", post("/api/supervision/rounds/" + id + "/draw"), Map.of("seed", "x"), 200);
		List<String> sampleBefore = sampleOf(id);
		String out = sampleBefore.get(0);
		assertThat(call("test.jurist", post("/api/supervision/rounds/" + id + "/exclusions"), Map.of("caseNumber", out, "reason", ""), 400)
			.get("field").asString()).isEqualTo("reason");
		JsonNode replacement = call("test.jurist", post("/api/supervision/rounds/" + id + "/exclusions"),
				Map.of("caseNumber", out, "reason", "Sagen er flyttet til en anden kommune"), 200);
		// the next case by key in the excluded case's stratum, from the downloaded population
		List<String> before = new ArrayList<>(sampleBefore);
		String stratumOf = null;
		List<String[]> rows = new ArrayList<>();
		for (String line : text(get("/api/supervision/rounds/" + id + "/population.csv")).strip().split("\n")) {
			String[] f = line.split(";");
			if (!f[0].equals("sagsnummer")) {
				rows.add(f);
				if (f[0].equals(out)) {
					stratumOf = f[1];
				}
			}
		}
		String stratum = stratumOf;
		String expected = rows.stream()
			.filter(f -> f[1].equals(stratum) && !before.contains(f[0]))
			.min((a, b) -> a[2].compareTo(b[2]))
			.orElseThrow()[0];
		assertThat(replacement.get("caseNumber").asString()).isEqualTo(expected);
		assertThat(replacement.get("drawnAs").asString()).isEqualTo("REPLACEMENT");
		JsonNode sample = json.readTree(mvc.perform(get("/api/supervision/rounds/" + id + "/sample").with(httpBasic("test.jurist", Fixtures.PASSWORD)))
			.andReturn().getResponse().getContentAsByteArray());
		boolean found = false;
		for (JsonNode s : sample) {
			if (s.get("caseNumber").asString().equals(out)) {
				found = true;
				assertThat(s.get("excludedReason").asString()).isEqualTo("Sagen er flyttet til en anden kommune");
				assertThat(s.get("replacedBy").asString()).isEqualTo(expected);
			}
		}
		assertThat(found).isTrue();
	}

	@Test
	void checklistsArePrefilledFromDecisionGatesAndDeadlinesAndLevelFourOverrulesKeepingBoth() throws Exception {
		CaseFile c = fixtures.caseOfType(fixtures.unitC(), "test.c", "PREVENTIVE_MEASURE", Fixtures.newChildCpr(), "Forudfyldt tilsyn");
		CurrentUser worker = new CurrentUser("test.c", fixtures.staffId("test.c"), "Cille Testsen", StaffRole.CASEWORKER, fixtures.unitC());
		deadlines.recordEstablished(c, "NEED_BECAME_KNOWN", Instant.now().minus(150, ChronoUnit.DAYS), null, "test");
		long decision = decisions.create(c.caseNumber(), new DecisionDraft(DecisionType.GRANT, "Familiebehandling", "BL_32",
				"Familien har søgt.", "Barnet har behov for støtte.", "Betingelserne i Barnets lov § 32 er opfyldt.", null, false, null,
				null, TODAY.minusDays(3), null, null, null, TODAY, "Mor", TODAY.minusDays(1), false, null, null, null, null, null, null,
				null, null), worker).id();
		decisions.exempt(decision, "CHILD_CONVERSATION", "Samtalen ville belaste barnet efter psykologens vurdering.", worker);
		sending.send(decision, DeliveryChannel.DIGITAL_POST, worker);

		long id = newRound("Forudfyldning", fixtures.unitC(), List.of("PREVENTIVE_MEASURE"), 500, false, 0);
		call("test.jurist", post("/api/supervision/rounds/" + id + "/draw"), Map.of(), 200);
		JsonNode checklist = json.readTree(mvc.perform(get("/api/supervision/rounds/" + id + "/cases/" + c.caseNumber() + "/checklist")
			.with(httpBasic("test.jurist", Fixtures.PASSWORD))).andReturn().getResponse().getContentAsByteArray());
		assertThat(answer(checklist, "HEARING", 0)).isEqualTo("YES");
		assertThat(answer(checklist, "CHILD_CONVERSATION", 0)).isEqualTo("YES");
		assertThat(answer(checklist, "REASONS", 0)).isEqualTo("YES");
		assertThat(answer(checklist, "ASSESSMENT_4M", 0)).isEqualTo("NO");
		assertThat(answer(checklist, "PARENTS_GOALS", 0)).isNull();

		String url = "/api/supervision/rounds/" + id + "/cases/" + c.caseNumber() + "/answers";
		call("test.director", post(url), Map.of("question", "HEARING", "level", 1, "answer", "YES"), 200);
		call("test.director", post(url), Map.of("question", "HEARING", "level", 4, "answer", "NO", "comment", "x"), 403);
		assertThat(call("test.jurist", post(url), Map.of("question", "HEARING", "level", 4, "answer", "NO"), 400).get("field").asString())
			.isEqualTo("comment");
		JsonNode after = call("test.jurist", post(url), Map.of("question", "HEARING", "level", 4, "answer", "NO", "comment",
				"Høringsbrevet nævner ikke de oplysninger, afgørelsen bygger på."), 200);
		assertThat(answer(after, "HEARING", 0)).isEqualTo("YES");
		assertThat(answer(after, "HEARING", 1)).isEqualTo("YES");
		assertThat(answer(after, "HEARING", 4)).isEqualTo("NO");
		JsonNode results = json.readTree(mvc.perform(get("/api/supervision/rounds/" + id + "/results").with(httpBasic("test.jurist", Fixtures.PASSWORD)))
			.andReturn().getResponse().getContentAsByteArray());
		for (JsonNode r : results) {
			if (r.get("question").get("code").asString().equals("HEARING")) {
				assertThat(r.get("all").get("met").asInt()).isLessThan(r.get("all").get("total").asInt());
			}
		}
	}

	@Test
	void aFlaggedCaseGetsAFollowUpDeadlineAndTheRoundsOutputsAreJournaledWhenConcluded() throws Exception {
		CaseFile c = fixtures.caseOfType(fixtures.unitC(), "test.c", "PLACEMENT", Fixtures.newChildCpr(), "Udpeget sag");
		long id = newRound("Udpegning og resultater", fixtures.unitC(), List.of("PLACEMENT"), 500, false, 0);
		call("test.jurist", post("/api/supervision/rounds/" + id + "/draw"), Map.of("seed", "s"), 200);
		call("test.jurist", post("/api/supervision/rounds/" + id + "/flags"), Map.of("caseNumber", c.caseNumber(), "reason",
				"Barnets plan mangler helt", "owner", "test.c", "due", TODAY.plusDays(14).toString(), "proposeForAppealsBoard", true), 201);
		call("test.jurist", post("/api/supervision/rounds/" + id + "/draw"), Map.of(), 409);
		assertThat(jdbc.queryForObject("""
				SELECT count(*) FROM deadlines.deadline WHERE case_id = ? AND rule_code = 'SUPERVISION_FOLLOW_UP' AND status = 'OPEN'
				  AND due_date = ? AND caseworker_id = ?""", Integer.class, c.id(), TODAY.plusDays(14), fixtures.staffId("test.c"))).isOne();
		call("test.jurist", post("/api/supervision/rounds/" + id + "/flags/" + c.caseNumber() + "/appeals-board"), Map.of("chosen", true), 204);
		call("test.b", post("/api/supervision/rounds/" + id + "/flags/" + c.caseNumber() + "/follow-up"),
				Map.of("note", "Ikke min sag."), 403);
		call("test.c", post("/api/supervision/rounds/" + id + "/flags/" + c.caseNumber() + "/follow-up"),
				Map.of("note", "Barnets plan er udarbejdet med forældrene."), 204);
		assertThat(jdbc.queryForObject("SELECT status FROM deadlines.deadline WHERE case_id = ? AND rule_code = 'SUPERVISION_FOLLOW_UP'",
				String.class, c.id())).isEqualTo("MET");
		call("test.jurist", post("/api/supervision/rounds/" + id + "/findings"), Map.of("text", "Planer mangler i anbringelsessager.",
				"caseNumbers", List.of(c.caseNumber()), "questions", List.of("CHILD_PLAN")), 201);

		byte[] pdf = mvc.perform(get("/api/supervision/rounds/" + id + "/result-note.pdf").with(httpBasic("test.jurist", Fixtures.PASSWORD)))
			.andReturn().getResponse().getContentAsByteArray();
		String note;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			note = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
		assertThat(note).contains("Resultatnotat: Udpegning og resultater", "Frø: s.", "SHA-256(frø", "95 % interval",
				"Planer mangler i anbringelsessager.", c.caseNumber(), "Valgt");

		byte[] workbook = mvc.perform(get("/api/supervision/rounds/" + id + "/workbook.xlsx").with(httpBasic("test.jurist", Fixtures.PASSWORD)))
			.andReturn().getResponse().getContentAsByteArray();
		String sheet = libreOfficeCsv(workbook);
		// the questions by number and text, as the checklist shows them; no question code reaches the reader (issue 18)
		assertThat(sheet).contains("Sagsnummer", "4. Forelå barnets plan rettidigt", c.caseNumber(), "Nej (forudfyldt)")
			.doesNotContain("CHILD_PLAN");

		dk.sagsvagt.support.RoundReview.confirmAll(api, id, "test.jurist");
		JsonNode concluded = call("test.jurist", post("/api/supervision/rounds/" + id + "/conclude"), Map.of(), 200);
		assertThat(concluded.get("status").asString()).isEqualTo("CONCLUDED");
		assertThat(jdbc.queryForList("""
				SELECT d.file_name FROM journal.document d JOIN cases.case_file f ON f.id = d.case_id
				WHERE f.case_number = ? ORDER BY d.seq""", String.class, concluded.get("caseNumber").asString()))
			.containsExactly("tilsyn-regneark.xlsx", "resultatnotat.pdf");
		// the reviewing lawyer opens the round's case and its outputs; a caseworker elsewhere does not
		call("test.jurist", get("/api/documents/" + concluded.get("workbookDocument").asString()), null, 200);
		call("test.b", get("/api/cases/" + concluded.get("caseNumber").asString()), null, 403);
		call("test.jurist", post("/api/supervision/rounds/" + id + "/report"), Map.of(), 200);
		call("test.director", post("/api/supervision/rounds/" + id + "/acknowledgement"), Map.of(), 204);
		assertThat(jdbc.queryForObject("SELECT acknowledged_by FROM supervision.unit_report WHERE round_id = ? AND unit_id = ?", String.class,
				id, fixtures.unitC())).isEqualTo("test.director");
	}

	/** The workbook's first sheet as LibreOffice reads it: proof that it opens outside POI. */
	static String libreOfficeCsv(byte[] xlsx) throws Exception {
		Path dir = Files.createTempDirectory("workbook");
		Path file = dir.resolve("tilsyn.xlsx");
		Files.write(file, xlsx);
		Process process = new ProcessBuilder("soffice", "-env:UserInstallation=file://" + dir.resolve("profile"), "--headless",
				"--convert-to", "csv:Text - txt - csv (StarCalc):59,34,76", "--outdir", dir.toString(), file.toString())
			.redirectErrorStream(true)
			.start();
		assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
		Path csv = dir.resolve("tilsyn.csv");
		assertThat(csv).as(new String(process.getInputStream().readAllBytes())).exists();
		return Files.readString(csv, StandardCharsets.UTF_8);
	}

	static String answer(JsonNode checklist, String question, int level) {
		for (JsonNode row : checklist) {
			if (row.get("question").get("code").asString().equals(question)) {
				for (JsonNode a : row.get("answers")) {
					if (a.get("level").asInt() == level) {
						return a.get("answer").asString();
					}
				}
			}
		}
		return null;
	}

	List<String> sampleOf(long id) throws Exception {
		JsonNode sample = json.readTree(mvc.perform(get("/api/supervision/rounds/" + id + "/sample").with(httpBasic("test.jurist", Fixtures.PASSWORD)))
			.andReturn().getResponse().getContentAsByteArray());
		List<String> out = new ArrayList<>();
		sample.forEach(s -> out.add(s.get("caseNumber").asString()));
		return out;
	}

	String text(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(httpBasic("test.jurist", Fixtures.PASSWORD))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	JsonNode call(String user, MockHttpServletRequestBuilder request, Object body, int status) throws Exception {
		return api.call(user, request, body, status);
	}
}
