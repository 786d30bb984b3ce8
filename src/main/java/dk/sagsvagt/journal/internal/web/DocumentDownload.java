package dk.sagsvagt.journal.internal.web;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import dk.sagsvagt.journal.Document;
import dk.sagsvagt.journal.Journal;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A document's file as a download: always an attachment, with nosniff, and with the type the uploader gave only when
 * it is on the list below. Anything else (HTML, SVG, JavaScript, XML) is served as {@code application/octet-stream},
 * so an uploaded file can never run in our origin, whatever a browser does with an attachment.
 */
final class DocumentDownload {

	private static final Set<String> SHOWN_AS_IS = Set.of("application/pdf", "text/plain", "image/png", "image/jpeg",
			"image/gif", "image/webp", "image/bmp", "image/tiff");

	private DocumentDownload() {
	}

	static ResponseEntity<Resource> of(Journal journal, Document document) {
		if (!document.hasFile()) {
			return note(document);
		}
		return ResponseEntity.ok()
			.contentType(type(document.contentType()))
			.contentLength(document.fileSize())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.header("X-Content-Type-Options", "nosniff")
			.body(new FileSystemResource(journal.file(document)));
	}

	/** A note has no file: its text is its content, served as plain text in UTF-8 (never as something that runs). */
	private static ResponseEntity<Resource> note(Document document) {
		byte[] text = (document.noteText() == null ? "" : document.noteText()).getBytes(StandardCharsets.UTF_8);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.contentLength(text.length)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(document.documentNumber() + ".txt", StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.header("X-Content-Type-Options", "nosniff")
			.body(new org.springframework.core.io.ByteArrayResource(text));
	}

	/** The type without its parameters (a charset such as UTF-7 could still make text run), or octet-stream. */
	static MediaType type(String given) {
		try {
			MediaType type = MediaType.parseMediaType(given);
			String bare = type.getType() + "/" + type.getSubtype();
			return SHOWN_AS_IS.contains(bare.toLowerCase(java.util.Locale.ROOT)) ? MediaType.parseMediaType(bare)
					: MediaType.APPLICATION_OCTET_STREAM;
		}
		catch (RuntimeException e) {
			return MediaType.APPLICATION_OCTET_STREAM;
		}
	}
}
