package dk.sagsvagt.journal;

import java.time.LocalDate;

/**
 * What a user journals: the document's metadata and, for a note, its text. A file is passed beside it.
 * {@code documentDate} null means today.
 */
public record NewDocument(String title, Direction direction, DocumentKind kind, LocalDate documentDate, String text) {
}
