package dk.sagsvagt.demo;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.SplittableRandom;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.access.AccessLog;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load generator at a small size, into the shared test database beside other data: the rows keep the registers'
 * invariants, generated access-log days verify as whole chains, and the application goes on numbering after them.
 */
@IntegrationTest
class LoadDataTest {

	@Autowired
	DataSource dataSource;

	@Autowired
	Organisation organisation;

	@Autowired
	AccessLog accessLog;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Fixtures fixtures;

	@Test
	void smallLoadKeepsTheInvariantsAndTheAccessLogChainsVerify() throws Exception {
		SplittableRandom random = new SplittableRandom(7);
		LoadProperties size = new LoadProperties(7L, 600, 5_000L, 2_000L, 8_000L, 4, 20, false);
		LoadShape shape = LoadShape.organise(organisation, "Lastforvaltning " + System.nanoTime(), size.cases(), random);
		shape.benchCaseworker(organisation.createStaff("load.bench." + System.nanoTime(), "Bo Bench", StaffRole.CASEWORKER, shape.largestUnit()));
		LocalDate today = LocalDate.now(dk.sagsvagt.shared.WorkingDayCalendar.COPENHAGEN);
		accessLog.prepareDays(today.minusDays(size.days()), today);
		long casesBefore = count("cases.case_file");
		long logBefore = count("access.access_log");
		try (Connection c = dataSource.getConnection()) {
			LoadData.bulk(c);
			try {
				LoadTables tables = new LoadTables(c, dataSource, size, shape, Instant.now(), random);
				assertThat(tables.citizens()).isEqualTo(size.citizens());
				assertThat(tables.cases()).isEqualTo(600);
				assertThat(tables.documents()).isBetween(3_000L, 5_000L);
				assertThat(tables.deadlines()).isBetween(1_000L, 2_000L);
				assertThat(tables.accessLog(today)).isEqualTo(8_000);
				tables.finish();
			}
			finally {
				LoadData.normal(c);
			}
		}
		// the bulk load does not check foreign keys row by row: nothing refers to a row that is not there
		assertThat(jdbc.queryForObject("SELECT count(*) FROM journal.document d WHERE NOT EXISTS (SELECT 1 FROM cases.case_file f WHERE f.id = d.case_id)",
				Long.class)).isZero();
		assertThat(jdbc.queryForObject("""
				SELECT count(*) FROM deadlines.deadline d WHERE NOT EXISTS (SELECT 1 FROM deadlines.case_event e WHERE e.id = d.trigger_event_id)
				   OR (d.met_by_event_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM deadlines.case_event e WHERE e.id = d.met_by_event_id))""",
				Long.class)).isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM cases.case_party p WHERE NOT EXISTS (SELECT 1 FROM citizens.citizen c WHERE c.id = p.citizen_id)",
				Long.class)).isZero();
		assertThat(count("cases.case_file") - casesBefore).isEqualTo(600);
		assertThat(count("access.access_log") - logBefore).isEqualTo(8_000);
		// every case has its primary party; every document counter is the case's last number
		assertThat(jdbc.queryForObject("""
				SELECT count(*) FROM cases.case_file f WHERE f.primary_citizen_id IS NOT NULL
				  AND NOT EXISTS (SELECT 1 FROM cases.case_party p WHERE p.case_id = f.id AND p.role = 'PRIMARY')""",
				Long.class)).isZero();
		assertThat(jdbc.queryForObject("""
				SELECT count(*) FROM journal.document_counter k WHERE k.last_seq <> (SELECT max(seq) FROM journal.document d WHERE d.case_id = k.case_id)""",
				Long.class)).isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM cases.case_file WHERE status = 'CLOSED' AND closed_at IS NULL", Long.class)).isZero();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM deadlines.deadline WHERE status IN ('MET', 'MET_LATE') AND met_by_event_id IS NULL", Long.class)).isZero();
		// the generated days verify as whole chains, computed in Java exactly as the database does
		AccessLog.Verification verified = accessLog.verify(today.minusDays(size.days()), today.minusDays(1));
		assertThat(verified.firstBroken()).isNull();
		assertThat(verified.valid()).isTrue();
		assertThat(verified.rowsChecked()).isGreaterThanOrEqualTo(8_000);
		// the application numbers new cases and rows after the generated ones
		assertThat(fixtures.caseIn(fixtures.unitA(), "Efter lastdata").caseNumber()).isNotBlank();
		assertThat(jdbc.queryForObject("SELECT count(*) FROM citizens.citizen", Long.class)).isPositive();
	}

	@Test
	void theIndexesDroppedForTheLoadAreMadeAgainAsTheyWereOnEveryPartition() throws Exception {
		String definitions = "SELECT string_agg(indexname || ' ' || indexdef, '; ' ORDER BY indexname) FROM pg_indexes WHERE indexname IN "
				+ "('case_file_title_search_idx', 'access_log_case_idx')";
		String partitionIndexes = """
				SELECT count(*) FROM pg_inherits p JOIN pg_index i ON i.indrelid = p.inhrelid
				  JOIN pg_inherits a ON a.inhrelid = i.indexrelid AND a.inhparent = 'access.access_log_case_idx'::regclass
				WHERE p.inhparent = 'access.access_log'::regclass AND i.indisvalid""";
		String before = jdbc.queryForObject(definitions, String.class);
		long partitions = jdbc.queryForObject("SELECT count(*) FROM pg_inherits WHERE inhparent = 'access.access_log'::regclass", Long.class);
		assertThat(partitions).isGreaterThan(1);
		assertThat(jdbc.queryForObject(partitionIndexes, Long.class)).isEqualTo(partitions);
		LoadIndexes dropped;
		try (Connection c = dataSource.getConnection()) {
			dropped = LoadIndexes.drop(c, java.util.List.of("case_file_title_search_idx", "access_log_case_idx"));
		}
		assertThat(jdbc.queryForObject("SELECT count(*) FROM pg_indexes WHERE indexname LIKE 'access_log%case_id%' OR indexname IN "
				+ "('case_file_title_search_idx', 'access_log_case_idx')", Long.class)).isZero();
		// one per partition and the two named indexes
		assertThat(dropped.build(dataSource, 2)).isEqualTo(partitions + 2);
		assertThat(jdbc.queryForObject(definitions, String.class)).isEqualTo(before);
		// every partition's index is built and attached, so the partitioned index is valid
		assertThat(jdbc.queryForObject(partitionIndexes, Long.class)).isEqualTo(partitions);
		assertThat(jdbc.queryForObject("SELECT bool_and(indisvalid) FROM pg_index WHERE indexrelid = 'access.access_log_case_idx'::regclass",
				Boolean.class)).isTrue();
	}

	long count(String table) {
		return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
	}
}
