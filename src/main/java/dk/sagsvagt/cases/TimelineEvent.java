package dk.sagsvagt.cases;

import java.time.Instant;

/** One thing that happened in a case. {@code kind} is a code such as {@code CASE_OPENED}. */
public record TimelineEvent(Instant occurredAt, String kind, String summary, String actor) {
}
