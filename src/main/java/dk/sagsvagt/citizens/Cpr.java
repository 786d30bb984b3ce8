package dk.sagsvagt.citizens;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

import dk.sagsvagt.shared.InvalidInputException;

/**
 * A CPR number (CPR-loven § 3). The first six digits are the birth date DDMMYY and the 7th digit gives the century.
 * Since 2007 numbers are issued that fail the old modulus-11 check, so it is never applied.
 * {@link #toString()} is masked so a CPR number cannot end up in a log by accident.
 */
public final class Cpr {

	private static final Pattern FORMAT = Pattern.compile("\\d{6}-?\\d{4}");

	private final String digits;

	private final LocalDate birthDate;

	private Cpr(String digits, LocalDate birthDate) {
		this.digits = digits;
		this.birthDate = birthDate;
	}

	/**
	 * Parses {@code DDMMYYSSSS} or {@code DDMMYY-SSSS}, surrounding spaces allowed.
	 * @throws InvalidInputException with a Danish reason for field {@code field}
	 */
	public static Cpr parse(String input, String field) {
		String trimmed = input == null ? "" : input.strip();
		if (trimmed.isEmpty()) {
			throw new InvalidInputException(field, "CPR-nummer skal udfyldes.");
		}
		if (!FORMAT.matcher(trimmed).matches()) {
			throw new InvalidInputException(field, "CPR-nummeret skal have 10 cifre, evt. som DDMMÅÅ-XXXX.");
		}
		String digits = trimmed.replace("-", "");
		int day = Integer.parseInt(digits.substring(0, 2));
		int month = Integer.parseInt(digits.substring(2, 4));
		int yy = Integer.parseInt(digits.substring(4, 6));
		int seventh = digits.charAt(6) - '0';
		int year = century(seventh, yy) + yy;
		try {
			return new Cpr(digits, LocalDate.of(year, month, day));
		}
		catch (DateTimeException e) {
			throw new InvalidInputException(field, "CPR-nummerets første seks cifre (" + digits.substring(0, 6)
					+ ") er ikke en gyldig dato.");
		}
	}

	public static Cpr parse(String input) {
		return parse(input, "cpr");
	}

	/** The CPR office's table of the 7th digit against the year of birth. */
	static int century(int seventh, int yy) {
		if (seventh <= 3) {
			return 1900;
		}
		if (seventh == 4 || seventh == 9) {
			return yy <= 36 ? 2000 : 1900;
		}
		return yy <= 57 ? 2000 : 1800;
	}

	public String digits() {
		return digits;
	}

	public LocalDate birthDate() {
		return birthDate;
	}

	/** {@code DDMMYY-SSSS}, for a user who opened the number. */
	public String formatted() {
		return digits.substring(0, 6) + "-" + digits.substring(6);
	}

	/** {@code DDMMYY-XXXX}, the form shown by default. */
	public String masked() {
		return digits.substring(0, 6) + "-XXXX";
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Cpr cpr && cpr.digits.equals(digits);
	}

	@Override
	public int hashCode() {
		return digits.hashCode();
	}

	@Override
	public String toString() {
		return masked();
	}
}
