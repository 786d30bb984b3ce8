package dk.sagsvagt.access.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows down guessing passwords by trying. Wrong passwords are counted per user name and client address: after
 * {@code max} of them within the window, that name is refused from that address, unchecked, for a delay that doubles
 * with every further wrong password (30 s, 1 min, 2 min … up to the maximum). A stranger's attempts never shut the
 * user out at their own machine, and a refusal is answered exactly like a wrong password, so the answer tells neither
 * that a name exists nor that it is being slowed down. No request waits: a refused attempt is answered at once.
 * <p>
 * The memory is bounded: past {@code maxTracked} pairs, those that have expired go first, then the longest quiet.
 * Kept in memory, so each instance counts on its own (issue 23 moves it to the database).
 */
@Component
class LoginThrottle {

	private record Key(String username, String address) {
	}

	private record Failures(int count, Instant last, Instant refusedUntil) {
	}

	private final Map<Key, Failures> failures = new ConcurrentHashMap<>();

	private final int maxFailures;

	private final Duration window;

	private final Duration firstDelay;

	private final Duration maxDelay;

	private final int maxTracked;

	private final Clock clock;

	LoginThrottle(@Value("${sagsvagt.security.max-failed-logins:5}") int maxFailures,
			@Value("${sagsvagt.security.failed-login-window:15m}") Duration window,
			@Value("${sagsvagt.security.login-delay:30s}") Duration firstDelay,
			@Value("${sagsvagt.security.lockout:15m}") Duration maxDelay,
			@Value("${sagsvagt.security.max-tracked-logins:100000}") int maxTracked, Clock clock) {
		this.maxFailures = maxFailures;
		this.window = window;
		this.firstDelay = firstDelay;
		this.maxDelay = maxDelay;
		this.maxTracked = maxTracked;
		this.clock = clock;
	}

	/** Whether an attempt for the name from the address is refused without looking at the password. */
	boolean isRefused(String username, String address) {
		Failures f = failures.get(key(username, address));
		return f != null && f.refusedUntil() != null && clock.instant().isBefore(f.refusedUntil());
	}

	/** Whether a failed attempt is counted for the name and address, which a success would clear. */
	boolean hasFailures(String username, String address) {
		return !failures.isEmpty() && failures.containsKey(key(username, address));
	}

	void failed(String username, String address) {
		Instant now = clock.instant();
		failures.compute(key(username, address), (k, f) -> {
			int count = f == null || forgotten(f, now) ? 1 : f.count() + 1;
			return new Failures(count, now, count < maxFailures ? null : now.plus(delay(count - maxFailures)));
		});
		if (failures.size() > maxTracked) {
			forgetOldest(now);
		}
	}

	void succeeded(String username, String address) {
		failures.remove(key(username, address));
	}

	int tracked() {
		return failures.size();
	}

	private Duration delay(int beyond) {
		Duration delay = firstDelay.multipliedBy(1L << Math.min(beyond, 20));
		return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
	}

	private boolean forgotten(Failures f, Instant now) {
		return f.last().plus(window).isBefore(now) && (f.refusedUntil() == null || f.refusedUntil().isBefore(now));
	}

	/** Down to nine tenths of the bound, so the sweep runs once per many new pairs, not on every failure. */
	private synchronized void forgetOldest(Instant now) {
		if (failures.size() <= maxTracked) {
			return;
		}
		failures.values().removeIf(f -> forgotten(f, now));
		int excess = failures.size() - maxTracked * 9 / 10;
		if (excess > 0) {
			failures.entrySet()
				.stream()
				.sorted(Comparator.comparing(e -> e.getValue().last()))
				.limit(excess)
				.map(Map.Entry::getKey)
				.toList()
				.forEach(failures::remove);
		}
	}

	private static Key key(String username, String address) {
		return new Key(username == null ? "" : username.toLowerCase(Locale.ROOT), address == null ? "" : address);
	}
}
