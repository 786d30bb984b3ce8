package dk.sagsvagt.demo;

import java.time.LocalDate;
import java.util.SplittableRandom;

import dk.sagsvagt.citizens.Cpr;

/**
 * Invented CPR numbers that are valid in form: a real birth date, the 7th digit the CPR office uses for that
 * century, and a last digit that is odd for men and even for women. The serial digits are random, so a number may
 * by chance coincide with a real person's; the demo data never holds anything else about real people.
 */
final class SyntheticCpr {

	private SyntheticCpr() {
	}

	static Cpr of(LocalDate birthDate, boolean female, SplittableRandom random) {
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
		int middle = random.nextInt(100);
		int last = random.nextInt(5) * 2 + (female ? 0 : 1);
		String digits = String.format("%02d%02d%02d%d%02d%d", birthDate.getDayOfMonth(), birthDate.getMonthValue(), yy,
				seventh, middle, last);
		return Cpr.parse(digits);
	}
}
