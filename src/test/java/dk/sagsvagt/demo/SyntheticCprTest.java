package dk.sagsvagt.demo;

import java.time.LocalDate;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.citizens.Cpr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SyntheticCprTest {

	@Test
	void everyGeneratedNumberParsesBackToItsBirthDateAndSex() {
		SplittableRandom random = new SplittableRandom(42);
		for (LocalDate d = LocalDate.of(1930, 1, 1); d.isBefore(LocalDate.of(2030, 1, 1)); d = d.plusDays(13)) {
			LocalDate birth = SyntheticCpr.birthDate(d);
			boolean female = random.nextBoolean();
			Cpr cpr = SyntheticCpr.of(birth, female, random);
			assertThat(Cpr.parse(cpr.digits()).birthDate()).isEqualTo(birth);
			assertThat((cpr.digits().charAt(9) - '0') % 2 == 0).isEqualTo(female);
		}
	}

	@Test
	void noGeneratedNumberPassesModulus11SoNoneWasIssuedBefore2007() {
		SplittableRandom random = new SplittableRandom(1);
		for (LocalDate d = LocalDate.of(1940, 1, 2); d.isBefore(LocalDate.of(2025, 1, 1)); d = d.plusDays(5)) {
			String digits = SyntheticCpr.of(SyntheticCpr.birthDate(d), random.nextBoolean(), random).digits();
			assertThat(SyntheticCpr.passesModulus11(digits)).as("modulus 11 of a generated number").isFalse();
		}
		assertThat(SyntheticCpr.passesModulus11("0707614285")).isTrue();
	}

	@Test
	void nobodyIsBornOnTheFirstOfJanuaryTheOnlyDateWithRealNumbersFailingModulus11() {
		assertThat(SyntheticCpr.birthDate(LocalDate.of(1965, 1, 1))).isEqualTo(LocalDate.of(1965, 1, 2));
		assertThat(SyntheticCpr.birthDate(LocalDate.of(1965, 3, 1))).isEqualTo(LocalDate.of(1965, 3, 1));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SyntheticCpr.of(LocalDate.of(1965, 1, 1), false, new SplittableRandom(3)));
	}

	@Test
	void theSameSeedGivesTheSameNumbers() {
		LocalDate birth = LocalDate.of(2015, 3, 1);
		assertThat(SyntheticCpr.of(birth, true, new SplittableRandom(7)))
			.isEqualTo(SyntheticCpr.of(birth, true, new SplittableRandom(7)));
	}
}
