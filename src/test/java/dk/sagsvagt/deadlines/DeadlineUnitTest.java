package dk.sagsvagt.deadlines;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A rule's length as letters and pages write it, one and many. */
class DeadlineUnitTest {

	@Test
	void lengthsReadAsDanish() {
		assertThat(DeadlineUnit.HOURS.danish(24)).isEqualTo("24 timer");
		assertThat(DeadlineUnit.WORKING_DAYS.danish(1)).isEqualTo("1 hverdag");
		assertThat(DeadlineUnit.WORKING_DAYS.danish(6)).isEqualTo("6 hverdage");
		assertThat(DeadlineUnit.CALENDAR_DAYS.danish(10)).isEqualTo("10 dage");
		assertThat(DeadlineUnit.WEEKS.danish(1)).isEqualTo("1 uge");
		assertThat(DeadlineUnit.WEEKS.danish(4)).isEqualTo("4 uger");
		assertThat(DeadlineUnit.MONTHS.danish(3)).isEqualTo("3 måneder");
	}
}
