package dk.sagsvagt.decisions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.deadlines.CaseDeadlines;
import dk.sagsvagt.decisions.internal.DecisionDispatches;
import dk.sagsvagt.decisions.internal.DecisionLetter;
import dk.sagsvagt.decisions.internal.DecisionStore;
import dk.sagsvagt.decisions.internal.Delivery;
import dk.sagsvagt.decisions.internal.GateEvaluator;
import dk.sagsvagt.journal.Journal;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deadlines that sending starts, for decisions sent on a Friday before Easter: the citizen's complaint period
 * from receipt (retssikkerhedsloven § 67), the child's plan after the decision where the law allows it, and the first
 * follow-up on the measure. The sending step runs with a clock set to the day of sending.
 */
@IntegrationTest
class DecisionDeadlinesTest {

	static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

	@Autowired
	Fixtures fixtures;

	@Autowired
	Decisions decisions;

	@Autowired
	DecisionStore store;

	@Autowired
	DecisionCatalogue catalogue;

	@Autowired
	DecisionLetter letter;

	@Autowired
	GateEvaluator evaluator;

	@Autowired
	Cases cases;

	@Autowired
	Journal journal;

	@Autowired
	CaseDeadlines deadlines;

	@Autowired
	Delivery delivery;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DecisionDispatches dispatches;

	@Autowired
	DigitalPostReach reach;

	/** The decision once its receipts are in: Digital Post is received when the receipt says so, after sending. */
	Decision received(CaseFile c, long id) throws InterruptedException {
		long until = System.currentTimeMillis() + 10_000;
		Decision d = decisions.in(c, id);
		while (d.receivedOn() == null && System.currentTimeMillis() < until) {
			Thread.sleep(50);
			d = decisions.in(c, id);
		}
		return d;
	}

	DecisionSending sendingOn(LocalDateTime at) {
		return sendingOn(at, DigitalPostMode.DEMO);
	}

	DecisionSending sendingOn(LocalDateTime at, DigitalPostMode mode) {
		Clock clock = Clock.fixed(at.atZone(COPENHAGEN).toInstant(), COPENHAGEN);
		return new DecisionSending(decisions, store, catalogue, letter, evaluator, cases, journal, deadlines, delivery, transaction,
				events, clock, dispatches, mode, reach);
	}

	CurrentUser caseworker() {
		return new CurrentUser("test.a", fixtures.staffId("test.a"), "Anne Testsen", StaffRole.CASEWORKER, fixtures.unitA());
	}

	@Test
	void aLetterPostedOnTheFridayBeforeEaster2024CountsAsReceivedAfterTheHolidays() {
		CaseFile c = fixtures.caseOfType(fixtures.unitA(), "test.a", "PREVENTIVE_MEASURE", Fixtures.newChildCpr(), "Påske 2024");
		DecisionDraft draft = new DecisionDraft(DecisionType.GRANT, "Familiebehandling", "BL_32", "Familien har søgt om støtte.",
				"Barnet har behov for særlig støtte i hjemmet.", "Betingelserne i Barnets lov § 32 er opfyldt.", LocalDate.of(2024, 4, 1),
				false, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 15), null, LocalDate.of(2024, 3, 14), "Barnet vil gerne have hjælp.",
				null, LocalDate.of(2024, 3, 14), "Mor (forældremyndighedsindehaver)", LocalDate.of(2024, 3, 14), false, null, null, null,
				null, null, null, null, null);
		long id = decisions.create(c.caseNumber(), draft, caseworker()).id();

		// Friday 22 March 2024; Maundy Thursday 28 March, Good Friday 29 March and Easter Monday 1 April are holidays
		Decision sent = sendingOn(LocalDateTime.of(2024, 3, 22, 10, 0)).send(id, DeliveryChannel.LETTER_POST, caseworker());

		assertThat(sent.decidedOn()).isEqualTo(LocalDate.of(2024, 3, 22));
		// 6 delivery days after posting (Justitsministeriets vejledning om beregning af klagefrister, VEJ nr. 9533 af 26/06/2018)
		assertThat(sent.receivedOn()).as("6 working days after posting").isEqualTo(LocalDate.of(2024, 4, 4));
		assertThat(sent.complaintDeadline()).isEqualTo(LocalDate.of(2024, 5, 2));
		assertThat(dueDates(c)).containsEntry("COMPLAINT_PERIOD/DEFAULT", LocalDate.of(2024, 5, 2))
			.containsEntry("CHILD_PLAN/PREVENTIVE", LocalDate.of(2024, 6, 22))
			.containsEntry("FOLLOW_UP/FIRST", LocalDate.of(2024, 7, 1))
			.hasSize(3);
		assertThat(jdbc.queryForObject("SELECT law FROM decisions.gate_state WHERE decision_id = ? AND gate_code = 'CHILD_PLAN'",
				String.class, id)).startsWith("Barnets lov § 91");
	}

	@Test
	void aDigitalDecisionOnGoodFriday2020HasItsComplaintPeriodMovedPastStoreBededag() throws Exception {
		CaseFile c = fixtures.caseOfType(fixtures.unitA(), "test.a", "PREVENTIVE_MEASURE", Fixtures.newChildCpr(), "Påske 2020");
		DecisionDraft draft = new DecisionDraft(DecisionType.GRANT, "Aflastningsophold", "SEL_52", "Forældrene har søgt om aflastning.",
				"Aflastning er nødvendig straks for at undgå en anbringelse.", "Betingelserne i Serviceloven § 52, stk. 3 er opfyldt.",
				null, true, null, null, LocalDate.of(2020, 4, 1), LocalDate.of(2020, 4, 2), "Barnet glæder sig.", null,
				LocalDate.of(2020, 4, 2), "Begge forældre (fælles forældremyndighed)", null, false, null, null, null, null, null, null, null,
				null);
		long id = decisions.create(c.caseNumber(), draft, caseworker()).id();

		// Good Friday 10 April 2020 by Digital Post: received the same day; 4 weeks later is 8 May, Store Bededag
		Decision sent = sendingOn(LocalDateTime.of(2020, 4, 10, 9, 30)).send(id, DeliveryChannel.DIGITAL_POST, caseworker());
		// not received until the receipt says so; the demo's receipt is dated when the letter was sent
		assertThat(sent.receivedOn()).isNull();
		assertThat(sent.complaintDeadline()).isNull();
		sent = received(c, id);

		assertThat(sent.receivedOn()).isEqualTo(LocalDate.of(2020, 4, 10));
		assertThat(sent.complaintDeadline()).isEqualTo(LocalDate.of(2020, 5, 11));
		assertThat(dueDates(c)).containsEntry("COMPLAINT_PERIOD/DEFAULT", LocalDate.of(2020, 5, 11))
			.containsEntry("CHILD_PLAN/URGENT", LocalDate.of(2020, 8, 10))
			.containsEntry("FOLLOW_UP/FIRST", LocalDate.of(2020, 7, 10));
		// the complaint period is the citizen's: it has run out, but nobody has missed anything
		assertThat(deadlines.ofCase(c)).filteredOn(d -> d.ruleCode().equals("COMPLAINT_PERIOD"))
			.singleElement()
			.satisfies(d -> assertThat(d.isOverdue(java.time.Instant.now())).isFalse());
		assertThat(deadlines.mine(caseworker(), 10_000)).filteredOn(d -> d.caseId() == c.id())
			.extracting(dk.sagsvagt.deadlines.CaseDeadline::ruleCode)
			.contains("CHILD_PLAN")
			.doesNotContain("COMPLAINT_PERIOD");
		assertThat(sent.gates()).filteredOn(g -> g.code().equals("CHILD_CONVERSATION"))
			.singleElement()
			.satisfies(g -> assertThat(g.law()).isEqualTo("Serviceloven § 48"));
		assertThat(sent.gates()).filteredOn(g -> g.code().equals("YOUNG_PERSON_HEARD"))
			.singleElement()
			.satisfies(g -> assertThat(g.state()).isEqualTo(GateState.NOT_APPLICABLE));
	}

	@Test
	void sendingMeetsThePublishedProcessingTimeLimit() {
		CaseFile c = fixtures.caseOfType(fixtures.unitA(), "test.a", "HOUSING_OFFER", "0606651234", "Ansøgning om botilbud");
		deadlines.recordEstablished(c, "APPLICATION_RECEIVED", LocalDate.of(2024, 1, 8).atTime(10, 0).atZone(COPENHAGEN).toInstant(),
				null, "test");
		DecisionDraft draft = new DecisionDraft(DecisionType.GRANT, "Længerevarende botilbud", "SEL_108", "Borgeren har søgt.",
				"Borgeren har betydelig og varigt nedsat funktionsevne.", "Betingelserne i Serviceloven § 108 er opfyldt.", null, false,
				null, null, LocalDate.of(2024, 2, 1), null, null, null, null, null, null, false, null, null, null, null, null, null, null,
				null);
		long id = decisions.create(c.caseNumber(), draft, caseworker()).id();
		sendingOn(LocalDateTime.of(2024, 2, 9, 14, 0)).send(id, DeliveryChannel.DIGITAL_POST, caseworker());
		assertThat(jdbc.queryForList("SELECT rule_code || '=' || status FROM deadlines.deadline WHERE case_id = ? ORDER BY rule_code",
				String.class, c.id())).contains("PROCESSING_TIME=MET").doesNotContain("FOLLOW_UP=OPEN");
	}

	/**
	 * Manual Digital Post (issue 20): a decision sent on Friday 20 November 2026 to be sent by hand is "skal sendes
	 * manuelt", its letter names no date of receipt, and the complaint period does not start until a person
	 * registers the sending; registered more than 2 working days later, that needs a reason. Received the day it
	 * was sent, the complaint period ends Friday 18 December 2026.
	 */
	/** A housing decision sent by hand on Friday 20 November 2026 10:00. */
	Decision sentByHand(CaseFile c) {
		DecisionDraft draft = new DecisionDraft(DecisionType.GRANT, "Længerevarende botilbud", "SEL_108", "Borgeren har søgt.",
				"Borgeren har betydelig og varigt nedsat funktionsevne.", "Betingelserne i Serviceloven § 108 er opfyldt.", null, false,
				null, null, LocalDate.of(2026, 11, 2), null, null, null, null, null, null, false, null, null, null, null, null, null, null,
				null);
		long id = decisions.create(c.caseNumber(), draft, caseworker()).id();
		return sendingOn(LocalDateTime.of(2026, 11, 20, 10, 0), DigitalPostMode.MANUAL).send(id, DeliveryChannel.DIGITAL_POST, caseworker());
	}

	@Test
	void aDecisionSentByHandStartsItsComplaintPeriodWhenTheSendingIsRegistered() throws Exception {
		CaseFile c = fixtures.caseOfType(fixtures.unitA(), "test.a", "HOUSING_OFFER", Fixtures.newChildCpr(), "Manuel Digital Post");
		Decision sent = sentByHand(c);
		long id = sent.id();

		assertThat(sent.receivedOn()).isNull();
		assertThat(sent.complaintDeadline()).isNull();
		assertThat(sent.awaitsManualSending()).isTrue();
		assertThat(sent.dispatches()).extracting(DecisionDispatches.Dispatch::state).containsOnly(DecisionDispatches.State.MANUAL);
		assertThat(dueDates(c)).doesNotContainKey("COMPLAINT_PERIOD/DEFAULT");
		String text = dk.sagsvagt.support.Letters.pdfText(java.nio.file.Files.readAllBytes(journal.fileForDispatch(sent.letterDocumentNumber())));
		assertThat(text.replaceAll("\\s+", " ")).contains("Fristen regnes fra den dag, du modtager afgørelsen.")
			.doesNotContain("Vi regner med, at du har modtaget");
		// nothing is handed to anyone in manual mode: the letter stays to be sent by hand
		Thread.sleep(300);
		assertThat(decisions.in(c, id).dispatches()).extracting(DecisionDispatches.Dispatch::state)
			.containsOnly(DecisionDispatches.State.MANUAL);

		LocalDate sentOn = LocalDate.of(2026, 11, 20);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> dispatches.registerManual(id, LocalDate.of(2026, 11, 19), null, null,
				caseworker())).hasMessageContaining("før afgørelsen blev truffet (20. november 2026)");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> dispatches.registerManual(id, sentOn, LocalDate.of(2026, 11, 19),
				null, caseworker())).hasMessageContaining("før det blev sendt");
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> dispatches.registerManual(id, LocalDate.now(COPENHAGEN).plusDays(1),
				null, null, caseworker())).hasMessageContaining("fremtiden");
		if (new dk.sagsvagt.shared.WorkingDayCalendar(java.util.Map.of(), false).workingDaysBetween(sentOn, LocalDate.now(COPENHAGEN)) > 2) {
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> dispatches.registerManual(id, sentOn, null, null, caseworker()))
				.hasMessageContaining("Skriv hvorfor");
		}
		dispatches.registerManual(id, sentOn, null, "Sendt fra Digital Post-løsningen i fredags; registreret nu.", caseworker());

		Decision received = decisions.in(c, id);
		assertThat(received.receivedOn()).isEqualTo(sentOn);
		assertThat(received.complaintDeadline()).isEqualTo(LocalDate.of(2026, 12, 18));
		assertThat(received.awaitsManualSending()).isFalse();
		assertThat(dueDates(c)).containsEntry("COMPLAINT_PERIOD/DEFAULT", LocalDate.of(2026, 12, 18));
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> dispatches.registerManual(id, sentOn, null, "igen", caseworker()))
			.isInstanceOf(dk.sagsvagt.shared.ConflictException.class);
	}

	/**
	 * A letter Digital Post could not deliver (its receipt says so) goes on the sender's worklist, due the next
	 * working day; the same receipt again changes nothing; sent another way and registered, the decision is received
	 * and the undelivered deadline met.
	 */
	@Test
	void anUndeliveredLetterGoesOnTheSendersWorklistUntilTheDecisionIsReceived() throws Exception {
		CaseFile c = fixtures.caseOfType(fixtures.unitA(), "test.a", "HOUSING_OFFER", Fixtures.newChildCpr(), "Ikke leveret");
		Decision sent = sentByHand(c);
		java.util.UUID message = sent.dispatches().get(0).messageId();
		// as a real adapter would have it: handed over, awaiting the receipt
		jdbc.update("UPDATE decisions.dispatch SET state = 'HANDED_OVER' WHERE message_id = ?", message);
		java.time.Instant failedAt = LocalDateTime.of(2026, 11, 20, 10, 5).atZone(COPENHAGEN).toInstant();
		assertThat(dispatches.receipt("bf-1", message, DecisionDispatches.Outcome.FAILED, failedAt, "Modtageren er fritaget")).isTrue();
		assertThat(dispatches.receipt("bf-1", message, DecisionDispatches.Outcome.FAILED, failedAt, "Modtageren er fritaget")).isFalse();
		assertThat(dispatches.receipt("bf-2", message, DecisionDispatches.Outcome.FAILED, failedAt, "Igen")).isTrue();

		Decision failed = decisions.in(c, sent.id());
		assertThat(failed.dispatches()).singleElement().satisfies(d -> {
			assertThat(d.state()).isEqualTo(DecisionDispatches.State.FAILED);
			assertThat(d.failure()).isEqualTo("Modtageren er fritaget");
		});
		assertThat(failed.awaitsManualSending()).isTrue();
		assertThat(deadlines.mine(caseworker(), 10_000)).filteredOn(d -> d.caseId() == c.id())
			.extracting(dk.sagsvagt.deadlines.CaseDeadline::ruleCode)
			.containsExactly("DECISION_UNDELIVERED");
		LocalDate today = LocalDate.now(COPENHAGEN);
		assertThat(dueDates(c).get("DECISION_UNDELIVERED/DEFAULT"))
			.isEqualTo(new dk.sagsvagt.shared.WorkingDayCalendar(Map.of(), false).plusWorkingDays(today, 1));

		dispatches.registerManual(sent.id(), today, null, null, caseworker());
		assertThat(jdbc.queryForObject("SELECT status FROM deadlines.deadline WHERE case_id = ? AND rule_code = 'DECISION_UNDELIVERED'",
				String.class, c.id())).isEqualTo("MET");
		assertThat(decisions.in(c, sent.id()).receivedOn()).isEqualTo(today);
	}

	Map<String, LocalDate> dueDates(CaseFile c) {
		Map<String, LocalDate> out = new HashMap<>();
		jdbc.query("SELECT rule_code, variant, due_date FROM deadlines.deadline WHERE case_id = ?",
				rs -> {
					out.put(rs.getString("rule_code") + "/" + rs.getString("variant"), rs.getObject("due_date", LocalDate.class));
				}, c.id());
		return out;
	}
}
