package dk.sagsvagt.access;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class AccessLogTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	AccessLog accessLog;

	@Test
	void anAllowedAndADeniedReadAreBothLogged() throws Exception {
		CaseFile c = fixtures.caseIn(fixtures.unitA(), "test.a", "Sag der logges");
		mvc.perform(get("/api/cases/{n}", c.caseNumber()).with(httpBasic("test.a", Fixtures.PASSWORD))).andExpect(status().isOk());
		mvc.perform(get("/api/cases/{n}", c.caseNumber()).with(httpBasic("test.b", Fixtures.PASSWORD))).andExpect(status().isForbidden());

		List<Map<String, Object>> rows = jdbc.queryForList("""
				SELECT username, role, action, outcome, case_number, citizen_ids, client_address
				FROM access.access_log WHERE case_id = ? ORDER BY id""", c.id());
		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).containsEntry("username", "test.a").containsEntry("role", "CASEWORKER")
			.containsEntry("action", "VIEW_CASE").containsEntry("outcome", "ALLOWED").containsEntry("case_number", c.caseNumber())
			.containsEntry("client_address", "127.0.0.1");
		assertThat(rows.get(0).get("citizen_ids").toString()).contains(String.valueOf(c.primaryCitizenId()));
		assertThat(rows.get(1)).containsEntry("username", "test.b").containsEntry("outcome", "DENIED");
	}

	@Test
	void theHourlyCheckVerifiesEachOlderDayAtItsOwnHourOfTheDay() {
		java.time.LocalDate today = java.time.LocalDate.of(2031, 5, 20);
		java.time.LocalDate old = today.minusDays(40);
		jdbc.update("INSERT INTO access.chain_head (day, shard, seq, hash) VALUES (?, 0, 0, access.genesis(?, CAST(0 AS smallint))) "
				+ "ON CONFLICT DO NOTHING", old, old);
		int hourOfOld = (int) Math.floorMod(old.toEpochDay(), 24);
		assertThat(accessLog.hourlyCheck(today, hourOfOld)).extracting(AccessLog.Verification::from).contains(old, today.minusDays(1));
		assertThat(accessLog.hourlyCheck(today, (hourOfOld + 1) % 24)).extracting(AccessLog.Verification::from).doesNotContain(old)
			.contains(today.minusDays(1));
	}

	@Test
	void aSearchIsLoggedWithCprNumbersHashed() throws Exception {
		fixtures.unitA();
		mvc.perform(get("/api/search").param("q", "barn 010190-1234").with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().isOk());
		String terms = jdbc.queryForObject("""
				SELECT search_terms FROM access.access_log WHERE action = 'SEARCH' AND username = 'test.a'
				ORDER BY id DESC LIMIT 1""", String.class);
		assertThat(terms).startsWith("barn cpr:").doesNotContain("1234").doesNotContain("010190");
	}

	@Test
	void aCprNumberWrittenAnyWayIsHashedTheSameInSearchTermsAndNeverInClearInARefusedAddress() throws Exception {
		fixtures.unitA();
		List<String> ways = List.of("230649-3494", "2306493494", "230649 3494", "230649\u20133494", "230649\u20143494",
				"230649 - 3494", "23.06.49-3494", "230649\u00a03494", "230649\u22123494");
		for (String way : ways) {
			mvc.perform(get("/api/search").param("q", "sag " + way).with(httpBasic("test.c", Fixtures.PASSWORD)))
				.andExpect(status().isOk());
		}
		List<String> terms = jdbc.queryForList("""
				SELECT search_terms FROM access.access_log WHERE action = 'SEARCH' AND username = 'test.c'
				ORDER BY id DESC LIMIT ?""", String.class, ways.size());
		assertThat(terms).hasSize(ways.size()).allSatisfy(t -> assertThat(t).doesNotContain("3494").doesNotContain("230649"));
		assertThat(terms.stream().distinct()).as("one hash for one number").hasSize(1);
		assertThat(terms.get(0)).matches("sag cpr:[0-9a-f]{32}");

		for (String address : List.of("/api/citizens/230649-3494", "/api/citizens/230649%E2%80%933494", "/api/citizens/230649%203494")) {
			// no such address: answered 404, and the attempt is logged with the number hashed
			mvc.perform(get(java.net.URI.create(address)).with(httpBasic("test.c", Fixtures.PASSWORD))).andExpect(status().isNotFound());
		}
		List<String> details = jdbc.queryForList("""
				SELECT detail FROM access.access_log WHERE action = 'REQUEST' AND username = 'test.c'
				ORDER BY id DESC LIMIT 3""", String.class);
		assertThat(details).hasSize(3).allSatisfy(d -> assertThat(d).startsWith("GET /api/citizens/cpr:").doesNotContain("3494"));
	}

	@Test
	void theLogRefusesUpdateAndDeleteEvenWithPlainSql() throws Exception {
		CaseFile c = fixtures.caseIn(fixtures.unitA(), "test.a", "Sag til slettetest");
		mvc.perform(get("/api/cases/{n}", c.caseNumber()).with(httpBasic("test.a", Fixtures.PASSWORD))).andExpect(status().isOk());
		assertThatThrownBy(() -> jdbc.update("UPDATE access.access_log SET username = 'nogen'"))
			.isInstanceOf(DataAccessException.class).hasStackTraceContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("DELETE FROM access.access_log")).isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.execute("TRUNCATE access.access_log_default")).isInstanceOf(DataAccessException.class);
	}

	@Test
	void tamperingAsASuperuserIsFoundByVerification() throws Exception {
		CaseFile c = fixtures.caseIn(fixtures.unitA(), "test.a", "Sag til manipulation");
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/api/cases/{n}", c.caseNumber()).with(httpBasic("test.a", Fixtures.PASSWORD)));
		}
		mvc.perform(get("/api/access-log/verify").with(httpBasic("test.admin", Fixtures.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.valid").value(true));

		long victim = jdbc.queryForObject("SELECT min(id) FROM access.access_log WHERE case_id = ?", Long.class, c.id());
		String partition = jdbc.queryForObject("SELECT tableoid::regclass::text FROM access.access_log WHERE id = ?", String.class, victim);
		jdbc.execute("ALTER TABLE " + partition + " DISABLE TRIGGER USER");
		try {
			jdbc.update("UPDATE access.access_log SET username = 'en-anden' WHERE id = ?", victim);
			AccessLog.Verification altered = accessLog.verifyAll();
			assertThat(altered.valid()).isFalse();
			// the hourly check finds it too, whatever the hour: today is checked every hour
			java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Copenhagen"));
			for (int hour : new int[] { 0, 13, 23 }) {
				assertThat(accessLog.hourlyCheck(today, hour)).anyMatch(v -> !v.valid() && v.firstBroken().id() == victim);
			}
			assertThat(altered.firstBroken().id()).isEqualTo(victim);
			assertThat(altered.firstBroken().problem()).isEqualTo("row altered");
			mvc.perform(get("/api/access-log/verify").with(httpBasic("test.admin", Fixtures.PASSWORD)))
				.andExpect(jsonPath("$.valid").value(false))
				.andExpect(jsonPath("$.firstBroken.id").value(victim));

			jdbc.update("UPDATE access.access_log SET username = 'test.a' WHERE id = ?", victim);
			assertThat(accessLog.verifyAll().valid()).isTrue();

			jdbc.update("CREATE TABLE public.saved_log_row AS SELECT * FROM access.access_log WHERE id = ?", victim);
			jdbc.update("DELETE FROM access.access_log WHERE id = ?", victim);
			AccessLog.Verification removed = accessLog.verifyAll();
			assertThat(removed.valid()).isFalse();
			assertThat(removed.firstBroken().problem()).isIn("missing rows before this one", "rows missing at the end of the chain");

			// put the row back as it was, so the rest of the suite sees a whole log
			jdbc.update("INSERT INTO access.access_log OVERRIDING SYSTEM VALUE SELECT * FROM public.saved_log_row");
			assertThat(accessLog.verifyAll().valid()).isTrue();
		}
		finally {
			jdbc.execute("DROP TABLE IF EXISTS public.saved_log_row");
			jdbc.execute("ALTER TABLE " + partition + " ENABLE TRIGGER USER");
		}
	}

	@Test
	void onlyAdministratorsMayVerify() throws Exception {
		fixtures.unitA();
		mvc.perform(get("/api/access-log/verify").with(httpBasic("test.a", Fixtures.PASSWORD)))
			.andExpect(status().isForbidden());
	}
}
