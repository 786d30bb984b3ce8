package dk.sagsvagt.supervision;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The sampling rule, written so that anyone can re-run it without Sagsvagt (it is printed in the result note):
 * <ol>
 * <li>Each case in the population has a stratum (its unit when sampling per unit, and/or its case type when
 * stratifying by measure; otherwise "Alle") and the key SHA-256(seed + ":" + case number) in lowercase hex.</li>
 * <li>The places: per unit, each unit gets the sample size (at most its number of cases); otherwise the whole
 * population gets it. Within a unit (or the whole), places are shared between its strata in proportion to their
 * sizes: each stratum first gets max(minimum, floor(n·N_s/N)), at most N_s; the places left go one at a time to
 * the strata with the largest fractional part of n·N_s/N (ties by stratum name), skipping full strata, in repeated
 * passes.</li>
 * <li>In each stratum the cases with the smallest keys are drawn. A case excluded with a reason is replaced by the
 * stratum's next case by key that is not already in the sample.</li>
 * </ol>
 */
public final class Sampling {

	/** The rule in Danish, for the result note and the round page. */
	public static final String RULE_DA = "Hver sag i populationen får nøglen SHA-256(frø + \":\" + sagsnummer) skrevet som "
			+ "hexadecimal med små bogstaver. Pladserne fordeles pr. enhed (hver enhed får stikprøvens størrelse, højst sit antal "
			+ "sager) eller samlet, og inden for hver enhed på strataene (sagstyper) i forhold til deres størrelse: først "
			+ "max(minimum; nedrundet n·Ns/N), højst Ns; de resterende pladser én ad gangen til strataene med størst decimalrest "
			+ "(ved lighed efter stratumnavn). I hvert stratum udtrækkes sagerne med de mindste nøgler. En sag, der udelades med "
			+ "begrundelse, erstattes af stratumets næste sag efter nøgle, som ikke allerede er i stikprøven.";

	private Sampling() {
	}

	/** A case of the population: its number, its group (unit, or "Alle") and its stratum within the group. */
	public record Member(String caseNumber, String group, String stratum) {
	}

	public static String key(String seed, String caseNumber) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest((seed + ":" + caseNumber).getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/** Each case's key, by case number. */
	public static Map<String, String> keys(List<Member> population, String seed) {
		Map<String, String> keys = new java.util.HashMap<>(population.size() * 2);
		population.forEach(m -> keys.put(m.caseNumber(), key(seed, m.caseNumber())));
		return keys;
	}

	/** The case numbers drawn, stratum by stratum in key order, given each case's {@link #keys key}. */
	public static List<String> draw(List<Member> population, Map<String, String> keys, int size, int minPerStratum) {
		Map<String, List<Member>> groups = population.stream()
			.collect(Collectors.groupingBy(Member::group, TreeMap::new, Collectors.toList()));
		List<String> drawn = new ArrayList<>();
		for (List<Member> group : groups.values()) {
			Map<String, List<String>> strata = group.stream()
				.collect(Collectors.groupingBy(Member::stratum, TreeMap::new,
						Collectors.mapping(Member::caseNumber, Collectors.toList())));
			Map<String, Integer> sizes = new LinkedHashMap<>();
			strata.forEach((name, cases) -> sizes.put(name, cases.size()));
			Map<String, Integer> places = allocate(sizes, size, minPerStratum);
			for (Map.Entry<String, List<String>> stratum : strata.entrySet()) {
				stratum.getValue()
					.stream()
					.sorted(Comparator.comparing(keys::get))
					.limit(places.get(stratum.getKey()))
					.forEach(drawn::add);
			}
		}
		return drawn;
	}

	/**
	 * The replacement for a case excluded from the sample: the index in the population of its stratum's next case by
	 * key that is not in the sample already, or -1 when the stratum has none left.
	 */
	public static int replacement(String[] caseNumbers, String[] strata, String stratum, java.util.Set<String> inSample, String seed) {
		int at = -1;
		String best = null;
		for (int i = 0; i < caseNumbers.length; i++) {
			if (strata[i].equals(stratum) && !inSample.contains(caseNumbers[i])) {
				String key = key(seed, caseNumbers[i]);
				if (best == null || key.compareTo(best) < 0) {
					best = key;
					at = i;
				}
			}
		}
		return at;
	}

	/** Shares {@code n} places between strata of the given sizes (see the class comment); keys in name order. */
	public static Map<String, Integer> allocate(Map<String, Integer> sizes, int n, int minimum) {
		Map<String, Integer> sorted = new TreeMap<>(sizes);
		int total = sorted.values().stream().mapToInt(Integer::intValue).sum();
		Map<String, Integer> places = new TreeMap<>();
		if (n >= total) {
			places.putAll(sorted);
			return places;
		}
		Map<String, Double> remainder = new TreeMap<>();
		int given = 0;
		for (Map.Entry<String, Integer> s : sorted.entrySet()) {
			double exact = (double) n * s.getValue() / total;
			int base = Math.min(s.getValue(), Math.max(minimum, (int) Math.floor(exact)));
			places.put(s.getKey(), base);
			remainder.put(s.getKey(), exact - Math.floor(exact));
			given += base;
		}
		while (given < n) {
			List<String> order = remainder.keySet()
				.stream()
				.filter(k -> places.get(k) < sorted.get(k))
				.sorted(Comparator.comparing((String k) -> remainder.get(k)).reversed().thenComparing(k -> k))
				.toList();
			if (order.isEmpty()) {
				break;
			}
			for (String k : order) {
				if (given >= n) {
					break;
				}
				places.merge(k, 1, Integer::sum);
				given++;
			}
		}
		return places;
	}
}
