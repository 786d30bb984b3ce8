package dk.sagsvagt.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

import dk.sagsvagt.access.AccessGrants;
import dk.sagsvagt.access.Scope;
import dk.sagsvagt.access.UserAccounts;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.cases.RegisterCase;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.StaffRole;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An organisation of our own, so tests do not depend on the demo data's shape. Centre 1 has units A and B, centre 2
 * has unit C. Unit A has team T ({@code test.team} and {@code test.a}). Password {@link #PASSWORD} for all:
 * <ul>
 * <li>{@code test.a}, {@code test.a2}, {@code test.b}, {@code test.c}: caseworkers in A, A, B, C</li>
 * <li>{@code test.own}: caseworker in A with scope OWN</li>
 * <li>{@code test.team}: team leader of T; {@code test.leader.a}: unit leader of A; {@code test.centre}: centre
 * leader of centre 1; {@code test.director}: unit leader in C with scope ADMINISTRATION</li>
 * <li>{@code test.jurist}: supervision lawyer; {@code test.admin}: administrator</li>
 * <li>{@code test.ombud}, {@code test.anke}: reviewers of Borgerrådgiveren and Ankestyrelsen</li>
 * </ul>
 */
@TestComponent
public class Fixtures {

	public static final String PASSWORD = "hemmelig-test";

	/** Unit A's address as its letters print it under the signature. */
	public static final String UNIT_A_ADDRESS = "Testvej 1, 1599 København V";

	/** What a letter signed by test.a (Anne Testsen, caseworker in unit A) closes with. */
	public static final String SIGNED_BY_TEST_A = "Med venlig hilsen\nAnne Testsen\nSagsbehandler\nTestenhed A, Socialforvaltningen\n"
			+ UNIT_A_ADDRESS + "\nTelefon 33 66 10 40\nE-mail testenhed-a@forvaltningen.example.dk";

	private static final AtomicInteger CPR_SEQ = new AtomicInteger(0);

	private final Organisation organisation;

	private final UserAccounts accounts;

	private final AccessGrants grants;

	private final Cases cases;

	private final JdbcClient jdbc;

	private long unitA;

	private long unitB;

	private long unitC;

	Fixtures(Organisation organisation, UserAccounts accounts, AccessGrants grants, Cases cases, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.organisation = organisation;
		this.accounts = accounts;
		this.grants = grants;
		this.cases = cases;
	}

	public synchronized long unitA() {
		ensure();
		return unitA;
	}

	public synchronized long unitB() {
		ensure();
		return unitB;
	}

	public synchronized long unitC() {
		ensure();
		return unitC;
	}

	public long staffId(String username) {
		ensure();
		return organisation.staffByUsername(username).orElseThrow().id();
	}

	private void ensure() {
		if (unitA != 0) {
			return;
		}
		long administration = organisation.createAdministration("Testforvaltningen");
		long centre1 = organisation.createCentre(administration, "Testcenter 1");
		long centre2 = organisation.createCentre(administration, "Testcenter 2");
		unitA = organisation.createUnit(centre1, "Testenhed A");
		unitB = organisation.createUnit(centre1, "Testenhed B");
		unitC = organisation.createUnit(centre2, "Testenhed C");
		// unit A's letters print its contact details under the signature (unit B's have none)
		jdbc.sql("UPDATE organisation.unit SET address = ?, phone = ?, email = ? WHERE id = ?")
			.params(UNIT_A_ADDRESS, "33 66 10 40", "testenhed-a@forvaltningen.example.dk", unitA)
			.update();
		long team = organisation.createTeam(unitA, "Team T");
		String hash = accounts.hash(PASSWORD);
		user("test.a", "Anne Testsen", StaffRole.CASEWORKER, unitA, hash);
		user("test.a2", "Arne Testsen", StaffRole.CASEWORKER, unitA, hash);
		user("test.b", "Bo Testsen", StaffRole.CASEWORKER, unitB, hash);
		user("test.c", "Cille Testsen", StaffRole.CASEWORKER, unitC, hash);
		user("test.own", "Otto Testsen", StaffRole.CASEWORKER, unitA, hash);
		user("test.team", "Tine Teamleder", StaffRole.TEAM_LEADER, unitA, hash);
		user("test.leader.a", "Lis Testleder", StaffRole.UNIT_LEADER, unitA, hash);
		user("test.centre", "Carl Centerchef", StaffRole.CENTRE_LEADER, unitB, hash);
		user("test.director", "Dorte Direktør", StaffRole.UNIT_LEADER, unitC, hash);
		user("test.jurist", "Jens Jurist", StaffRole.SUPERVISION_LAWYER, unitC, hash);
		user("test.admin", "Ada Admin", StaffRole.ADMINISTRATOR, unitC, hash);
		user("test.ombud", "Oda Ombud", StaffRole.OMBUDSMAN, null, hash);
		user("test.anke", "Anker Anke", StaffRole.APPEALS_BOARD, null, hash);
		user("test.lockme", "Lars Låst", StaffRole.CASEWORKER, unitA, hash);
		organisation.assignTeam(organisation.staffByUsername("test.team").orElseThrow().id(), team);
		organisation.assignTeam(organisation.staffByUsername("test.a").orElseThrow().id(), team);
		grants.setScope("test.own", Scope.OWN, "test");
		grants.setScope("test.director", Scope.ADMINISTRATION, "test");
	}

	private void user(String username, String name, StaffRole role, Long unit, String hash) {
		organisation.createStaff(username, name, role, unit);
		accounts.createWithHash(username, hash);
	}

	/** A fresh synthetic CPR number (born in 2012 or later, 7th digit 4 → 2000s) that no earlier call returned. */
	public static String newChildCpr() {
		int n = CPR_SEQ.incrementAndGet();
		LocalDate birth = LocalDate.of(2012, 1, 1).plusDays(n);
		return birth.format(DateTimeFormatter.ofPattern("ddMMyy")) + "4" + String.format("%03d", n % 1000);
	}

	/** A case in the unit, opened now, with a fresh citizen and no caseworker. */
	public CaseFile caseIn(long unit, String title) {
		return caseIn(unit, null, title);
	}

	/** A case in the unit with the given caseworker (a username, or null). */
	public CaseFile caseIn(long unit, String caseworker, String title) {
		ensure();
		return cases.register(new RegisterCase("NOTIFICATION", title, newChildCpr(), "Testbarn"), unit,
				caseworker == null ? null : staffId(caseworker), Instant.now(), "test");
	}

	/**
	 * A case in the unit opened at {@code openedAt}, for events registered after the fact: an event may not lie before
	 * its case began (issue 19). Of a type whose opening starts no deadline of its own.
	 */
	public CaseFile caseOpenedAt(long unit, String caseworker, String title, Instant openedAt) {
		ensure();
		return cases.register(new RegisterCase("PREVENTIVE_MEASURE", title, newChildCpr(), "Testbarn"), unit,
				caseworker == null ? null : staffId(caseworker), openedAt, "test");
	}

	/** A case of the type about the citizen, opened now in the unit with the given caseworker (a username, or null). */
	public CaseFile caseOfType(long unit, String caseworker, String caseType, String cpr, String title) {
		ensure();
		return cases.register(new RegisterCase(caseType, title, cpr, "Testborger"), unit,
				caseworker == null ? null : staffId(caseworker), Instant.now(), "test");
	}

	/**
	 * Waits (at most a minute) until the text of the document's newest version has been read outside the request, as
	 * PDF and Word files are, and answers how it went ({@code OK}, {@code TIMED_OUT} …).
	 */
	public String awaitExtraction(String documentNumber) throws InterruptedException {
		long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(1);
		while (true) {
			String state = jdbc.sql("SELECT extraction FROM journal.document WHERE document_number = ? ORDER BY version DESC LIMIT 1")
				.param(documentNumber)
				.query(String.class)
				.single();
			if (!"PENDING".equals(state) || System.nanoTime() > deadline) {
				return state;
			}
			Thread.sleep(50);
		}
	}
}
