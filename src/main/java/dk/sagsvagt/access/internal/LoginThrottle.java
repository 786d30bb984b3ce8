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
 * Guessing one name from many addresses is slowed by a ceiling per name: after {@code nameCeiling} wrong passwords
 * for the name within the window, from whatever addresses, the name is refused from every address for
 * {@code nameDelay} after each further one. This is a lock-out a stranger can set off, which is why it is only a
 * slow-down: never more than {@code nameDelay} (30 s) after the last wrong password, and never doubling.
 * <p>
 * The memory is bounded: past {@code maxTracked} pairs (or names), those that have expired go first, then the longest
 * quiet of those not refused, and only then, when the table holds nothing but refusals, those that end the soonest,
 * so that flooding failures with made-up names never frees the flooder's own refused pair.
 * Kept in memory, so each instance counts on its own (issue 23 moves it to the database).
 */
@Component
class LoginThrottle {

	private record Key(String username, String address) {
	}

	private record Failures(int count, Instant last, Instant refusedUntil) {
	}

	private final Map<Key, Failures> failures = new ConcurrentHashMap<>();

	/** Wrong passwords per user name across addresses; {@code refusedUntil} is null below the ceiling. */
	private final Map<String, Failures> names = new ConcurrentHashMap<>();

	private final int maxFailures;

	private final Duration window;

	private final Duration firstDelay;

	private final Duration maxDelay;

	private final int maxTracked;

	private final int nameCeiling;

	private final Duration nameDelay;

	private final Clock clock;

	LoginThrottle(@Value("${sagsvagt.security.max-failed-logins:5}") int maxFailures,
			@Value("${sagsvagt.security.failed-login-window:15m}") Duration window,
			@Value("${sagsvagt.security.login-delay:30s}") Duration firstDelay,
			@Value("${sagsvagt.security.lockout:15m}") Duration maxDelay,
			@Value("${sagsvagt.security.max-tracked-logins:100000}") int maxTracked,
			@Value("${sagsvagt.security.max-failed-logins-per-name:50}") int nameCeiling,
			@Value("${sagsvagt.security.login-delay-per-name:30s}") Duration nameDelay, Clock clock) {
		this.maxFailures = maxFailures;
		this.window = window;
		this.firstDelay = firstDelay;
		this.maxDelay = maxDelay;
		this.maxTracked = maxTracked;
		this.nameCeiling = nameCeiling;
		this.nameDelay = nameDelay;
		this.clock = clock;
	}

	/** Whether an attempt for the name from the address is refused without looking at the password. */
	boolean isRefused(String username, String address) {
		Instant now = clock.instant();
		Key key = key(username, address);
		return refused(failures.get(key), now) || refused(names.get(key.username()), now);
	}

	/** Whether a failed attempt is counted for the name and address, which a success would clear. */
	boolean hasFailures(String username, String address) {
		return !failures.isEmpty() && failures.containsKey(key(username, address));
	}

	void failed(String username, String address) {
		Instant now = clock.instant();
		Key key = key(username, address);
		failures.compute(key, (k, f) -> {
			int count = f == null || forgotten(f, now) ? 1 : f.count() + 1;
			return new Failures(count, now, count < maxFailures ? null : now.plus(delay(count - maxFailures)));
		});
		names.compute(key.username(), (k, f) -> {
			int count = f == null || forgotten(f, now) ? 1 : f.count() + 1;
			return new Failures(count, now, count < nameCeiling ? null : now.plus(nameDelay));
		});
		if (failures.size() > maxTracked) {
			forgetOldest(failures, now);
		}
		if (names.size() > maxTracked) {
			forgetOldest(names, now);
		}
	}

	/** Clears the pair only: the name's count across addresses stays, or a guesser could reset it by a success elsewhere. */
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

	private static boolean refused(Failures f, Instant now) {
		return f != null && f.refusedUntil() != null && now.isBefore(f.refusedUntil());
	}

	private boolean forgotten(Failures f, Instant now) {
		return f.last().plus(window).isBefore(now) && (f.refusedUntil() == null || f.refusedUntil().isBefore(now));
	}

	/** Down to nine tenths of the bound, so the sweep runs once per many new entries, not on every failure. */
	private synchronized <K> void forgetOldest(Map<K, Failures> table, Instant now) {
		if (table.size() <= maxTracked) {
			return;
		}
		table.values().removeIf(f -> forgotten(f, now));
		int excess = table.size() - maxTracked * 9 / 10;
		if (excess > 0) {
			Comparator<Failures> firstToGo = Comparator.comparing((Failures f) -> refused(f, now))
				.thenComparing(f -> refused(f, now) ? f.refusedUntil() : f.last());
			table.entrySet()
				.stream()
				.sorted(Map.Entry.comparingByValue(firstToGo))
				.limit(excess)
				.map(Map.Entry::getKey)
				.toList()
				.forEach(table::remove);
		}
	}

	private static Key key(String username, String address) {
		return new Key(username == null ? "" : username.toLowerCase(Locale.ROOT), address == null ? "" : address);
	}
}
