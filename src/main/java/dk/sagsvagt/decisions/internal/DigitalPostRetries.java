package dk.sagsvagt.decisions.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import dk.sagsvagt.decisions.DecisionSent;
import dk.sagsvagt.decisions.DigitalPostMode;

import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A hand-over to Digital Post that failed is tried again from the event publication registry, which keeps the
 * sent decision until every letter is handed over: after 1 minute, then 2, 4, … up to 6 hours between attempts.
 * A letter already handed over is not handed over again ({@link DigitalPostDispatch}).
 */
@Component
public class DigitalPostRetries {

	static final Duration FIRST = Duration.ofMinutes(1);

	static final Duration LONGEST = Duration.ofHours(6);

	private final IncompleteEventPublications incomplete;

	private final DigitalPostMode mode;

	private final Clock clock;

	DigitalPostRetries(IncompleteEventPublications incomplete, DigitalPostMode mode, Clock clock) {
		this.incomplete = incomplete;
		this.mode = mode;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${sagsvagt.digital-post.retry-every:PT1M}", initialDelayString = "${sagsvagt.digital-post.retry-every:PT1M}")
	void retry() {
		retryDue(Instant.now(clock));
	}

	/** Resubmits the sent decisions whose letters are not all handed over and whose wait has run out at {@code now}. */
	public void retryDue(Instant now) {
		if (!mode.handsOver()) {
			return;
		}
		incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof DecisionSent && due(p, now));
	}

	static boolean due(EventPublication publication, Instant now) {
		Instant last = publication.getLastResubmissionDate() != null ? publication.getLastResubmissionDate() : publication.getPublicationDate();
		return !last.plus(wait(publication.getCompletionAttempts())).isAfter(now);
	}

	/** 1 minute after the first attempt, doubling with each, at most 6 hours. */
	static Duration wait(int attempts) {
		Duration wait = FIRST.multipliedBy(1L << Math.min(Math.max(attempts - 1, 0), 20));
		return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
	}
}
