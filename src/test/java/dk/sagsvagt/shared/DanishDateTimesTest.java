package dk.sagsvagt.shared;

import java.time.Instant;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DanishDateTimesTest {

	private static Instant parse(String text) {
		return DanishDateTimes.parse(text, "at", null);
	}

	@Test
	void readsWhatADanishUserTypes() {
		Instant expected = Instant.parse("2026-12-05T14:00:00Z"); // 15:00 in Copenhagen, winter time
		assertThat(parse("05-12-2026 15:00")).isEqualTo(expected);
		assertThat(parse("05-12-2026 kl. 15:00")).isEqualTo(expected);
		assertThat(parse("5/12-2026 15.00")).isEqualTo(expected);
		assertThat(parse("5.12.2026 kl 15.00")).isEqualTo(expected);
		assertThat(parse(" 05-12-2026  KL. 15:00 ")).isEqualTo(expected);
		assertThat(parse("2026-12-05T15:00")).as("a datetime-local input").isEqualTo(expected);
		assertThat(parse("2026-12-05T14:00:00Z")).as("an API's ISO instant").isEqualTo(expected);
	}

	@Test
	void summerTimeIsTwoHoursAheadOfUtc() {
		assertThat(parse("05-06-2026 15:00")).isEqualTo(Instant.parse("2026-06-05T13:00:00Z"));
	}

	@Test
	void aDateWithoutTimeTakesTheDefaultOrIsRefused() {
		assertThat(DanishDateTimes.parse("05-12-2026", "at", LocalTime.NOON)).isEqualTo(Instant.parse("2026-12-05T11:00:00Z"));
		assertThatThrownBy(() -> parse("05-12-2026")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("klokkeslættet");
	}

	@Test
	void theHourSkippedWhenSummerTimeStartsDoesNotExist() {
		// 29 March 2026: the clocks go from 02:00 to 03:00
		assertThatThrownBy(() -> parse("29-03-2026 02:30")).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("findes ikke i Danmark")
			.hasMessageContaining("sommertid")
			.extracting(e -> ((InvalidInputException) e).field()).isEqualTo("at");
		assertThat(parse("29-03-2026 03:00")).isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
		assertThat(parse("29-03-2026 01:59")).isEqualTo(Instant.parse("2026-03-29T00:59:00Z"));
	}

	@Test
	void theHourRepeatedWhenSummerTimeEndsIsTheFirstOfTheTwo() {
		// 25 October 2026: the clocks go from 03:00 back to 02:00; 02:30 happens twice, first in summer time
		assertThat(parse("25-10-2026 02:30")).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
	}

	@Test
	void refusesWhatIsNoDateInDanish() {
		assertThatThrownBy(() -> parse("31-02-2026 10:00")).hasMessageContaining("findes ikke");
		assertThatThrownBy(() -> parse("05-12-2026 24:30")).hasMessageContaining("Klokkeslættet");
		assertThatThrownBy(() -> parse("i morgen")).hasMessageContaining("kan ikke læses");
		assertThatThrownBy(() -> parse("")).hasMessageContaining("Angiv dato");
		assertThatThrownBy(() -> parse("1".repeat(5000))).hasMessageContaining("kan ikke læses");
	}

	@Test
	void showsTheMomentTheDanishWay() {
		assertThat(DanishDateTimes.format(Instant.parse("2026-12-05T14:00:00Z"))).isEqualTo("05-12-2026 kl. 15:00");
		assertThat(DanishDateTimes.format(Instant.parse("2026-03-29T01:00:00Z"))).isEqualTo("29-03-2026 kl. 03:00");
		assertThat(DanishDateTimes.typed(Instant.parse("2026-12-05T14:00:00Z"))).isEqualTo("05-12-2026 15:00");
		assertThat(parse(DanishDateTimes.format(Instant.parse("2026-07-01T08:05:00Z")))).isEqualTo(Instant.parse("2026-07-01T08:05:00Z"));
	}
}
