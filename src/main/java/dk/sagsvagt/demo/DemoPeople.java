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
	record Person(long id, String firstName, boolean female, LocalDate birthDate) {
	}

	/** A child with its custodial parents. */
	record Child(Person child, List<Person> parents) {
	}

	record Built(List<Child> children, List<Person> adults) {
	}

	private final Citizens citizens;

	DemoPeople(Citizens citizens) {
		this.citizens = citizens;
	}

	Built build(int total, int adultsAlone, LocalDate today, SplittableRandom random) {
		Set<String> used = new HashSet<>();
		List<Cpr> cprs = new ArrayList<>(total);
		List<String> names = new ArrayList<>(total);
		List<Boolean> female = new ArrayList<>(total);
		List<Integer> familyOf = new ArrayList<>(total);
		List<Boolean> isChild = new ArrayList<>(total);
		int family = 0;
		while (cprs.size() < total - adultsAlone) {
			String surname = Names.surname(random);
			int parents = random.nextInt(10) < 6 ? 2 : 1;
			int children = 1 + random.nextInt(3);
			LocalDate parentBirth = today.minusYears(25 + random.nextInt(30)).minusDays(random.nextInt(365));
			for (int p = 0; p < parents; p++) {
				boolean f = parents == 1 ? random.nextInt(10) < 8 : p == 0;
				add(cprs, names, female, used, parentBirth.minusDays(random.nextInt(2000) - 1000), f, surname, random);
				familyOf.add(family);
				isChild.add(false);
			}
			for (int c = 0; c < children; c++) {
				boolean f = random.nextBoolean();
				LocalDate birth = today.minusDays(30 + random.nextInt(17 * 365));
				add(cprs, names, female, used, birth, f, surname, random);
				familyOf.add(family);
				isChild.add(true);
			}
			family++;
		}
		while (cprs.size() < total) {
			add(cprs, names, female, used, today.minusYears(18 + random.nextInt(70)).minusDays(random.nextInt(365)),
					random.nextBoolean(), Names.surname(random), random);
			familyOf.add(-1);
			isChild.add(false);
		}
		List<Long> ids = citizens.registerAll(cprs, names);

		List<Child> childList = new ArrayList<>();
		List<Person> adults = new ArrayList<>();
		List<Long> custodyChildren = new ArrayList<>();
		List<Long> custodyParents = new ArrayList<>();
		List<Person> currentParents = new ArrayList<>();
		int currentFamily = -2;
		for (int i = 0; i < ids.size(); i++) {
			Person person = new Person(ids.get(i), names.get(i).split(" ")[0], female.get(i), cprs.get(i).birthDate());
			if (familyOf.get(i) != currentFamily) {
				currentFamily = familyOf.get(i);
				currentParents = new ArrayList<>();
			}
			if (familyOf.get(i) < 0) {
				adults.add(person);
			}
			else if (isChild.get(i)) {
				childList.add(new Child(person, List.copyOf(currentParents)));
				for (Person parent : currentParents) {
					custodyChildren.add(person.id());
					custodyParents.add(parent.id());
				}
			}
			else {
				currentParents.add(person);
			}
		}
		citizens.recordCustodyAll(custodyChildren.toArray(Long[]::new), custodyParents.toArray(Long[]::new));
		return new Built(childList, adults);
	}

	private static void add(List<Cpr> cprs, List<String> names, List<Boolean> female, Set<String> used,
			LocalDate birth, boolean f, String surname, SplittableRandom random) {
		Cpr cpr;
		do {
			cpr = SyntheticCpr.of(birth, f, random);
		}
		while (!used.add(cpr.digits()));
		cprs.add(cpr);
		names.add(Names.first(random, f) + " " + surname);
		female.add(f);
	}
}
