package dk.sagsvagt.citizens;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.shared.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CprTest {

	@Test
	void acceptsNumberThatFailsModulus11() {
		// 0101901234: weighted sum 4*0+3*1+2*0+7*1+6*9+5*0+4*1+3*2+2*3+1*4 = 84, 84 mod 11 = 7: fails modulus 11
		Cpr cpr = Cpr.parse("010190-1234");
		assertThat(cpr.birthDate()).isEqualTo(LocalDate.of(1990, 1, 1));
		assertThat(cpr.digits()).isEqualTo("0101901234");
	}

	@Test
	void acceptsNumberThatPassesModulus11() {
		// 0707614285: 4*0+3*7+2*0+7*7+6*6+5*1+4*4+3*2+2*8+1*5 = 154 = 14 * 11
		assertThat(Cpr.parse("0707614285").birthDate()).isEqualTo(LocalDate.of(1961, 7, 7));
	}

	@Test
	void centuryComesFromTheSeventhDigit() {
		assertThat(Cpr.parse("010203-3999").birthDate()).isEqualTo(LocalDate.of(1903, 2, 1));
		assertThat(Cpr.parse("010236-4000").birthDate()).isEqualTo(LocalDate.of(2036, 2, 1));
		assertThat(Cpr.parse("010237-4000").birthDate()).isEqualTo(LocalDate.of(1937, 2, 1));
		assertThat(Cpr.parse("010215-9000").birthDate()).isEqualTo(LocalDate.of(2015, 2, 1));
		assertThat(Cpr.parse("010257-5000").birthDate()).isEqualTo(LocalDate.of(2057, 2, 1));
		assertThat(Cpr.parse("010258-8000").birthDate()).isEqualTo(LocalDate.of(1858, 2, 1));
	}

	@Test
	void leapDayIsCheckedAgainstTheCentury() {
		// 29 February 2000 existed (7th digit 4 → 2000); 29 February 1900 did not (7th digit 0 → 1900)
		assertThat(Cpr.parse("290200-4123").birthDate()).isEqualTo(LocalDate.of(2000, 2, 29));
		assertThatThrownBy(() -> Cpr.parse("290200-0123")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("ikke en gyldig dato");
	}

	@Test
	void refusesImpossibleDates() {
		assertThatThrownBy(() -> Cpr.parse("320190-1234")).hasMessageContaining("ikke en gyldig dato");
		assertThatThrownBy(() -> Cpr.parse("011390-1234")).hasMessageContaining("ikke en gyldig dato");
	}

	@Test
	void refusesWrongFormat() {
		assertThatThrownBy(() -> Cpr.parse("12345")).hasMessageContaining("10 cifre");
		assertThatThrownBy(() -> Cpr.parse("010190-12a4")).hasMessageContaining("10 cifre");
		assertThatThrownBy(() -> Cpr.parse("")).hasMessageContaining("skal udfyldes");
	}

	@Test
	void namesTheFieldAtFault() {
		assertThatThrownBy(() -> Cpr.parse("99", "citizenCpr")).isInstanceOfSatisfying(InvalidInputException.class,
				e -> assertThat(e.field()).isEqualTo("citizenCpr"));
	}

	@Test
	void isMaskedByDefault() {
		Cpr cpr = Cpr.parse(" 010190-1234 ");
		assertThat(cpr.masked()).isEqualTo("010190-XXXX");
		assertThat(cpr).hasToString("010190-XXXX");
		assertThat(cpr.formatted()).isEqualTo("010190-1234");
	}
}
