package dk.sagsvagt.supervision;

import java.time.Instant;
import java.util.List;

/** A general finding of a round (generel problemstilling), with the cases and questions that support it. */
public record Finding(long id, String text, List<String> caseNumbers, List<String> questions, String createdBy, Instant createdAt) {
}
