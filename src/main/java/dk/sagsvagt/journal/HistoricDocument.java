package dk.sagsvagt.journal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A document as it was journaled in the past, in an earlier system or in demo data: a text, a file, or both
 * ({@code file} null for a text only).
 */
public record HistoricDocument(long caseId, String caseNumber, String title, Direction direction, DocumentKind kind,
		LocalDate documentDate, String author, String text, Instant journaledAt, String journaledBy, UploadedFile file) {

	/** A text only. */
	public HistoricDocument(long caseId, String caseNumber, String title, Direction direction, DocumentKind kind,
			LocalDate documentDate, String author, String text, Instant journaledAt, String journaledBy) {
		this(caseId, caseNumber, title, direction, kind, documentDate, author, text, journaledAt, journaledBy, null);
	}
}
