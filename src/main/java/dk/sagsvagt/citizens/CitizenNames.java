package dk.sagsvagt.citizens;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Finding citizens by part of their name: each word typed must begin a word of the name, whatever its case, with
 * æ, ø and å lowered as in Danish (the database's own locale is C). The SQL matches the trigram index of V45, so a
 * module that finds citizens among its own rows (e.g. those with a case the user may see) uses it as it stands.
 */
public final class CitizenNames {

	/** A search of more words than this uses the first ones. */
	static final int MAX_WORDS = 5;

	/** The expression of the index {@code citizen_name_trgm_idx} on {@code citizens.citizen c}. */
	private static final String INDEXED = "(' ' || lower(c.name COLLATE \"da-DK-x-icu\"))";

	private CitizenNames() {
	}

	/**
	 * The words of a search that can match a name: split at spaces and punctuation other than a hyphen or an
	 * apostrophe, at least two letters each, at most {@value #MAX_WORDS}. Empty when none is left (e.g. a number).
	 */
	public static List<String> words(String terms) {
		if (terms == null) {
			return List.of();
		}
		return Arrays.stream(terms.strip().split("[^\\p{L}\\-']+"))
			.filter(w -> w.codePointCount(0, w.length()) >= 2 && w.chars().anyMatch(Character::isLetter))
			.limit(MAX_WORDS)
			.toList();
	}

	/**
	 * The SQL condition on {@code citizens.citizen c} that every word begins a word of the name; one parameter per
	 * word, from {@link #patterns}.
	 */
	public static String condition(List<String> words) {
		if (words.isEmpty()) {
			return "false";
		}
		return String.join(" AND ", words.stream().map(w -> INDEXED + " LIKE ?").toList());
	}

	/** The LIKE patterns for {@link #condition}: {@code % word%} in Danish lower case, with LIKE's own characters escaped. */
	public static Object[] patterns(List<String> words) {
		return words.stream()
			.map(w -> "% " + w.toLowerCase(Locale.forLanguageTag("da")).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
			.toArray();
	}
}
