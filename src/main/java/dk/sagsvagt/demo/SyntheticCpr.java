package dk.sagsvagt.demo;

import java.time.LocalDate;
import java.util.SplittableRandom;

import dk.sagsvagt.citizens.Cpr;

/**
 * Invented CPR numbers that are valid in form (a real birth date, the 7th digit the CPR office uses for that
 * century, a last digit odd for men and even for women) but that the CPR office has not issued. Every number issued
 * before 1 October 2007 passes the modulus-11 check, and the few issued since that fail it all have 1 January as
 * birth date (cpr.dk, "Personnumre uden kontrolciffer"). So every number made here fails modulus 11 and nobody is
 * born on 1 January; {@link Cpr#parse} accepts them, as it must accept real numbers that fail the check.
 */
final class SyntheticCpr {

	private static final int[] MODULUS_11_WEIGHTS = { 4, 3, 2, 7, 6, 5, 4, 3, 2, 1 };

	private SyntheticCpr() {
	}

	/** @throws IllegalArgumentException for a birth date on 1 January; see {@link #birthDate} */
	static Cpr of(LocalDate birthDate, boolean female, SplittableRandom random) {
		if (birthDate.getDayOfYear() == 1) {
			throw new IllegalArgumentException("Real CPR numbers without modulus 11 are born on 1 January");
		}
		int year = birthDate.getYear();
		int yy = year % 100;
		int seventh;
		if (year < 1900) {
			seventh = 5 + random.nextInt(4); // 5–8 with YY 58–99
		}
		else if (year < 2000) {
			seventh = random.nextInt(4); // 0–3
		}
		else if (yy <= 36) {
			seventh = random.nextBoolean() ? 4 : 9;
		}
		else {
			seventh = 5 + random.nextInt(4); // 5–8 with YY 00–57
		}
		String digits;
		do {
			int middle = random.nextInt(100);
			int last = random.nextInt(5) * 2 + (female ? 0 : 1);
			digits = String.format("%02d%02d%02d%d%02d%d", birthDate.getDayOfMonth(), birthDate.getMonthValue(), yy,
					seventh, middle, last);
		}
		while (passesModulus11(digits));
		return Cpr.parse(digits);
	}

	/** The date itself, or 2 January for 1 January, the only birth date with real numbers that fail modulus 11. */
	static LocalDate birthDate(LocalDate date) {
		return date.getDayOfYear() == 1 ? date.plusDays(1) : date;
	}

	static boolean passesModulus11(String digits) {
		int sum = 0;
		for (int i = 0; i < MODULUS_11_WEIGHTS.length; i++) {
			sum += (digits.charAt(i) - '0') * MODULUS_11_WEIGHTS[i];
		}
		return sum % 11 == 0;
	}
}
