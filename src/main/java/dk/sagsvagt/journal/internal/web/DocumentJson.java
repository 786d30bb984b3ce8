package dk.sagsvagt.journal.internal.web;

import java.time.Instant;
import java.time.LocalDate;

import dk.sagsvagt.journal.Direction;
import dk.sagsvagt.journal.Document;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.TextExtraction;

/** A journaled document as the API shows it; the file is fetched from {@code contentUrl}. */
record DocumentJson(String documentNumber, String caseNumber, int version, String title, Direction direction,
		DocumentKind kind, LocalDate documentDate, String author, String text, String fileName, String contentType,
		Long fileSize, String sha256, TextExtraction extraction, String changeReason, Instant journaledAt,
		String journaledBy, String contentUrl) {

	static DocumentJson of(Document d) {
		return new DocumentJson(d.documentNumber(), d.caseNumber(), d.version(), d.title(), d.direction(), d.kind(),
				d.documentDate(), d.author(), d.noteText(), d.fileName(), d.contentType(), d.fileSize(), d.fileSha256(),
				d.extraction(), d.changeReason(), d.journaledAt(), d.journaledBy(),
				d.hasFile() ? "/api/documents/" + d.documentNumber() + "/content" : null);
	}
}
