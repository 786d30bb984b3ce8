package dk.sagsvagt.organisation;

import java.util.regex.Pattern;

import dk.sagsvagt.shared.InvalidInputException;

/**
 * How a citizen reaches a unit, printed under the signature of its letters: postal address, telephone and e-mail.
 * Each part is optional; blank means not registered. The database holds the same bounds (V49).
 */
public record UnitContact(String address, String phone, String email) {

	public static final UnitContact NONE = new UnitContact(null, null, null);

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ]{8,20}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	public UnitContact {
		address = blankToNull(address);
		phone = blankToNull(phone);
		email = blankToNull(email);
	}

	/** Refuses, in Danish and naming the field, what the database would refuse. */
	public UnitContact validated() {
		if (address != null && address.length() > 200) {
			throw new InvalidInputException("address", "Adressen må højst være 200 tegn.");
		}
		if (phone != null && !PHONE.matcher(phone).matches()) {
			throw new InvalidInputException("phone", "Skriv telefonnummeret med 8 cifre, f.eks. 33 17 33 17.");
		}
		if (email != null && (email.length() > 200 || !EMAIL.matcher(email).matches())) {
			throw new InvalidInputException("email", "Skriv en e-mailadresse som navn@kommune.dk.");
		}
		return this;
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
