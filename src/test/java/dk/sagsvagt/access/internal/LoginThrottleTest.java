package dk.sagsvagt.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The slow-down after wrong passwords, per user name and client address, with real times. */
class LoginThrottleTest {

	Instant now = Instant.parse("2026-12-02T09:00:00Z");

	final Clock clock = new Clock() {
		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}
	};

	final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(15), Duration.ofSeconds(30),
			Duration.ofMinutes(15), 1_000, 50, Duration.ofSeconds(30), clock);

	@Test
	void theFifthFailureRefusesThatAddressForThirtySecondsAndEachFurtherOneDoublesTheDelay() {
		fail("test.a", "10.0.0.1", 4);
		assertThat(throttle.isRefused("test.a", "10.0.0.1")).isFalse();
		fail("test.a", "10.0.0.1", 1);
		assertThat(throttle.isRefused("test.a", "10.0.0.1")).isTrue();
		assertThat(throttle.isRefused("TEST.A", "10.0.0.1")).as("user names are case-insensitive").isTrue();
		assertThat(throttle.isRefused("test.a", "10.0.0.2")).as("another address").isFalse();
		now = now.plusSeconds(31);
		assertThat(throttle.isRefused("test.a", "10.0.0.1")).isFalse();
		fail("test.a", "10.0.0.1", 1);
		now = now.plusSeconds(59);
		assertThat(throttle.isRefused("test.a", "10.0.0.1")).as("sixth failure: a minute").isTrue();
		now = now.plusSeconds(2);
		assertThat(throttle.isRefused("test.a", "10.0.0.1")).isFalse();
	}

	@Test
	void theDelayNeverExceedsTheMaximumAndASuccessClearsIt() {
		for (int i = 0; i < 40; i++) {
			fail("test.b", "10.0.0.1", 1);
			now = now.plus(Duration.ofMinutes(14));
		}
		now = now.minus(Duration.ofMinutes(14));
		assertThat(throttle.isRefused("test.b", "10.0.0.1")).isTrue();
		now = now.plus(Duration.ofMinutes(15)).plusSeconds(1);
		assertThat(throttle.isRefused("test.b", "10.0.0.1")).isFalse();
		throttle.succeeded("test.b", "10.0.0.1");
		assertThat(throttle.hasFailures("test.b", "10.0.0.1")).isFalse();
	}

	@Test
	void failuresOlderThanTheWindowAreForgotten() {
		fail("test.c", "10.0.0.1", 4);
		now = now.plus(Duration.ofMinutes(16));
		fail("test.c", "10.0.0.1", 1);
		assertThat(throttle.isRefused("test.c", "10.0.0.1")).isFalse();
	}

	@Test
	void guessingWithManyNamesAndAddressesKeepsTheMemoryBounded() {
		for (int i = 0; i < 50_000; i++) {
			fail("gæt" + i, "10.0." + (i % 250) + ".1", 1);
		}
		assertThat(throttle.tracked()).isLessThanOrEqualTo(1_000);
		fail("test.d", "10.0.0.1", 5);
		assertThat(throttle.isRefused("test.d", "10.0.0.1")).as("the newest are kept").isTrue();
	}

	@Test
	void floodingFailuresWithRandomNamesNeverPushesOutARefusalStillInForce() {
		fail("test.f", "10.9.9.9", 8);
		for (int i = 0; i < 50_000; i++) {
			fail("tilfældig" + i, "10.9.9.9", 1);
		}
		assertThat(throttle.tracked()).isLessThanOrEqualTo(1_000);
		assertThat(throttle.isRefused("test.f", "10.9.9.9")).as("the attacker's own refusal").isTrue();
		now = now.plus(Duration.ofMinutes(3)).plusSeconds(59);
		fail("tilfældig", "10.9.9.9", 1);
		assertThat(throttle.isRefused("test.f", "10.9.9.9")).as("still four minutes, doubled from 30 s three times").isTrue();
	}

	@Test
	void aTableFullOfRefusalsStaysBoundedAndGivesUpTheEarliestEndingFirst() {
		fail("test.g", "10.8.0.1", 12);
		for (int i = 0; i < 3_000; i++) {
			fail("gæt" + i, "10.8." + (i % 250) + ".2", 5);
		}
		assertThat(throttle.tracked()).isLessThanOrEqualTo(1_000);
		assertThat(throttle.isRefused("test.g", "10.8.0.1")).as("refused longest, so kept").isTrue();
	}

	@Test
	void manyAddressesGuessingOneNameSlowItDownEverywhereForThirtySecondsAtMost() {
		for (int i = 0; i < 49; i++) {
			fail("test.h", "10.7.0." + i, 1);
		}
		assertThat(throttle.isRefused("test.h", "10.7.1.1")).isFalse();
		fail("test.h", "10.7.0.49", 1);
		assertThat(throttle.isRefused("test.h", "10.7.1.1")).as("the fiftieth failure on the name, from any address").isTrue();
		assertThat(throttle.isRefused("TEST.H", "10.7.1.2")).isTrue();
		assertThat(throttle.isRefused("test.i", "10.7.1.1")).as("another name").isFalse();
		now = now.plusSeconds(31);
		assertThat(throttle.isRefused("test.h", "10.7.1.1")).as("a slow-down, never a lock").isFalse();
		for (int i = 0; i < 40; i++) {
			fail("test.h", "10.7.2." + i, 1);
		}
		now = now.plusSeconds(29);
		assertThat(throttle.isRefused("test.h", "10.7.1.1")).isTrue();
		now = now.plusSeconds(2);
		assertThat(throttle.isRefused("test.h", "10.7.1.1")).as("at most thirty seconds after the last failure").isFalse();
		now = now.plus(Duration.ofMinutes(16));
		fail("test.h", "10.7.3.1", 1);
		assertThat(throttle.isRefused("test.h", "10.7.1.1")).as("forgotten after the window").isFalse();
	}

	private void fail(String username, String address, int times) {
		for (int i = 0; i < times; i++) {
			throttle.failed(username, address);
		}
	}
}
