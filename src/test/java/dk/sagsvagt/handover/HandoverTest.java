package dk.sagsvagt.handover;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import dk.sagsvagt.access.AccessGrants;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.cases.CaseworkerChanges;
import dk.sagsvagt.deadlines.CaseDeadlines;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.oversight.InformationRequests;
import dk.sagsvagt.oversight.NewRequest;
import dk.sagsvagt.supervision.Flags;
import dk.sagsvagt.supervision.NewRound;
import dk.sagsvagt.supervision.SupervisionRounds;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;
import dk.sagsvagt.support.JsonApi;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A caseworker who leaves holds two cases (one with a deadline tomorrow), an inquiry, a request from Borgerrådgiveren
 * and a supervision follow-up: deactivation is refused (by the service and by the database) until a leader has handed
 * everything over, with a note for the case at risk; the timelines record the handover and the deadlines move.
 */
@IntegrationTest
class HandoverTest {

	static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

	@Autowired
	JsonApi api;

	@Autowired
	Fixtures fixtures;

	@Autowired
	Organisation organisation;

	@Autowired
	CaseDeadlines deadlines;

	@Autowired
	InformationRequests requests;

	@Autowired
	SupervisionRounds rounds;

	@Autowired
	Flags flags;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CaseworkerChanges changes;

	@Autowired
	Cases cases;

	@Autowired
	AccessGrants grants;

	CurrentUser leader() {
		return new CurrentUser("test.leader.a", fixtures.staffId("test.leader.a"), "Lis Testleder", StaffRole.UNIT_LEADER, fixtures.unitA());
	}

	@Test
	void deactivationIsRefusedWithOpenWorkAndABulkHandoverMovesEverythingAndRecordsIt() throws Exception {
		fixtures.unitA();
		String leaver = "test.leaver." + System.nanoTime() % 1_000_000;
		grants.createUser(leaver, "Lars Rejsende", StaffRole.CASEWORKER, fixtures.unitA(), "en-lang-adgangskode-1", "test");
		long leaverId = fixtures.staffId(leaver);
		CaseFile urgent = fixtures.caseOfType(fixtures.unitA(), leaver, "NOTIFICATION", Fixtures.newChildCpr(), "Underretning om Emil");
		deadlines.recordHistoric(urgent.id(), urgent.caseNumber(), urgent.caseType(), urgent.unitId(), leaverId, "NOTIFICATION_RECEIVED",
				Instant.now().minus(2, ChronoUnit.HOURS), "test");
		CaseFile calm = fixtures.caseOfType(fixtures.unitA(), leaver, "PREVENTIVE_MEASURE", Fixtures.newChildCpr(), "Familiebehandling");
		JsonNode inquiry = api.call("test.leader.a", post("/api/inquiries"), Map.of("addressedTo", "MAYOR", "channel", "LETTER",
				"receivedOn", TODAY.toString(), "citizenCpr", Fixtures.newChildCpr(), "citizenName", "Bo Borger", "subject", "Ventetid",
				"text", "Hvornår får jeg svar?", "assignee", leaver), 201);
		long request = requests.register(new NewRequest("OMBUDSMAN", "BR-H", TODAY, "Anmodning om akter", TODAY.plusDays(20), leaver, null,
				List.of("Sagens akter"), null, null), leader()).id();
		long round = rounds.create(new NewRound("Runde med opfølgning", TODAY.minusMonths(1), TODAY, "CHILDREN_BL", null,
				List.of(fixtures.unitA()), List.of("PREVENTIVE_MEASURE"), TODAY, TODAY, 500, false, false, 0, null,
				Map.of(2, List.of("test.leader.a"))), leader()).id();
		rounds.draw(round, "overdragelse", leader());
		flags.flag(rounds.get(round, leader()), calm.caseNumber(), "Planen mangler", leaver, TODAY.plusDays(40), false, leader());

		// refused while anything is held, with the counts
		api.call("test.leader.a", post("/api/staff/" + leaver + "/deactivation"), null, 403);
		JsonNode refused = api.call("test.admin", post("/api/staff/" + leaver + "/deactivation"), null, 409);
		assertThat(refused.get("openCases").asInt()).as("two cases, the inquiry's case and the request's own case").isEqualTo(4);
		assertThat(refused.get("openRequests").asInt()).isOne();
		assertThat(refused.get("openFollowUps").asInt()).isOne();
		assertThatThrownBy(() -> jdbc.update("UPDATE organisation.staff SET active = false WHERE username = ?", leaver))
			.as("the database refuses it too").hasMessageContaining("holds open work");

		JsonNode held = api.call("test.leader.a", get("/api/handovers/" + leaver), null, 200);
		assertThat(held.get("cases").findValuesAsString("caseNumber")).contains(urgent.caseNumber(), calm.caseNumber(),
				inquiry.get("caseNumber").asString());
		JsonNode urgentRow = find(held.get("cases"), urgent.caseNumber());
		assertThat(urgentRow.get("atRisk").asBoolean()).as("a notification is assessed within 24 hours").isTrue();
		assertThat(find(held.get("cases"), calm.caseNumber()).get("atRisk").asBoolean()).isFalse();
		assertThat(held.get("colleagues").findValuesAsString("username")).contains("test.a", "test.a2").doesNotContain(leaver);
		api.call("test.a", get("/api/handovers/" + leaver), null, 403);

		// a note is required for the case at risk; nothing moves when it is missing
		JsonNode noNote = api.call("test.leader.a", post("/api/handovers/" + leaver), Map.of("to", "test.a"), 400);
		assertThat(noNote.get("field").asString()).isEqualTo("notes");
		assertThat(noNote.get("detail").asString()).contains(urgent.caseNumber()).doesNotContain(calm.caseNumber());
		assertThat(caseworkerOf(urgent.caseNumber())).isEqualTo(leaverId);

		// the inquiry's reply date and the request's answer date are within 20 working days too
		Map<String, String> notes = new java.util.HashMap<>();
		for (JsonNode c : held.get("cases")) {
			if (c.get("atRisk").asBoolean()) {
				notes.put(c.get("caseNumber").asString(), "Svarfristen nærmer sig.");
			}
		}
		assertThat(notes).containsKeys(inquiry.get("caseNumber").asString()).hasSize(3);
		notes.put(urgent.caseNumber(), "Underretningen skal vurderes i dag.");
		JsonNode after = api.call("test.leader.a", post("/api/handovers/" + leaver), Map.of("to", "test.a",
				"cases", Map.of(calm.caseNumber(), "test.a2"), "notes", notes), 200);
		assertThat(after.get("cases").isEmpty()).isTrue();
		assertThat(after.get("requests").isEmpty()).isTrue();
		assertThat(after.get("followUps").isEmpty()).isTrue();
		assertThat(after.get("otherDeadlines").asInt()).isZero();

		assertThat(caseworkerOf(urgent.caseNumber())).isEqualTo(fixtures.staffId("test.a"));
		assertThat(caseworkerOf(calm.caseNumber())).isEqualTo(fixtures.staffId("test.a2"));
		assertThat(jdbc.queryForObject("SELECT DISTINCT caseworker_id FROM deadlines.deadline WHERE case_id = ? AND status = 'OPEN'", Long.class,
				urgent.id())).as("the deadlines follow the case").isEqualTo(fixtures.staffId("test.a"));
		assertThat(jdbc.queryForList("SELECT summary FROM cases.case_event WHERE case_id = ? AND kind = 'HANDOVER'", String.class, urgent.id()))
			.containsExactly("Overdraget fra Lars Rejsende til Anne Testsen. Overdragelsesnotat: Underretningen skal vurderes i dag.");
		assertThat(jdbc.queryForObject("SELECT s.username FROM inquiries.inquiry i JOIN organisation.staff s ON s.id = i.assignee_id WHERE i.id = ?",
				String.class, inquiry.get("id").asLong())).isEqualTo("test.a");
		assertThat(jdbc.queryForObject("SELECT responsible FROM oversight.request WHERE id = ?", String.class, request)).isEqualTo("test.a");
		assertThat(jdbc.queryForObject("SELECT owner FROM supervision.flag WHERE round_id = ? AND case_number = ?", String.class, round,
				calm.caseNumber())).isEqualTo("test.a");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM deadlines.deadline WHERE caseworker_id = ? AND status = 'OPEN'", Long.class, leaverId))
			.isZero();
		assertThat(jdbc.queryForObject("SELECT cases FROM handover.handover WHERE from_staff = ?", Integer.class, leaverId)).isEqualTo(4);

		api.call("test.admin", post("/api/staff/" + leaver + "/deactivation"), null, 204);
		assertThat(jdbc.queryForObject("SELECT active FROM organisation.staff WHERE username = ?", Boolean.class, leaver)).isFalse();
		api.call("test.admin", post("/api/staff/" + leaver + "/deactivation"), null, 409);
	}

	@Test
	void aCaseThatChangesHandsTwiceIsCountedAndItsDeadlinesAfterTheHandoverAreCompared() throws Exception {
		CaseFile c = fixtures.caseOfType(fixtures.unitA(), "test.a", "NOTIFICATION", Fixtures.newChildCpr(), "Skifter hænder");
		deadlines.recordHistoric(c.id(), c.caseNumber(), c.caseType(), c.unitId(), fixtures.staffId("test.a"), "NOTIFICATION_RECEIVED",
				Instant.now().minus(30, ChronoUnit.HOURS), "test");
		fixtures.unitA();
		long before = repeatedInUnitA();
		moveOne(c, "test.a2");
		moveOne(c, "test.a");
		// as if the first handover was two days ago: the notification's 24 hours ran out after it
		jdbc.update("INSERT INTO deadlines.handover_mark (case_id, changed_at) VALUES (?, now() - interval '2 days')", c.id());
		assertThat(repeatedInUnitA()).isEqualTo(before + 1);
		JsonNode measures = api.call("test.leader.a", get("/api/handovers/measures"), null, 200);
		JsonNode row = null;
		for (JsonNode r : measures.get("afterHandover")) {
			if (r.get("unit").asString().equals("Testenhed A") && r.get("month").asString().equals(TODAY.toString().substring(0, 7))) {
				row = r;
			}
		}
		assertThat(row).isNotNull();
		assertThat(row.get("missedAfterHandover").asLong()).as("the notification passed its 24 hours after the handover").isPositive();
	}

	void moveOne(CaseFile c, String to) {
		changes.reassign(cases.byIdForModule(c.id()), fixtures.staffId(to), null, "test");
	}

	long repeatedInUnitA() throws Exception {
		JsonNode measures = api.call("test.leader.a", get("/api/handovers/measures"), null, 200);
		for (JsonNode r : measures.get("repeated")) {
			if (r.get("unitId").asLong() == fixtures.unitA()) {
				return r.get("casesChangedRepeatedly").asLong();
			}
		}
		return 0;
	}

	long caseworkerOf(String caseNumber) {
		return jdbc.queryForObject("SELECT caseworker_id FROM cases.case_file WHERE case_number = ?", Long.class, caseNumber);
	}

	static JsonNode find(JsonNode array, String caseNumber) {
		for (JsonNode n : array) {
			if (n.get("caseNumber").asString().equals(caseNumber)) {
				return n;
			}
		}
		throw new AssertionError(caseNumber + " not in " + array);
	}
}
