package dk.sagsvagt.migration;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.access.Scope;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.cases.RegisterCase;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Staff;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;
import dk.sagsvagt.support.JsonApi;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The migration from an earlier case system (issue 20): 1,000 generated cases taken over twice (the second run
 * changes nothing), historic numbers that new cases never collide with, a Danish report per refused case with nothing
 * of it saved, files from a ZIP package, and the importer's right and trail in the access log.
 */
@IntegrationTest
class MigrationImportTest {

	@Autowired
	MigrationImport migration;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Organisation organisation;

	@Autowired
	Cases cases;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonApi api;

	final ObjectMapper json = new ObjectMapper();

	@Test
	void aThousandCasesTakenOverTwiceChangeNothingTheSecondTime(@TempDir Path dir) throws Exception {
		List<Map<String, Object>> generated = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			generated.add(generatedCase(i));
		}
		Path file = dir.resolve("sager.json");
		Files.write(file, json.writeValueAsBytes(file(generated)));
		long logBefore = jdbc.queryForObject("SELECT coalesce(max(id), 0) FROM access.access_log", Long.class);

		MigrationReport first = MigrationPackages.importFile(migration, file, dir, admin(), Integer.MAX_VALUE, Long.MAX_VALUE);
		assertThat(first.problems()).as(first.danish()).isEmpty();
		assertThat(first.imported()).hasSize(1000);
		Map<String, Long> after = counts();

		MigrationReport second = MigrationPackages.importFile(migration, file, dir, admin(), Integer.MAX_VALUE, Long.MAX_VALUE);
		assertThat(second.problems()).isEmpty();
		assertThat(second.imported()).isEmpty();
		assertThat(second.skipped()).hasSize(1000).contains("2018-0400000", "2018-0400999");
		assertThat(counts()).as("the second run changes nothing").isEqualTo(after);

		// the case as the earlier system had it: its number, its (since retired) KLE number, parties, journal, deadlines
		Map<String, Object> c = jdbc.queryForMap("""
				SELECT f.id, f.kle, f.status, f.opened_at, (SELECT count(*) FROM cases.case_party p WHERE p.case_id = f.id) AS parties,
				       (SELECT count(*) FROM journal.document d WHERE d.case_id = f.id) AS documents,
				       (SELECT string_agg(d.document_number || ' ' || d.journaled_by, ',' ORDER BY d.seq) FROM journal.document d WHERE d.case_id = f.id) AS numbers
				FROM cases.case_file f WHERE f.case_number = '2018-0400007'""");
		assertThat(c.get("kle")).isEqualTo("27.20.10");
		assertThat(c.get("status")).isEqualTo("CLOSED");
		assertThat(c.get("parties")).isEqualTo(2L);
		assertThat(c.get("numbers")).isEqualTo("2018-0400007-1 test.a,2018-0400007-2 test.a");
		long caseId = ((Number) c.get("id")).longValue();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM deadlines.deadline WHERE case_id = ? AND status = 'OPEN'", Long.class, caseId))
			.as("a closed case holds no open deadline").isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM deadlines.deadline WHERE case_id = ?", Long.class, caseId)).isPositive();
		// an open case's deadline computed from the event's date, by the catalogue (24 hours for the assessment)
		assertThat(jdbc.queryForObject("""
				SELECT d.due_at FROM deadlines.deadline d JOIN cases.case_file f ON f.id = d.case_id
				WHERE f.case_number = '2018-0400002' AND d.rule_code = 'NOTIFICATION_ASSESSMENT'""", Instant.class))
			.isEqualTo(Instant.parse("2018-03-04T09:00:00Z"));
		// a decision as sent: the complaint period from the receipt the earlier system knew of
		Map<String, Object> decision = jdbc.queryForMap("""
				SELECT d.status, d.received_on, d.letter_document_number FROM decisions.decision d JOIN cases.case_file f ON f.id = d.case_id
				WHERE f.case_number = '2018-0400010'""");
		assertThat(decision.get("status")).isEqualTo("SENT");
		assertThat(decision.get("received_on")).hasToString("2018-05-04");
		assertThat(decision.get("letter_document_number")).isEqualTo("2018-0400010-2");
		// the access log says who put whose case here, once per case
		assertThat(jdbc.queryForObject("SELECT count(*) FROM access.access_log WHERE id > ? AND action = 'MIGRATE' AND username = 'test.admin'",
				Long.class, logBefore)).isEqualTo(1000L);
	}

	@Test
	void aNewCaseNeverDrawsANumberTakenOver(@TempDir Path dir) throws Exception {
		Map<String, Object> old = generatedCase(0);
		old.put("caseNumber", "2017-0400505");
		old.put("openedAt", "2017-06-01T09:00:00+02:00");
		old.remove("closedAt");
		Path file = dir.resolve("sager.json");
		Files.write(file, json.writeValueAsBytes(file(List.of(old))));
		MigrationReport report = MigrationPackages.importFile(migration, file, dir, admin(), 10, Long.MAX_VALUE);
		assertThat(report.problems()).as(report.danish()).isEmpty();

		CaseFile next = cases.register(new RegisterCase("NOTIFICATION", "Ny sag efter migreringen", Fixtures.newChildCpr(), "Ny Nielsen"),
				fixtures.unitA(), fixtures.staffId("test.a"), Instant.parse("2017-07-01T10:00:00Z"), "test");
		assertThat(next.caseNumber()).isEqualTo("2017-0400506");
	}

	@Test
	void eachRefusedCaseIsReportedByItsLineAndNothingOfItIsSaved(@TempDir Path dir) throws Exception {
		Map<String, Object> good = generatedCase(2000);
		Map<String, Object> badCpr = generatedCase(2001);
		((Map<String, Object>) ((List<?>) badCpr.get("parties")).get(1)).put("cpr", "3213");
		Map<String, Object> unknownField = generatedCase(2002);
		unknownField.put("titel", "stavefejl");
		Map<String, Object> lateFault = generatedCase(2003);
		// the documents are journaled before the decisions are read: the fault comes after rows were written
		lateFault.put("decisions", List.of(decision("findes-ikke")));
		Path file = dir.resolve("sager.json");
		Files.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(file(List.of(good, badCpr, unknownField, lateFault))));

		MigrationReport report = MigrationPackages.importFile(migration, file, dir, admin(), 10, Long.MAX_VALUE);

		assertThat(report.imported()).extracting(MigrationReport.Imported::caseNumber).containsExactly("2018-0402000");
		assertThat(report.problems()).hasSize(3);
		List<String> lines = Files.readAllLines(file);
		for (MigrationReport.Problem p : report.problems()) {
			assertThat(lines.get(p.line() - 1)).as("the line where the case begins").contains("{");
		}
		assertThat(report.problems()).extracting(MigrationReport.Problem::danish)
			.anySatisfy(t -> assertThat(t).contains("sag 2018-0402001, parties[1].cpr: ").contains("CPR"))
			.anySatisfy(t -> assertThat(t).contains("sag 2018-0402002, titel: Ukendt felt: 'titel'."))
			.anySatisfy(t -> assertThat(t).contains("sag 2018-0402003, decisions[0].letter: Ingen af sagens dokumenter har referencen 'findes-ikke'."));
		assertThat(report.danish()).startsWith("1 sag overtaget, 0 sprunget over (findes allerede), 3 afvist.");
		assertThat(jdbc.queryForObject("""
				SELECT count(*) FROM cases.case_file WHERE case_number IN ('2018-0402001', '2018-0402002', '2018-0402003')""", Long.class))
			.as("all or nothing per case").isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM journal.document WHERE document_number LIKE '2018-0402003-%'", Long.class)).isZero();
	}

	@Test
	void anAdministratorSendsAZipPackageWithTheFilesAndACaseworkerMayNot(@TempDir Path dir) throws Exception {
		Map<String, Object> c = generatedCase(3000);
		Map<String, Object> doc = (Map<String, Object>) ((List<?>) c.get("documents")).get(0);
		doc.put("file", Map.of("path", "filer/underretning.txt", "contentType", "text/plain"));
		Map<String, Object> inline = generatedCase(3001);
		((Map<String, Object>) ((List<?>) inline.get("documents")).get(0)).put("file", Map.of("name", "notat.txt", "contentType",
				"text/plain", "content", Base64.getEncoder().encodeToString("Notat fra det gamle system".getBytes(StandardCharsets.UTF_8))));
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(zip)) {
			out.putNextEntry(new ZipEntry(MigrationPackages.ENTRY));
			out.write(json.writeValueAsBytes(file(List.of(c))));
			out.putNextEntry(new ZipEntry("filer/underretning.txt"));
			out.write("Underretning fra skolen, som den blev scannet".getBytes(StandardCharsets.UTF_8));
		}
		MockMultipartFile upload = new MockMultipartFile("file", "migrering.zip", "application/zip", zip.toByteArray());

		mvc.perform(multipart("/api/admin/migration").file(upload).with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(403));
		JsonNode answer = json.readTree(mvc.perform(multipart("/api/admin/migration").file(upload).with(httpBasic("test.admin", Fixtures.PASSWORD)))
			.andReturn().getResponse().getContentAsString());
		assertThat(answer.get("imported").asInt()).as(answer.toString()).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT file_size FROM journal.document WHERE document_number = '2018-0403000-1'", Long.class))
			.isEqualTo((long) "Underretning fra skolen, som den blev scannet".getBytes(StandardCharsets.UTF_8).length);

		JsonNode body = api.call("test.admin", post("/api/admin/migration"), file(List.of(inline)), 200);
		assertThat(body.get("imported").asInt()).as(body.toString()).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT file_name FROM journal.document WHERE document_number = '2018-0403001-1'", String.class))
			.isEqualTo("notat.txt");

		// a path is read only from a package: inline JSON has none to read from
		Map<String, Object> byPath = generatedCase(3002);
		((Map<String, Object>) ((List<?>) byPath.get("documents")).get(0)).put("file", Map.of("path", "../../etc/passwd"));
		JsonNode refused = api.call("test.admin", post("/api/admin/migration"), file(List.of(byPath)), 200);
		assertThat(refused.get("problems").get(0).get("field").asString()).isEqualTo("documents[0].file.path");
		assertThat(refused.get("report").asString()).contains("Filer med sti kan kun indlæses fra en ZIP-pakke eller en mappe.");
		// and from a folder, only inside it
		Path file = dir.resolve("sager.json");
		Files.write(file, json.writeValueAsBytes(file(List.of(byPath))));
		MigrationReport outside = MigrationPackages.importFile(migration, file, dir, admin(), 10, Long.MAX_VALUE);
		assertThat(outside.danish()).contains("documents[0].file.path: Stien '../../etc/passwd' skal være relativ og blive inden for pakken.");
		// nor through a link that leads out of it
		Files.createSymbolicLink(dir.resolve("ud"), Path.of("/etc"));
		Map<String, Object> byLink = generatedCase(3003);
		((Map<String, Object>) ((List<?>) byLink.get("documents")).get(0)).put("file", Map.of("path", "ud/passwd"));
		Files.write(file, json.writeValueAsBytes(file(List.of(byLink))));
		assertThat(MigrationPackages.importFile(migration, file, dir, admin(), 10, Long.MAX_VALUE).danish())
			.contains("sag 2018-0403003, documents[0].file.path: Filen 'ud/passwd' findes ikke i mappen.");

		mvc.perform(post("/api/admin/migration").contentType(MediaType.APPLICATION_JSON).content("{\"format\": \"noget andet\", \"cases\": []}")
			.with(httpBasic("test.admin", Fixtures.PASSWORD)))
			.andExpect(result -> assertThat(result.getResponse().getContentAsString()).contains("Formatet skal være \\\"sagsvagt-migration/1\\\"."));
	}

	private Map<String, Object> file(List<Map<String, Object>> cases) {
		Map<String, Object> file = new LinkedHashMap<>();
		file.put("format", "sagsvagt-migration/1");
		file.put("source", "Testsystemet");
		file.put("cases", cases);
		return file;
	}

	/** Case i: a notification (every fourth a measure with a decision), opened in 2018, every seventh closed. */
	private Map<String, Object> generatedCase(int i) {
		String number = "2018-" + String.format("%07d", 400000 + i);
		boolean measure = i % 10 == 0;
		String opened = "2018-03-0" + (1 + i % 5) + "T10:00:00+01:00";
		Map<String, Object> c = new LinkedHashMap<>();
		c.put("caseNumber", number);
		c.put("caseType", measure ? "PREVENTIVE_MEASURE" : "NOTIFICATION");
		if (i % 7 == 0) {
			c.put("kle", "27.20.10");
			c.put("kleFacet", "G01");
		}
		c.put("title", (measure ? "Familiebehandling " : "Underretning ") + i);
		c.put("unit", organisation.unit(fixtures.unitA()).name());
		c.put("caseworker", "test.a");
		c.put("openedAt", opened);
		if (i % 7 == 0) {
			c.put("closedAt", "2018-09-01T12:00:00+02:00");
		}
		c.put("parties", List.of(new LinkedHashMap<>(Map.of("cpr", Fixtures.newChildCpr(), "name", "Migreret Barn " + i, "role", "PRIMARY")),
				new LinkedHashMap<>(Map.of("cpr", Fixtures.newChildCpr(), "name", "Migreret Forælder " + i, "role", "CUSTODIAL_PARENT"))));
		c.put("documents", List.of(
				new LinkedHashMap<>(Map.of("ref", "d1", "title", "Underretning modtaget", "direction", "INCOMING", "kind", "LETTER", "documentDate", opened.substring(0, 10),
						"text", "Underretning fra skolen om fravær.", "journaledAt", opened, "journaledBy", "test.a")),
				Map.of("ref", "d2", "title", measure ? "Afgørelse om familiebehandling" : "Notat", "direction", measure ? "OUTGOING" : "INTERNAL",
						"kind", measure ? "DECISION" : "NOTE", "text", "Vurdering af sagen.", "journaledAt", "2018-05-01T10:00:00+02:00",
						"journaledBy", "test.a")));
		c.put("deadlineEvents", measure ? List.of(Map.of("event", "MEASURE_STARTED", "occurredAt", opened))
				: List.of(Map.of("event", "NOTIFICATION_RECEIVED", "occurredAt", opened)));
		if (measure) {
			c.put("decisions", List.of(decision("d2")));
		}
		return c;
	}

	private static Map<String, Object> decision(String letter) {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("sentAt", "2018-05-01T10:00:00+02:00");
		d.put("channel", "LETTER_POST");
		d.put("receivedOn", "2018-05-04");
		d.put("letter", letter);
		d.put("content", Map.of("type", "GRANT", "measure", "Familiebehandling", "legalBasis", "SEL_52", "facts", "Familien har behov for støtte.",
				"reasons", "Betingelserne i serviceloven § 52 er opfyldt."));
		return d;
	}

	private CurrentUser admin() {
		Staff staff = organisation.staffByUsername("test.admin").orElseThrow();
		return new CurrentUser(staff.username(), staff.id(), staff.fullName(), staff.role(), staff.unitId(), staff.teamId(),
				Scope.defaultFor(staff.role()));
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : List.of("cases.case_file", "cases.case_party", "cases.case_event", "cases.case_status_change", "citizens.citizen",
				"journal.document", "deadlines.deadline", "deadlines.case_event", "decisions.decision", "decisions.recipient", "decisions.gate_state")) {
			counts.put(table, jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class));
		}
		counts.put("migrations in the access log", jdbc.queryForObject("SELECT count(*) FROM access.access_log WHERE action = 'MIGRATE'", Long.class));
		counts.put("sequence 2018", jdbc.queryForObject("SELECT last_value FROM cases.case_number_2018", Long.class));
		return counts;
	}
}
