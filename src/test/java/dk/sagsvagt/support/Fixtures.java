package dk.sagsvagt.support;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import dk.sagsvagt.access.UserAccounts;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.cases.RegisterCase;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.StaffRole;

import org.springframework.boot.test.context.TestComponent;

/**
 * Two units of our own, A and B, each with a caseworker, so tests do not depend on the demo data's shape.
 * Users: {@code test.a} and {@code test.b} (caseworkers), {@code test.leader.a}; password {@link #PASSWORD}.
 */
@TestComponent
public class Fixtures {

	public static final String PASSWORD = "hemmelig-test";

	private static final AtomicInteger CPR_SEQ = new AtomicInteger(0);

	private final Organisation organisation;

	private final UserAccounts accounts;

	private final Cases cases;

	private long unitA;

	private long unitB;

	Fixtures(Organisation organisation, UserAccounts accounts, Cases cases) {
		this.organisation = organisation;
		this.accounts = accounts;
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

	private void ensure() {
		if (unitA != 0) {
			return;
		}
		var existing = organisation.staffByUsername("test.a");
		if (existing.isPresent()) {
			unitA = existing.get().unitId();
			unitB = organisation.staffByUsername("test.b").orElseThrow().unitId();
			return;
		}
		long administration = organisation.createAdministration("Testforvaltningen");
		long centre = organisation.createCentre(administration, "Testcenter");
		unitA = organisation.createUnit(centre, "Testenhed A");
		unitB = organisation.createUnit(centre, "Testenhed B");
		String hash = accounts.hash(PASSWORD);
		user("test.a", "Anne Testsen", StaffRole.CASEWORKER, unitA, hash);
		user("test.b", "Bo Testsen", StaffRole.CASEWORKER, unitB, hash);
		user("test.leader.a", "Lis Testleder", StaffRole.UNIT_LEADER, unitA, hash);
	}

	private void user(String username, String name, StaffRole role, long unit, String hash) {
		organisation.createStaff(username, name, role, unit);
		accounts.createWithHash(username, hash);
	}

	/** A fresh synthetic CPR number (born in 2012 or later, 7th digit 4 → 2000s) that no earlier call returned. */
	public static String newChildCpr() {
		int n = CPR_SEQ.incrementAndGet();
		java.time.LocalDate birth = java.time.LocalDate.of(2012, 1, 1).plusDays(n);
		return birth.format(java.time.format.DateTimeFormatter.ofPattern("ddMMyy")) + "4" + String.format("%03d", n % 1000);
	}

	/** A case in unit A (or B), opened now, with a fresh citizen. */
	public CaseFile caseIn(long unit, String title) {
		ensure();
		return cases.register(new RegisterCase("NOTIFICATION", title, newChildCpr(), "Testbarn"), unit, null,
				Instant.now(), "test");
	}
}
