package dk.sagsvagt.journal.internal.web;

import java.nio.charset.StandardCharsets;

import dk.sagsvagt.journal.Document;
import dk.sagsvagt.journal.Journal;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A document's file as a download. Always an attachment, so an uploaded HTML file cannot run in our origin. */
final class DocumentDownload {

	private DocumentDownload() {
	}

	static ResponseEntity<Resource> of(Journal journal, Document document) {
		MediaType type;
		try {
			type = MediaType.parseMediaType(document.contentType());
		}
		catch (RuntimeException e) {
			type = MediaType.APPLICATION_OCTET_STREAM;
		}
		return ResponseEntity.ok()
			.contentType(type)
			.contentLength(document.fileSize())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(document.fileName(), StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(new FileSystemResource(journal.file(document)));
	}
}
