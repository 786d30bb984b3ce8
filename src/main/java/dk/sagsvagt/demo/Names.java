package dk.sagsvagt.demo;

import java.util.List;
import java.util.SplittableRandom;

/** Common Danish first names and surnames, for invented people. */
final class Names {

	static final List<String> GIRLS = List.of("Emma", "Ida", "Clara", "Freja", "Alma", "Ella", "Sofia", "Agnes",
			"Karla", "Laura", "Anna", "Olivia", "Josefine", "Ellen", "Nora", "Mathilde", "Maja", "Asta", "Lærke",
			"Luna", "Esther", "Liva", "Vigga", "Frida", "Johanne", "Sara", "Mette", "Hanne", "Susanne", "Lene",
			"Camilla", "Louise", "Maria", "Pernille", "Tina", "Birgitte", "Helle", "Marianne", "Trine", "Signe");

	static final List<String> BOYS = List.of("William", "Noah", "Oscar", "Lucas", "Carl", "Victor", "Alfred",
			"Malthe", "Emil", "Magnus", "Frederik", "Valdemar", "Aksel", "Elias", "Johan", "Oliver", "Anton",
			"Mikkel", "August", "Storm", "Villads", "Theo", "Arthur", "Laurits", "Peter", "Jens", "Lars", "Søren",
			"Henrik", "Thomas", "Martin", "Rasmus", "Jesper", "Morten", "Anders", "Niels", "Kasper", "Mads", "Ole",
			"Bjørn");

	static final List<String> SURNAMES = List.of("Nielsen", "Jensen", "Hansen", "Pedersen", "Andersen",
			"Christensen", "Larsen", "Sørensen", "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen",
			"Olsen", "Thomsen", "Christiansen", "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen",
			"Mikkelsen", "Olesen", "Frederiksen", "Laursen", "Henriksen", "Lund", "Holm", "Schmidt", "Eriksen",
			"Kristiansen", "Clausen", "Simonsen", "Svendsen", "Andreasen", "Iversen", "Østergaard", "Jeppesen",
			"Vestergaard", "Ahmed", "Hussein", "Yilmaz", "Nowak", "Ali", "Khan", "Åberg", "Ærenlund", "Øberg");

	private Names() {
	}

	static String first(SplittableRandom random, boolean female) {
		List<String> names = female ? GIRLS : BOYS;
		return names.get(random.nextInt(names.size()));
	}

	static String surname(SplittableRandom random) {
		return SURNAMES.get(random.nextInt(SURNAMES.size()));
	}
}
