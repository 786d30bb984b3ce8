package dk.sagsvagt.decisions.internal;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The wait between hand-overs to Digital Post: 1 minute after the first attempt, doubling, at most 6 hours. */
class DigitalPostRetriesTest {

	@Test
	void theWaitDoublesToSixHours() {
		assertThat(DigitalPostRetries.wait(0)).isEqualTo(Duration.ofMinutes(1));
		assertThat(DigitalPostRetries.wait(1)).isEqualTo(Duration.ofMinutes(1));
		assertThat(DigitalPostRetries.wait(2)).isEqualTo(Duration.ofMinutes(2));
		assertThat(DigitalPostRetries.wait(5)).isEqualTo(Duration.ofMinutes(16));
		assertThat(DigitalPostRetries.wait(9)).isEqualTo(Duration.ofMinutes(256));
		assertThat(DigitalPostRetries.wait(10)).isEqualTo(Duration.ofHours(6));
		assertThat(DigitalPostRetries.wait(10_000)).isEqualTo(Duration.ofHours(6));
	}
}
