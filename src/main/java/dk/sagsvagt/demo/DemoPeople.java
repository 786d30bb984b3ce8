package dk.sagsvagt.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import dk.sagsvagt.citizens.Citizens;
import dk.sagsvagt.citizens.Cpr;

/** Invented citizens: families with children and their custodial parents, and adults living alone. */
final class DemoPeople {

	/** A citizen as generated and registered. */
	record Person(long id, Cpr cpr, String firstName, boolean female, LocalDate birthDate) {
	}

	/** A child with its custodial parents. */
	record Child(Person child, List<Person> parents) {
	}

	record Built(List<Child> children, List<Person> adults) {
	}

	/** A citizen before registration; {@code family} is -1 for an adult living alone. */
	record Planned(Cpr cpr, String name, boolean female, int family, boolean child) {
	}

	private final Citizens citizens;

	DemoPeople(Citizens citizens) {
		this.citizens = citizens;
	}

	Built build(int total, int adultsAlone, LocalDate today, SplittableRandom random) {
		List<Planned> planned = plan(total, adultsAlone, today, random);
		List<Long> ids = citizens.registerAll(planned.stream().map(Planned::cpr).toList(),
				planned.stream().map(Planned::name).toList());

		List<Child> children = new ArrayList<>();
		List<Person> adults = new ArrayList<>();
		List<Long> custodyChildren = new ArrayList<>();
		List<Long> custodyParents = new ArrayList<>();
		List<Person> parents = new ArrayList<>();
		int currentFamily = -2;
		for (int i = 0; i < ids.size(); i++) {
			Planned p = planned.get(i);
			Person person = new Person(ids.get(i), p.cpr(), p.name().split(" ")[0], p.female(), p.cpr().birthDate());
			if (p.family() != currentFamily) {
				currentFamily = p.family();
				parents = new ArrayList<>();
			}
			if (p.family() < 0) {
				adults.add(person);
			}
			else if (p.child()) {
				children.add(new Child(person, List.copyOf(parents)));
				for (Person parent : parents) {
					custodyChildren.add(person.id());
					custodyParents.add(parent.id());
				}
			}
			else {
				parents.add(person);
			}
		}
		citizens.recordCustodyAll(custodyChildren.toArray(Long[]::new), custodyParents.toArray(Long[]::new));
		return new Built(children, adults);
	}

	/**
	 * Families first (parents, then children, oldest first), then adults living alone. Children are 0–17 years old;
	 * parents were about 20–45 when their children were born and are 20–60 now. Adults living alone are 21 or older,
	 * so they were adults when any of the last three years' cases was opened.
	 */
	static List<Planned> plan(int total, int adultsAlone, LocalDate today, SplittableRandom random) {
		List<Planned> people = new ArrayList<>(total + 4);
		Set<String> used = new HashSet<>();
		LocalDate youngestBirth = today.minusDays(30);
		int family = 0;
		while (people.size() < total - adultsAlone) {
			String surname = Names.surname(random);
			int parents = random.nextInt(10) < 6 ? 2 : 1;
			int children = 1 + random.nextInt(3);
			LocalDate firstChild = today.minusDays(30 + random.nextInt(17 * 365));
			LocalDate parentBirth = firstChild.minusYears(22 + random.nextInt(16)).minusDays(random.nextInt(365));
			for (int p = 0; p < parents; p++) {
				boolean female = parents == 1 ? random.nextInt(10) < 8 : p == 0;
				LocalDate birth = p == 0 ? parentBirth : parentBirth.minusDays(random.nextInt(1800) - 600);
				people.add(person(birth, female, surname, family, false, used, random));
			}
			LocalDate childBirth = firstChild;
			for (int c = 0; c < children && !childBirth.isAfter(youngestBirth); c++) {
				people.add(person(childBirth, random.nextBoolean(), surname, family, true, used, random));
				childBirth = childBirth.plusDays(365 + random.nextInt(2 * 365));
			}
			family++;
		}
		while (people.size() < total) {
			LocalDate birth = today.minusYears(21 + random.nextInt(67)).minusDays(random.nextInt(365));
			people.add(person(birth, random.nextBoolean(), Names.surname(random), -1, false, used, random));
		}
		return people;
	}

	private static Planned person(LocalDate birth, boolean female, String surname, int family, boolean child,
			Set<String> used, SplittableRandom random) {
		LocalDate birthDate = SyntheticCpr.birthDate(birth);
		Cpr cpr;
		do {
			cpr = SyntheticCpr.of(birthDate, female, random);
		}
		while (!used.add(cpr.digits()));
		return new Planned(cpr, Names.first(random, female) + " " + surname, female, family, child);
	}
}
