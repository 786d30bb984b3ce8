package dk.sagsvagt.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Remembers for a few minutes that a password matched its hash, so that a script calling {@code /api} with HTTP Basic
 * pays bcrypt's deliberate cost (about 70 ms of a core at strength 10) once and not on every request: on two cores
 * bcrypt alone would hold the API under 30 requests per second.
 * <p>
 * Only matches are remembered, so every wrong password still costs bcrypt and counts towards the lock-out. The key is
 * an HMAC of the stored hash and the password under a random key made at start and never stored, so nothing in memory
 * is the password, and a changed password (a new hash) never matches from memory. The account itself (active, locked,
 * role, scope) is read from the database on every request, so a deactivated or locked user is refused at once.
 */
final class RememberingPasswordEncoder implements PasswordEncoder {

	static final Duration REMEMBER = Duration.ofMinutes(5);

	static final int MAX_REMEMBERED = 10_000;

	private final PasswordEncoder delegate;

	private final Clock clock;

	/** One HMAC per thread, keyed once: looking up and keying a new one was 2 % of the case page's CPU. */
	private final ThreadLocal<Mac> mac;

	private final Map<String, Long> matched = new ConcurrentHashMap<>();

	RememberingPasswordEncoder(PasswordEncoder delegate, Clock clock) {
		this.delegate = delegate;
		this.clock = clock;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		SecretKeySpec key = new SecretKeySpec(secret, "HmacSHA256");
		this.mac = ThreadLocal.withInitial(() -> {
			try {
				Mac m = Mac.getInstance("HmacSHA256");
				m.init(key);
				return m;
			}
			catch (GeneralSecurityException e) {
				throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
			}
		});
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return delegate.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (rawPassword == null || encodedPassword == null) {
			return delegate.matches(rawPassword, encodedPassword);
		}
		String remembered = keyOf(rawPassword, encodedPassword);
		long now = clock.millis();
		Long until = matched.get(remembered);
		if (until != null && until > now) {
			return true;
		}
		boolean matches = delegate.matches(rawPassword, encodedPassword);
		if (matches) {
			if (matched.size() >= MAX_REMEMBERED) {
				matched.values().removeIf(expiry -> expiry <= now);
				if (matched.size() >= MAX_REMEMBERED) {
					matched.clear();
				}
			}
			matched.put(remembered, now + REMEMBER.toMillis());
		}
		else {
			matched.remove(remembered);
		}
		return matches;
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return delegate.upgradeEncoding(encodedPassword);
	}

	int remembered() {
		return matched.size();
	}

	private String keyOf(CharSequence rawPassword, String encodedPassword) {
		Mac m = mac.get();
		m.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
		m.update((byte) 0);
		m.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
		// doFinal resets the Mac for the thread's next use, with the same key
		return Base64.getEncoder().encodeToString(m.doFinal());
	}
}
