package dk.sagsvagt.journal.internal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import dk.sagsvagt.journal.Direction;
import dk.sagsvagt.journal.Document;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.TextExtraction;

import org.springframework.context.MessageSource;

/**
 * A journaled document as the API shows it; the file is fetched from {@code contentUrl}. {@code extractionText} says in
 * Danish what became of reading the file's text when it is not simply read (or there is no file).
 */
record DocumentJson(String documentNumber, String caseNumber, int version, String title, Direction direction,
		DocumentKind kind, LocalDate documentDate, String author, String text, String fileName, String contentType,
		Long fileSize, String sha256, TextExtraction extraction, String extractionText, String changeReason,
		Instant journaledAt, String journaledBy, String contentUrl) {

	private static final Locale DANISH = Locale.forLanguageTag("da");

	static DocumentJson of(Document d, MessageSource messages) {
		String extractionText = d.extraction() == TextExtraction.OK || d.extraction() == TextExtraction.NONE ? null
				: messages.getMessage("document.extraction." + d.extraction(), null, DANISH);
		return new DocumentJson(d.documentNumber(), d.caseNumber(), d.version(), d.title(), d.direction(), d.kind(),
				d.documentDate(), d.author(), d.noteText(), d.fileName(), d.contentType(), d.fileSize(), d.fileSha256(),
				d.extraction(), extractionText, d.changeReason(), d.journaledAt(), d.journaledBy(),
				d.hasFile() ? "/api/documents/" + d.documentNumber() + "/content" : null);
	}
}
