package dk.sagsvagt.journal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A file as it arrives, read once. */
public interface UploadedFile {

	String fileName();

	String contentType();

	long size();

	InputStream open() throws IOException;

	/** A file held in memory, e.g. a letter the system has just written. */
	static UploadedFile of(String fileName, String contentType, byte[] content) {
		return new UploadedFile() {
			@Override
			public String fileName() {
				return fileName;
			}

			@Override
			public String contentType() {
				return contentType;
			}

			@Override
			public long size() {
				return content.length;
			}

			@Override
			public InputStream open() {
				return new ByteArrayInputStream(content);
			}
		};
	}
}
