package dk.sagsvagt.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/** HTTP Basic's password check: bcrypt once per password and hash for five minutes, never for a wrong password. */
class RememberingPasswordEncoderTest {

	final AtomicInteger bcrypts = new AtomicInteger();

	final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);

	final PasswordEncoder counting = new PasswordEncoder() {
		@Override
		public String encode(CharSequence raw) {
			return bcrypt.encode(raw);
		}

		@Override
		public boolean matches(CharSequence raw, String encoded) {
			bcrypts.incrementAndGet();
			return bcrypt.matches(raw, encoded);
		}
	};

	Instant now = Instant.parse("2026-11-26T09:00:00Z");

	final Clock clock = new Clock() {
		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}
	};

	final RememberingPasswordEncoder encoder = new RememberingPasswordEncoder(counting, clock);

	@Test
	void aMatchingPasswordIsCheckedWithBcryptOnceThenRememberedForFiveMinutes() {
		String hash = encoder.encode("rigtig-adgangskode");
		assertThat(encoder.matches("rigtig-adgangskode", hash)).isTrue();
		assertThat(encoder.matches("rigtig-adgangskode", hash)).isTrue();
		assertThat(bcrypts).hasValue(1);
		now = now.plus(Duration.ofMinutes(5)).plusSeconds(1);
		assertThat(encoder.matches("rigtig-adgangskode", hash)).isTrue();
		assertThat(bcrypts).hasValue(2);
	}

	@Test
	void aWrongPasswordIsCheckedWithBcryptEveryTimeAndNeverMatches() {
		String hash = encoder.encode("rigtig-adgangskode");
		assertThat(encoder.matches("rigtig-adgangskode", hash)).isTrue();
		for (int i = 0; i < 3; i++) {
			assertThat(encoder.matches("forkert", hash)).isFalse();
			assertThat(encoder.matches("rigtig-adgangskodE", hash)).isFalse();
		}
		assertThat(bcrypts).hasValue(7);
	}

	@Test
	void aChangedPasswordHashIsNotMatchedFromMemory() {
		String old = encoder.encode("gammel-adgangskode");
		assertThat(encoder.matches("gammel-adgangskode", old)).isTrue();
		String changed = encoder.encode("ny-adgangskode");
		assertThat(encoder.matches("gammel-adgangskode", changed)).isFalse();
		assertThat(encoder.matches("ny-adgangskode", changed)).isTrue();
		assertThat(bcrypts).hasValue(3);
	}

	@Test
	void manyPasswordsDoNotFillTheMemory() {
		PasswordEncoder plain = new PasswordEncoder() {
			@Override
			public String encode(CharSequence raw) {
				return "{plain}" + raw;
			}

			@Override
			public boolean matches(CharSequence raw, String encoded) {
				return encoded.equals("{plain}" + raw);
			}
		};
		RememberingPasswordEncoder many = new RememberingPasswordEncoder(plain, clock);
		for (int i = 0; i < 3 * RememberingPasswordEncoder.MAX_REMEMBERED; i++) {
			assertThat(many.matches("kode-" + i, "{plain}kode-" + i)).isTrue();
			assertThat(many.remembered()).isLessThanOrEqualTo(RememberingPasswordEncoder.MAX_REMEMBERED);
		}
	}
}
