package dk.sagsvagt.journal.internal.web;

import java.io.IOException;
import java.io.InputStream;

import dk.sagsvagt.journal.UploadedFile;

import org.springframework.web.multipart.MultipartFile;

/** An uploaded file from a multipart request; null when none was chosen. */
record MultipartUpload(MultipartFile file) implements UploadedFile {

	static UploadedFile of(MultipartFile file) {
		return file == null || file.isEmpty() ? null : new MultipartUpload(file);
	}

	@Override
	public String fileName() {
		return UploadedFile.safeName(file.getOriginalFilename());
	}

	@Override
	public String contentType() {
		return file.getContentType();
	}

	@Override
	public long size() {
		return file.getSize();
	}

	@Override
	public InputStream open() throws IOException {
		return file.getInputStream();
	}
}
