package dk.sagsvagt.demo;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.citizens.Cpr;

import static org.assertj.core.api.Assertions.assertThat;

class DemoPeopleTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	private final List<DemoPeople.Planned> people = DemoPeople.plan(5000, 400, TODAY, new SplittableRandom(20171219));

	@Test
	void everyoneHasAUniqueValidCprNumber() {
		assertThat(people).hasSizeGreaterThanOrEqualTo(5000);
		assertThat(people.stream().map(p -> p.cpr().digits()).distinct()).hasSize(people.size());
		for (DemoPeople.Planned p : people) {
			assertThat(Cpr.parse(p.cpr().digits()).birthDate()).isEqualTo(p.cpr().birthDate());
		}
	}

	@Test
	void childrenAreUnder18AndTheirParents20To60AndGrownUpWhenTheChildWasBorn() {
		List<DemoPeople.Planned> parents = new ArrayList<>();
		int family = -2;
		int children = 0;
		for (DemoPeople.Planned p : people) {
			if (p.family() != family) {
				family = p.family();
				parents.clear();
			}
			if (p.family() < 0) {
				assertThat(age(p.cpr().birthDate(), TODAY)).isBetween(21, 88);
			}
			else if (p.child()) {
				children++;
				assertThat(age(p.cpr().birthDate(), TODAY)).isBetween(0, 17);
				assertThat(parents).isNotEmpty();
				for (DemoPeople.Planned parent : parents) {
					assertThat(age(parent.cpr().birthDate(), p.cpr().birthDate())).isBetween(18, 50);
				}
			}
			else {
				assertThat(age(p.cpr().birthDate(), TODAY)).isBetween(20, 60);
				parents.add(p);
			}
		}
		assertThat(children).isGreaterThan(2000);
	}

	@Test
	void theSameSeedGivesTheSamePeople() {
		List<DemoPeople.Planned> again = DemoPeople.plan(5000, 400, TODAY, new SplittableRandom(20171219));
		assertThat(again.stream().map(p -> p.cpr().digits() + p.name()).toList())
			.isEqualTo(people.stream().map(p -> p.cpr().digits() + p.name()).toList());
	}

	private static int age(LocalDate born, LocalDate on) {
		return Period.between(born, on).getYears();
	}
}
