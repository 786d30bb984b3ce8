package dk.sagsvagt.shared;

import java.nio.charset.StandardCharsets;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Generated files as HTTP answers: PDF shown in the browser, spreadsheets and CSV saved. */
public final class Downloads {

	public static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private Downloads() {
	}

	public static ResponseEntity<byte[]> pdf(String fileName, byte[] content) {
		return file("inline", fileName, MediaType.APPLICATION_PDF, content);
	}

	public static ResponseEntity<byte[]> attachment(String fileName, MediaType type, byte[] content) {
		return file("attachment", fileName, type, content);
	}

	private static ResponseEntity<byte[]> file(String disposition, String fileName, MediaType type, byte[] content) {
		return ResponseEntity.ok()
			.contentType(type)
			.header("Content-Disposition", disposition + "; filename=\"" + fileName + "\"")
			.body(content);
	}
}
