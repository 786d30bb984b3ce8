package dk.sagsvagt.demo;

import java.time.LocalDate;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.citizens.Cpr;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticCprTest {

	@Test
	void everyGeneratedNumberParsesBackToItsBirthDateAndSex() {
		SplittableRandom random = new SplittableRandom(42);
		for (LocalDate d = LocalDate.of(1930, 1, 1); d.isBefore(LocalDate.of(2030, 1, 1)); d = d.plusDays(13)) {
			boolean female = random.nextBoolean();
			Cpr cpr = SyntheticCpr.of(d, female, random);
			assertThat(Cpr.parse(cpr.digits()).birthDate()).isEqualTo(d);
			assertThat((cpr.digits().charAt(9) - '0') % 2 == 0).isEqualTo(female);
		}
	}

	@Test
	void theSameSeedGivesTheSameNumbers() {
		LocalDate birth = LocalDate.of(2015, 3, 1);
		assertThat(SyntheticCpr.of(birth, true, new SplittableRandom(7)))
			.isEqualTo(SyntheticCpr.of(birth, true, new SplittableRandom(7)));
	}
}
