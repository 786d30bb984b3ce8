package dk.sagsvagt.demo;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.SagsvagtApplication;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo municipality the test context generated on start (60 cases in the test profile). */
@IntegrationTest
class DemoDataTest {

	/**
	 * Everything in the demo data that does not depend on the day it was generated, as one hash. The demo rows are
	 * the first ones written to the fresh database, so rows that other tests added later have higher ids.
	 */
	private static final String FINGERPRINT = """
			SELECT md5(string_agg(line, E'\\n' ORDER BY line)) FROM (
			    SELECT f.case_type || '|' || f.title || '|' || u.name || '|' || coalesce(s.username, '') || '|' || p.name
			           || '|' || f.status || '|' || (SELECT count(*) FROM journal.document d WHERE d.case_id = f.id AND d.id <= :documents)
			           || '|' || (SELECT coalesce(string_agg(d.title || d.kind || d.note_text, '' ORDER BY d.seq), '')
			                      FROM journal.document d WHERE d.case_id = f.id AND d.id <= :documents) AS line
			    FROM cases.case_file f
			    JOIN organisation.unit u ON u.id = f.unit_id
			    JOIN organisation.centre c ON c.id = u.centre_id
			    JOIN organisation.administration a ON a.id = c.administration_id AND a.name = 'Socialforvaltningen'
			    LEFT JOIN organisation.staff s ON s.id = f.caseworker_id
			    JOIN citizens.citizen p ON p.id = f.primary_citizen_id
			    WHERE f.case_type <> 'INQUIRY'
			) lines""";

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoProperties demo;

	private String fingerprint() {
		return FINGERPRINT.replace(":documents", String.valueOf(demo.documents())).replace(":cases", String.valueOf(demo.cases()));
	}

	@Test
	void theMunicipalityHasItsCentresUnitsAndDemoUsers() {
		assertThat(jdbc.queryForList("SELECT name FROM organisation.centre ORDER BY name", String.class))
			.contains("Borgercenter Børn og Unge", "Borgercenter Voksne", "Borgercenter Handicap", "Center for Politik");
		assertThat(jdbc.queryForObject("""
				SELECT count(*) FROM organisation.unit u JOIN organisation.centre c ON c.id = u.centre_id
				WHERE c.name = 'Borgercenter Børn og Unge' AND u.name LIKE 'Børnefamilieenhed %'""", Integer.class))
			.isGreaterThanOrEqualTo(5);
		assertThat(jdbc.queryForList("SELECT username || ':' || role FROM organisation.staff WHERE username IN ('sagsbehandler', 'leder', 'jurist', 'admin') ORDER BY username", String.class))
			.containsExactly("admin:ADMINISTRATOR", "jurist:SUPERVISION_LAWYER", "leder:UNIT_LEADER", "sagsbehandler:CASEWORKER");
		assertThat(jdbc.queryForObject("SELECT count(*) FROM access.user_account WHERE username = 'sagsbehandler'", Integer.class))
			.isOne();
	}

	@Test
	void theSizeFollowsTheSetting() {
		// sagsvagt.demo.cases = 60 in the test profile
		assertThat(jdbc.queryForObject(fingerprint().replace("md5(string_agg(line, E'\\n' ORDER BY line))", "count(*)"), Integer.class)).isEqualTo(60);
	}

	@Test
	void theDataKeepsTheRegistersInvariants() {
		assertThat(count("journal.document_counter k WHERE k.last_seq <> (SELECT max(seq) FROM journal.document d WHERE d.case_id = k.case_id)")).isZero();
		assertThat(count("cases.case_file f JOIN cases.case_type t ON t.code = f.case_type WHERE t.about_citizen "
				+ "AND (SELECT count(*) FROM cases.case_party p WHERE p.case_id = f.id AND p.role = 'PRIMARY') <> 1")).isZero();
		assertThat(count("cases.case_file f JOIN cases.case_type t ON t.code = f.case_type WHERE f.primary_citizen_id IS NULL "
				+ "AND (t.about_citizen OR EXISTS (SELECT 1 FROM cases.case_party p WHERE p.case_id = f.id))")).isZero();
		assertThat(count("cases.case_file f WHERE f.status = 'CLOSED' AND NOT EXISTS (SELECT 1 FROM cases.case_status_change s WHERE s.case_id = f.id AND s.status = 'CLOSED')")).isZero();
		// issue 18: a case closed holds no deadline of the municipality that was open when it closed
		assertThat(count("cases.case_file f JOIN deadlines.deadline d ON d.case_id = f.id WHERE f.status = 'CLOSED' AND d.status = 'OPEN' "
				+ "AND NOT d.citizen_side AND d.started_at < f.closed_at")).isZero();
		assertThat(count("journal.document d JOIN cases.case_file f ON f.id = d.case_id WHERE d.journaled_at < f.opened_at OR d.journaled_at > now()")).isZero();
		assertThat(count("journal.document d WHERE d.document_date > (now() AT TIME ZONE 'Europe/Copenhagen')::date")).isZero();
		assertThat(count("journal.document d WHERE d.note_text LIKE '%underretningen%'")).isPositive();
		assertThat(count("cases.case_file f JOIN organisation.staff s ON s.id = f.caseworker_id WHERE s.username = 'sagsbehandler' AND f.status = 'OPEN'")).isGreaterThanOrEqualTo(3);
	}

	@Test
	void theDemoHasSentDecisionsWithTheGapsSupervisionLooksFor() {
		assertThat(count("decisions.decision WHERE imported AND status = 'SENT'")).isGreaterThanOrEqualTo(5);
		assertThat(count("decisions.decision x WHERE x.imported AND NOT EXISTS (SELECT 1 FROM journal.document d "
				+ "WHERE d.document_number = x.letter_document_number AND d.kind = 'DECISION' AND d.direction = 'OUTGOING')")).isZero();
		assertThat(count("decisions.gate_state s JOIN decisions.decision x ON x.id = s.decision_id WHERE x.imported AND s.state = 'MET'"))
			.isPositive();
		assertThat(count("decisions.gate_state s JOIN decisions.decision x ON x.id = s.decision_id WHERE x.imported AND s.state = 'OPEN'"))
			.isPositive();
		assertThat(count("decisions.decision x WHERE x.imported AND (SELECT count(*) FROM decisions.recipient r WHERE r.decision_id = x.id) = 0"))
			.isZero();
	}

	@Test
	void theDemoHasTwoConcludedSupervisionRoundsAndOneUnderReview() {
		assertThat(jdbc.queryForList("SELECT status FROM supervision.round WHERE created_by = 'centerchef' ORDER BY id", String.class))
			.startsWith("CONCLUDED", "CONCLUDED", "UNDER_REVIEW");
		assertThat(count("supervision.round r WHERE r.created_by = 'centerchef' AND r.status = 'CONCLUDED' AND r.workbook_document IS NOT NULL "
				+ "AND r.result_note_document IS NOT NULL")).isEqualTo(2);
		assertThat(count("supervision.answer a JOIN supervision.round r ON r.id = a.round_id WHERE r.created_by = 'centerchef' AND a.level = 2"))
			.isPositive();
		assertThat(count("supervision.flag f JOIN supervision.round r ON r.id = f.round_id WHERE r.created_by = 'centerchef'")).isPositive();
	}

	@Test
	void theDemoHasTheSeedCaseOfARequestAnsweredAndAReminderBeingAnswered() {
		assertThat(jdbc.queryForList("SELECT status FROM oversight.request WHERE created_by = 'jurist' ORDER BY id", String.class))
			.startsWith("ANSWERED", "OPEN");
		assertThat(count("oversight.request r WHERE r.created_by = 'jurist' AND r.reminder_of IS NOT NULL")).isOne();
		assertThat(count("oversight.disclosure d JOIN oversight.request r ON r.id = d.request_id WHERE r.created_by = 'jurist'")).isPositive();
		// the flagged cases chosen for Ankestyrelsen were sent there, each with its bundle
		assertThat(count("oversight.referral WHERE created_by = 'jurist' AND round_id IS NOT NULL AND bundle_document IS NOT NULL"))
			.isEqualTo(count("supervision.flag f WHERE f.chosen_for_appeals_board AND f.round_id IN (SELECT round_id FROM oversight.referral)"))
			.isPositive();
	}

	@Test
	void theDemoCaseworkerHasOpenAndAnsweredInquiriesAndTwoWerePutBeforeTheCommittee() {
		String mine = "inquiries.inquiry i JOIN organisation.staff s ON s.id = i.assignee_id WHERE s.username = 'sagsbehandler'";
		assertThat(count(mine + " AND i.status = 'OPEN'")).isPositive();
		assertThat(count(mine + " AND i.status = 'ANSWERED'")).isPositive();
		assertThat(count("inquiries.agenda_item a JOIN inquiries.meeting m ON m.id = a.meeting_id WHERE m.committee = 'Socialudvalget' "
				+ "AND a.inquiry_id IS NOT NULL")).isEqualTo(2);
	}

	@Test
	void aCaseworkerWhoLeftHandedEverythingOverAndWasDeactivated() {
		assertThat(count("handover.handover h JOIN organisation.staff s ON s.id = h.from_staff WHERE NOT s.active AND h.cases > 0 "
				+ "AND h.handed_by NOT LIKE 'test.%'")).isOne();
		assertThat(count("cases.case_event WHERE kind = 'HANDOVER'")).isPositive();
		assertThat(count("cases.case_file f JOIN organisation.staff s ON s.id = f.caseworker_id WHERE NOT s.active AND f.status = 'OPEN'")).isZero();
	}

	@Autowired
	dk.sagsvagt.improvement.ActionPlans plans;

	@Autowired
	dk.sagsvagt.supervision.SupervisionRounds rounds;

	@Test
	void theActionPlansEffectIsReadFromTheTwoConcludedRounds() {
		var leader = new dk.sagsvagt.access.CurrentUser("leder", staffId("leder"), "Lone Leder", dk.sagsvagt.organisation.StaffRole.UNIT_LEADER,
				jdbc.queryForObject("SELECT unit_id FROM organisation.staff WHERE username = 'leder'", Long.class));
		var plan = plans.all(leader).stream().filter(p -> p.title().equals("Handleplan for styrket myndighedsindsats og kvalitetssikring"))
			.findFirst().orElseThrow();
		var childPlan = plan.recommendations().get(0);
		assertThat(childPlan.evidenceQuestion()).isEqualTo("CHILD_PLAN");
		// one measurement per concluded demo round, in order, equal to the round's own result for the question (other
		// tests in the same database may add rounds of their own)
		var concluded = rounds.all(leader).stream().filter(r -> r.concludedAt() != null && r.createdBy().equals("centerchef"))
			.sorted(java.util.Comparator.comparing(dk.sagsvagt.supervision.Round::periodFrom)).toList();
		assertThat(concluded).hasSize(2);
		var labels = childPlan.evidence().stream().map(dk.sagsvagt.improvement.ActionPlan.Evidence::label).toList();
		assertThat(labels.indexOf(concluded.get(0).name())).isGreaterThanOrEqualTo(0).isLessThan(labels.indexOf(concluded.get(1).name()));
		for (var round : concluded) {
			// counted here from the answers themselves: each case's highest review level, excluded cases left out,
			// "not relevant" neither met nor counted
			var counted = jdbc.queryForMap("""
					SELECT count(*) FILTER (WHERE a.answer = 'YES') AS yes, count(*) FILTER (WHERE a.answer IN ('YES', 'NO')) AS total
					FROM supervision.sample s
					JOIN LATERAL (SELECT answer FROM supervision.answer a WHERE a.round_id = s.round_id AND a.case_number = s.case_number
					              AND a.question = 'CHILD_PLAN' ORDER BY a.level DESC LIMIT 1) a ON true
					WHERE s.round_id = ? AND s.excluded_at IS NULL""", round.id());
			long yes = ((Number) counted.get("yes")).longValue();
			long total = ((Number) counted.get("total")).longValue();
			var measured = childPlan.evidence().get(labels.indexOf(round.name()));
			assertThat(total).as("the round has answers to measure").isPositive();
			assertThat(measured.total()).isEqualTo(total);
			assertThat(measured.share()).isCloseTo((double) yes / total, org.assertj.core.data.Offset.offset(1e-9));
		}
		assertThat(plan.actionsDone()).isOne();
		assertThat(plan.actions()).isEqualTo(3);
	}

	/** The system's pre-filled answers go into the workbook a person reads: dates there are Danish, never ISO. */
	@Test
	void thePrefilledCommentsWriteDatesTheDanishWay() {
		assertThat(jdbc.queryForObject("SELECT count(*) FROM supervision.answer WHERE level = 0 AND comment LIKE 'Afgørelse af %'", Long.class))
			.as("comments that name a decision's date").isPositive();
		assertThat(jdbc.queryForList("SELECT comment FROM supervision.answer WHERE level = 0 AND comment ~ '[0-9]{4}-[0-9]{2}-[0-9]{2}'",
				String.class)).isEmpty();
	}

	long staffId(String username) {
		return jdbc.queryForObject("SELECT id FROM organisation.staff WHERE username = ?", Long.class, username);
	}

	@Test
	void theSameSeedGivesTheSameMunicipality() {
		String here = jdbc.queryForObject(fingerprint(), String.class);
		try (ConfigurableApplicationContext again = new SpringApplicationBuilder(SagsvagtApplication.class)
			.profiles("demo", "test")
			.properties("server.port=0", "spring.main.banner-mode=off")
			.run()) {
			String there = new JdbcTemplate(again.getBean(DataSource.class)).queryForObject(fingerprint(), String.class);
			assertThat(there).isNotNull().isEqualTo(here);
		}
	}

	private int count(String from) {
		return jdbc.queryForObject("SELECT count(*) FROM " + from, Integer.class);
	}
}
