package dk.sagsvagt.journal;

import java.time.Instant;
import java.time.LocalDate;

/** A document (text only) as it was journaled in the past, in an earlier system or in demo data. */
public record HistoricDocument(long caseId, String caseNumber, String title, Direction direction, DocumentKind kind,
		LocalDate documentDate, String author, String text, Instant journaledAt, String journaledBy) {
}
