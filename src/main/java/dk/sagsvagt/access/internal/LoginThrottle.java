package dk.sagsvagt.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Locks a user name for a while after repeated wrong passwords, so passwords cannot be guessed by trying. Counts per
 * user name; a success resets the count.
 */
@Component
class LoginThrottle {

	private record Failures(int count, Instant first, Instant lockedUntil) {
	}

	private static final int MAX_TRACKED = 100_000;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	private final int maxFailures;

	private final Duration window;

	private final Duration lockout;

	private final Clock clock;

	LoginThrottle(@Value("${sagsvagt.security.max-failed-logins:5}") int maxFailures,
			@Value("${sagsvagt.security.failed-login-window:15m}") Duration window,
			@Value("${sagsvagt.security.lockout:15m}") Duration lockout, Clock clock) {
		this.maxFailures = maxFailures;
		this.window = window;
		this.lockout = lockout;
		this.clock = clock;
	}

	boolean isLocked(String username) {
		Failures f = failures.get(key(username));
		return f != null && f.lockedUntil() != null && clock.instant().isBefore(f.lockedUntil());
	}

	/** Whether a failed attempt is counted for the user name, which a success would clear. */
	boolean hasFailures(String username) {
		return failures.containsKey(key(username));
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		Instant now = clock.instant();
		if (failures.size() > MAX_TRACKED) {
			// guessing with many user names must not fill the memory: forget what has expired
			failures.values().removeIf(f -> f.first().plus(window).isBefore(now)
					&& (f.lockedUntil() == null || f.lockedUntil().isBefore(now)));
		}
		failures.compute(key(event.getAuthentication().getName()), (k, f) -> {
			if (f == null || f.first().plus(window).isBefore(now) || f.lockedUntil() != null && now.isAfter(f.lockedUntil())) {
				return new Failures(1, now, null);
			}
			int count = f.count() + 1;
			return new Failures(count, f.first(), count >= maxFailures ? now.plus(lockout) : null);
		});
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		failures.remove(key(event.getAuthentication().getName()));
	}

	private static String key(String username) {
		return username == null ? "" : username.toLowerCase(java.util.Locale.ROOT);
	}
}
