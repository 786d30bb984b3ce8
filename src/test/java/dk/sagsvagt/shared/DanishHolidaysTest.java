package dk.sagsvagt.shared;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Against the official lists of Danish public holidays (helligdage) for each year. */
class DanishHolidaysTest {

	private static List<String> of(int year) {
		return DanishHolidays.of(year).stream().map(h -> h.date() + " " + h.name()).toList();
	}

	@Test
	void year2017() {
		assertThat(of(2017)).containsExactly("2017-01-01 Nytårsdag", "2017-04-13 Skærtorsdag", "2017-04-14 Langfredag",
				"2017-04-16 Påskedag", "2017-04-17 2. påskedag", "2017-05-12 Store bededag",
				"2017-05-25 Kristi himmelfartsdag", "2017-06-04 Pinsedag", "2017-06-05 2. pinsedag",
				"2017-12-25 Juledag", "2017-12-26 2. juledag");
	}

	@Test
	void year2023IsTheLastWithStoreBededag() {
		assertThat(of(2023)).containsExactly("2023-01-01 Nytårsdag", "2023-04-06 Skærtorsdag", "2023-04-07 Langfredag",
				"2023-04-09 Påskedag", "2023-04-10 2. påskedag", "2023-05-05 Store bededag",
				"2023-05-18 Kristi himmelfartsdag", "2023-05-28 Pinsedag", "2023-05-29 2. pinsedag",
				"2023-12-25 Juledag", "2023-12-26 2. juledag");
	}

	@Test
	void year2024HasNoStoreBededag() {
		assertThat(of(2024)).containsExactly("2024-01-01 Nytårsdag", "2024-03-28 Skærtorsdag", "2024-03-29 Langfredag",
				"2024-03-31 Påskedag", "2024-04-01 2. påskedag", "2024-05-09 Kristi himmelfartsdag",
				"2024-05-19 Pinsedag", "2024-05-20 2. pinsedag", "2024-12-25 Juledag", "2024-12-26 2. juledag");
	}

	@Test
	void year2025() {
		assertThat(of(2025)).containsExactly("2025-01-01 Nytårsdag", "2025-04-17 Skærtorsdag", "2025-04-18 Langfredag",
				"2025-04-20 Påskedag", "2025-04-21 2. påskedag", "2025-05-29 Kristi himmelfartsdag",
				"2025-06-08 Pinsedag", "2025-06-09 2. pinsedag", "2025-12-25 Juledag", "2025-12-26 2. juledag");
	}

	@Test
	void easterAcrossTheRange() {
		// known Easter Sundays, including the earliest (22 March) and latest (25 April) dates
		assertThat(DanishHolidays.easterSunday(1990)).isEqualTo(LocalDate.of(1990, 4, 15));
		assertThat(DanishHolidays.easterSunday(2008)).isEqualTo(LocalDate.of(2008, 3, 23));
		assertThat(DanishHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
		assertThat(DanishHolidays.easterSunday(2100)).isEqualTo(LocalDate.of(2100, 3, 28));
	}

	@Test
	void yearsOutsideTheRangeAreRefused() {
		assertThatThrownBy(() -> DanishHolidays.of(1989)).isInstanceOf(InvalidInputException.class)
			.hasMessage("Kalenderen dækker årene 1990–2100.");
		assertThatThrownBy(() -> DanishHolidays.of(2101)).isInstanceOf(InvalidInputException.class);
	}
}
