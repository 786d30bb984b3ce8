package dk.sagsvagt.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import dk.sagsvagt.cases.HistoricCase;
import dk.sagsvagt.cases.PartyRole;
import dk.sagsvagt.shared.WorkingDayCalendar;

import static dk.sagsvagt.shared.WorkingDayCalendar.COPENHAGEN;

/** Invented cases over the last three years: mostly children's, most of the older ones closed. */
final class DemoCases {
	private static final Map<String, List<String>> TITLES = Map.of(
			"NOTIFICATION", List.of("Underretning om bekymring for skolefravær", "Underretning fra sundhedsplejersken",
					"Underretning fra daginstitution om trivsel", "Underretning om vold i hjemmet",
					"Underretning fra politiet"),
			"CHILD_ASSESSMENT", List.of("Børnefaglig undersøgelse", "Børnefaglig undersøgelse efter underretning",
					"Børnefaglig undersøgelse – skoletrivsel"),
			"PREVENTIVE_MEASURE", List.of("Familiebehandling", "Kontaktperson til barnet", "Aflastning",
					"Støtte i hjemmet", "Fast kontaktperson for familien"),
			"PLACEMENT", List.of("Anbringelse i plejefamilie", "Anbringelse på døgninstitution",
					"Anbringelse i netværksplejefamilie"),
			"HOUSING_OFFER", List.of("Ansøgning om botilbud", "Midlertidigt botilbud", "Længerevarende botilbud"),
			"PERSONAL_HELP", List.of("Personlig hjælp og pleje", "Ansøgning om praktisk hjælp"),
			"SUPPORT_CONTACT", List.of("Støtte- og kontaktperson", "Socialpædagogisk støtte"));

	private static final String[] CHILD_TYPES = { "NOTIFICATION", "NOTIFICATION", "NOTIFICATION", "CHILD_ASSESSMENT",
			"CHILD_ASSESSMENT", "PREVENTIVE_MEASURE", "PREVENTIVE_MEASURE", "PREVENTIVE_MEASURE", "PLACEMENT" };

	private static final String[] ADULT_TYPES = { "HOUSING_OFFER", "HOUSING_OFFER", "PERSONAL_HELP", "SUPPORT_CONTACT" };

	/** A generated case with the people it is about, for the documents that follow. */
	record Planned(HistoricCase historic, String childName, String parentName, boolean adult, Long caseworker) {
	}

	static List<Planned> plan(int count, DemoOrganisation.Built org, DemoPeople.Built people, Instant now,
			SplittableRandom random) {
		List<Planned> planned = new ArrayList<>(count);
		long amager = org.familyUnits().get(0);
		LocalDate today = now.atZone(COPENHAGEN).toLocalDate();
		// the demo caseworker always has some recent open cases, whatever the size
		int guaranteed = Math.max(3, count / 100);
		for (int i = 0; i < count; i++) {
			boolean mine = i < guaranteed;
			boolean adult = !mine && random.nextInt(5) == 0;
			String type = adult ? pick(ADULT_TYPES, random) : pick(CHILD_TYPES, random);
			long unit = mine ? amager : adult ? org.adultUnits().get(random.nextInt(org.adultUnits().size()))
					: familyUnit(org.familyUnits(), random);
			// skewed towards recent cases: most open cases are young
			long ageMinutes = mine ? 60 + random.nextInt(40 * 24 * 60)
					: (long) (3 * 365 * 24 * 60 * Math.pow(random.nextDouble(), 1.4)) + 60;
			Instant openedAt = now.minus(Duration.ofMinutes(ageMinutes));
			List<HistoricCase.OtherParty> others = new ArrayList<>();
			long primary;
			String childName;
			String parentName;
			if (adult) {
				DemoPeople.Person person = people.adults().get(random.nextInt(people.adults().size()));
				primary = person.id();
				childName = person.firstName();
				parentName = person.firstName();
			}
			else {
				DemoPeople.Child child = bornBefore(people.children(), today, ageMinutes / (24 * 60), random);
				Instant born = child.child().birthDate().atStartOfDay(COPENHAGEN).toInstant();
				if (!openedAt.isAfter(born)) { // only when no child is old enough: a tiny municipality
					openedAt = born.plus(Duration.ofHours(12));
					ageMinutes = Duration.between(openedAt, now).toMinutes();
				}
				primary = child.child().id();
				childName = child.child().firstName();
				parentName = child.parents().isEmpty() ? "moderen" : child.parents().get(0).firstName();
				for (DemoPeople.Person parent : child.parents()) {
					others.add(new HistoricCase.OtherParty(parent.id(), PartyRole.CUSTODIAL_PARENT));
				}
			}
			long ageDays = ageMinutes / (24 * 60);
			Instant closedAt = null;
			if (!mine && ageDays > 45 && random.nextDouble() < Math.min(0.92, ageDays / 500.0)) {
				closedAt = openedAt.plus(Duration.ofMinutes(30L * 24 * 60 + (long) (random.nextDouble() * (ageMinutes - 31L * 24 * 60))));
			}
			List<Long> workers = org.caseworkers().get(unit);
			// besides her recent cases, a share of the unit's older open cases, so her caseload is about 30 of mixed age
			Long caseworker = mine || closedAt == null && unit == amager && random.nextInt(20) == 0 ? org.demoCaseworker()
					: workers.get(random.nextInt(workers.size()));
			String title = TITLES.get(type).get(random.nextInt(TITLES.get(type).size()));
			String actor = org.usernames().get(caseworker);
			planned.add(new Planned(new HistoricCase(type, title, primary, unit, caseworker, openedAt, closedAt, others,
					actor), childName, parentName, adult, caseworker));
		}
		planned.sort(Comparator.comparing(p -> p.historic().openedAt()));
		return planned;
	}

	/**
	 * A child born before the case was opened; the oldest child if a few tries find none. Ages are compared in whole
	 * days, so the choice does not depend on the time of day the data is generated.
	 */
	private static DemoPeople.Child bornBefore(List<DemoPeople.Child> children, LocalDate today, long caseAgeDays,
			SplittableRandom random) {
		for (int attempt = 0; attempt < 100; attempt++) {
			DemoPeople.Child child = children.get(random.nextInt(children.size()));
			if (ChronoUnit.DAYS.between(child.child().birthDate(), today) > caseAgeDays + 1) {
				return child;
			}
		}
		return children.stream().min(Comparator.comparing((DemoPeople.Child c) -> c.child().birthDate())).orElseThrow();
	}

	/** Amager is the largest unit: three times the weight of the others. */
	private static long familyUnit(List<Long> units, SplittableRandom random) {
		int slot = random.nextInt(units.size() + 2);
		return slot < 3 ? units.get(0) : units.get(slot - 2);
	}

	private static String pick(String[] values, SplittableRandom random) {
		return values[random.nextInt(values.length)];
	}
}
