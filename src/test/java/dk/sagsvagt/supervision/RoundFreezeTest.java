package dk.sagsvagt.supervision;

import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;
import dk.sagsvagt.support.JsonApi;
import dk.sagsvagt.support.RoundReview;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Issue 17: a concluded round is frozen and corrected only by addenda; the seed cannot be changed after the draw; the
 * population's SHA-256 is that of the file served; flags and templates can be read; a case sent to Ankestyrelsen stays
 * chosen.
 */
@IntegrationTest
class RoundFreezeTest {

	static final LocalDate TODAY = LocalDate.now(dk.sagsvagt.shared.WorkingDayCalendar.COPENHAGEN);

	static final java.util.concurrent.atomic.AtomicInteger ROUNDS = new java.util.concurrent.atomic.AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonApi api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.springframework.security.core.userdetails.UserDetailsService users;

	CaseFile first;

	CaseFile second;

	/** Two cases in unit C alone make the population (opened on a day of their own); level 1 the director, level 4 the lawyer. */
	long roundOfTwo(String name, String seed) throws Exception {
		first = fixtures.caseOfType(fixtures.unitC(), "test.c", "PLACEMENT", Fixtures.newChildCpr(), "Første " + name);
		second = fixtures.caseOfType(fixtures.unitC(), "test.c", "PLACEMENT", Fixtures.newChildCpr(), "Anden " + name);
		LocalDate opened = LocalDate.of(2004, 4, 4).plusDays(ROUNDS.incrementAndGet());
		jdbc.update("UPDATE cases.case_file SET opened_at = ? WHERE id IN (?, ?)", java.sql.Timestamp.valueOf(opened.atTime(12, 0)),
				first.id(), second.id());
		Map<String, Object> round = new HashMap<>(Map.of("name", name, "periodFrom", TODAY.minusMonths(1).toString(), "periodTo",
				TODAY.toString(), "templateId", "CHILDREN_BL", "unitIds", List.of(fixtures.unitC()), "caseTypes", List.of("PLACEMENT"),
				"sampleSize", 10));
		round.put("openedFrom", opened.toString());
		round.put("openedTo", opened.toString());
		round.put("reviewers", Map.of("1", List.of("test.director"), "4", List.of("test.jurist")));
		long id = api.call("test.director", post("/api/supervision/rounds"), round, 201).get("id").asLong();
		api.call("test.director", post("/api/supervision/rounds/" + id + "/draw"), Map.of("seed", seed), 200);
		return id;
	}

	@Test
	void aRedrawWithAnotherSeedIsRefusedAndTheSameSeedGivesTheSameSample() throws Exception {
		long id = roundOfTwo("Frø", "foraar-2018");
		String url = "/api/supervision/rounds/" + id;
		JsonNode refused = api.call("test.director", post(url + "/draw"), Map.of("seed", "et-andet-frø"), 409);
		assertThat(refused.get("detail").asString()).contains("foraar-2018", "samme frø");
		JsonNode again = api.call("test.director", post(url + "/draw"), Map.of("seed", "foraar-2018"), 200);
		assertThat(again.get("seed").asString()).isEqualTo("foraar-2018");
		api.call("test.director", post(url + "/draw"), null, 200);
	}

	@Test
	void thePopulationHashIsTheSha256OfTheFileAsServed() throws Exception {
		long id = roundOfTwo("Hash", "hash-frø");
		String url = "/api/supervision/rounds/" + id;
		byte[] file = mvc.perform(get(url + "/population.csv").with(httpBasic("test.jurist", Fixtures.PASSWORD))).andReturn().getResponse()
			.getContentAsByteArray();
		String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
		assertThat(api.call("test.jurist", get(url), null, 200).get("populationSha256").asString()).isEqualTo(expected);
		String csv = new String(file, java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).startsWith("sagsnummer;stratum;sha256\n").doesNotContain("\r").contains(first.caseNumber(), second.caseNumber());
		// the stored hash does not move when the file is served again
		byte[] again = mvc.perform(get(url + "/population.csv").with(httpBasic("test.director", Fixtures.PASSWORD))).andReturn()
			.getResponse().getContentAsByteArray();
		assertThat(again).isEqualTo(file);

		RoundReview.confirmAll(api, id, "test.director");
		api.call("test.director", post(url + "/conclude"), null, 200);
		byte[] note = mvc.perform(get(url + "/result-note.pdf").with(httpBasic("test.jurist", Fixtures.PASSWORD))).andReturn()
			.getResponse().getContentAsByteArray();
		String text = pdfText(note).replaceAll("\\s+", " ");
		assertThat(text).contains("sha256sum population.csv").contains(expected.substring(0, 20));
	}

	@Test
	void aConcludedRoundIsFrozenAndCorrectedByAnAddendumWithNewVersionsOfItsOutputs() throws Exception {
		long id = roundOfTwo("Frossen", "frossen");
		String url = "/api/supervision/rounds/" + id;
		api.call("test.jurist", post(url + "/addenda"), Map.of("text", "Et tillæg før afslutningen."), 409);
		RoundReview.confirmAll(api, id, "test.director");
		JsonNode concluded = api.call("test.director", post(url + "/conclude"), null, 200);
		String workbook = concluded.get("workbookDocument").asString();
		String note = concluded.get("resultNoteDocument").asString();

		JsonNode flag = api.call("test.director", post(url + "/flags"), Map.of("caseNumber", first.caseNumber(), "reason", "Mangler handleplan",
				"owner", "test.c", "due", TODAY.plusDays(10).toString()), 409);
		assertThat(flag.get("detail").asString()).contains("afsluttet", "tillæg");
		api.call("test.director", post(url + "/findings"), Map.of("text", "Generel mangel på samtykke."), 409);
		api.call("test.director", post(url + "/cases/" + first.caseNumber() + "/answers"), Map.of("question", "HEARING", "level", 1,
				"answer", "NO", "comment", "Rettet"), 409);
		api.call("test.director", post(url + "/exclusions"), Map.of("caseNumber", first.caseNumber(), "reason", "Fejlagtigt med"), 409);
		// the database backs the freeze, whatever path a write takes
		assertThatThrownBy(() -> jdbc.update("""
				INSERT INTO supervision.finding (round_id, text, case_numbers, questions, created_by, created_at)
				VALUES (?, 'Efter afslutningen', '{}', '{}', 'test.director', now())""", id)).hasMessageContaining("afsluttet");

		api.call("test.c", post(url + "/addenda"), Map.of("text", "Ikke medlem af tilsynet."), 403);
		api.call("test.jurist", post(url + "/addenda"), Map.of("text", "kort"), 400);
		api.call("test.jurist", post(url + "/addenda"), Map.of("text", "Sagen er ikke i stikprøven.", "caseNumber", "2099-9999999"), 400);
		JsonNode added = api.call("test.jurist", post(url + "/addenda"), Map.of("text",
				"Spørgsmålet om partshøring er besvaret forkert i sagen; der var partshøring den 3. maj – se notatet.", "caseNumber",
				first.caseNumber()), 201);
		assertThat(added.get("seq").asInt()).isEqualTo(1);
		assertThat(added.get("createdByName").asString()).isEqualTo("Jens Jurist");
		String addendum = added.get("documentNumber").asString();
		assertThat(addendum).startsWith(concluded.get("caseNumber").asString() + "-");
		assertThat(pdfText(download("test.jurist", addendum))).contains("Tillæg nr. 1 til tilsynet Frossen", "Jens Jurist", "partshøring",
				"3. maj –");
		assertThat(api.call("test.director", get(url + "/addenda"), null, 200).findValuesAsString("documentNumber")).containsExactly(addendum);

		// the workbook and the note are journaled again as version 2; version 1 is kept as it was
		assertThat(versions(workbook)).isEqualTo(2);
		assertThat(versions(note)).isEqualTo(2);
		String first = pdfText(download("test.jurist", note + "?version=1"));
		String second = pdfText(download("test.jurist", note));
		assertThat(first).doesNotContain("Tillæg efter afslutningen");
		assertThat(second).contains("Tillæg efter afslutningen", "Tillæg nr. 1");
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(download("test.jurist", workbook)))) {
			assertThat(book.getSheet("Tillæg")).isNotNull();
			assertThat(book.getSheet("Tillæg").getRow(1).getCell(2).getStringCellValue()).isEqualTo("Jens Jurist");
		}
		String page = mvc.perform(get("/supervision/" + id).with(user(users.loadUserByUsername("test.jurist")))).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("Tillæg efter afslutningen", "Tillæg nr. 1", addendum).doesNotContain("id=\"finding-text\"");
		// the breakdown by measure shows the shares (it showed "–" in every cell: a map read by a literal key)
		String breakdown = page.substring(page.indexOf("id=\"category-table\""), page.indexOf("</table>", page.indexOf("id=\"category-table\"")));
		assertThat(breakdown).contains(" % (").doesNotContain(">HEARING<");
		// an addendum cannot be changed
		assertThatThrownBy(() -> jdbc.update("UPDATE supervision.addendum SET text = 'Ændret tekst her' WHERE round_id = ?", id))
			.hasMessageContaining("kan ikke ændres");
	}

	@Test
	void flagsAndTemplatesCanBeReadAndACaseSentToAnkestyrelsenStaysChosen() throws Exception {
		long id = roundOfTwo("Anke", "anke");
		String url = "/api/supervision/rounds/" + id;
		api.call("test.director", post(url + "/flags"), Map.of("caseNumber", first.caseNumber(), "reason", "Mangler handleplan",
				"owner", "test.c", "due", TODAY.plusDays(10).toString(), "proposeForAppealsBoard", true), 201);
		api.call("test.jurist", post(url + "/flags/" + first.caseNumber() + "/appeals-board"), Map.of("chosen", true, "note",
				"Udvalgt i samråd med Borgerrådgiveren"), 204);
		JsonNode flags = api.call("test.jurist", get(url + "/flags"), null, 200);
		assertThat(flags).hasSize(1);
		assertThat(flags.get(0).get("choiceNote").asString()).isEqualTo("Udvalgt i samråd med Borgerrådgiveren");
		assertThat(flags.get(0).get("chosenForAppealsBoard").asBoolean()).isTrue();
		api.call("test.c", get(url + "/flags"), null, 403);

		JsonNode templates = api.call("test.jurist", get("/api/supervision/templates"), null, 200);
		JsonNode children = null;
		for (JsonNode t : templates) {
			if (t.get("id").asString().equals("CHILDREN_BL")) {
				children = t;
			}
		}
		assertThat(children).isNotNull();
		assertThat(children.get("questions").findValuesAsString("code")).contains("HEARING");

		// sent: the choice stands
		api.call("test.jurist", post("/api/referrals/from-round/" + id), Map.of("answerDue", TODAY.plusDays(30).toString()), 201);
		JsonNode refused = api.call("test.jurist", post(url + "/flags/" + first.caseNumber() + "/appeals-board"), Map.of("chosen", false), 409);
		assertThat(refused.get("detail").asString()).contains("allerede sendt til Ankestyrelsen");
		assertThat(api.call("test.jurist", get(url + "/flags"), null, 200).get(0).get("sentToAppealsBoardAt").isNull()).isFalse();
	}

	int versions(String documentNumber) {
		return jdbc.queryForObject("SELECT count(*) FROM journal.document WHERE document_number = ?", Integer.class, documentNumber);
	}

	byte[] download(String user, String documentNumber) throws Exception {
		String[] parts = documentNumber.split("\\?");
		var request = get("/api/documents/" + parts[0] + "/content" + (parts.length > 1 ? "?" + parts[1] : ""));
		var response = mvc.perform(request.with(httpBasic(user, Fixtures.PASSWORD))).andReturn().getResponse();
		assertThat(response.getStatus()).as("download " + documentNumber).isEqualTo(200);
		return response.getContentAsByteArray();
	}

	static String pdfText(byte[] pdf) throws Exception {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(doc);
		}
	}
}
