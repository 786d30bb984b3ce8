package dk.sagsvagt.journal;

import java.time.Instant;
import java.time.LocalDate;

/** A journaled document or note, in one version. */
public record Document(long id, long caseId, String documentNumber, int version, String title, Direction direction,
		DocumentKind kind, LocalDate documentDate, String author, String noteText, String fileName,
		String contentType, Long fileSize, String fileSha256, TextExtraction extraction, String extractedText,
		String changeReason, Instant journaledAt, String journaledBy) {

	public String caseNumber() {
		return documentNumber.substring(0, documentNumber.lastIndexOf('-'));
	}

	public boolean hasFile() {
		return fileSha256 != null;
	}
}
