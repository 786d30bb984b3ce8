package dk.sagsvagt.organisation;

import java.util.ArrayList;
import java.util.List;

/**
 * Who a letter is from, as the municipality's letters close (issue 18): the signer's name and title, the unit, and
 * how to reach it. No username, no internal code.
 */
public record Signature(String name, String title, String unit, UnitContact contact) {

	/** The lines under "Med venlig hilsen": name, title, unit, address, "Telefon …", "E-mail …"; missing parts left out. */
	public List<String> lines() {
		List<String> lines = new ArrayList<>();
		add(lines, name);
		add(lines, title);
		add(lines, unit);
		add(lines, contact.address());
		if (contact.phone() != null) {
			lines.add("Telefon " + contact.phone());
		}
		if (contact.email() != null) {
			lines.add("E-mail " + contact.email());
		}
		return lines;
	}

	private static void add(List<String> lines, String text) {
		if (text != null && !text.isBlank()) {
			lines.add(text);
		}
	}
}
