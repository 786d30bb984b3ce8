package dk.sagsvagt.journal;

import java.io.IOException;
import java.io.InputStream;

/** A file as it arrives, read once. */
public interface UploadedFile {

	String fileName();

	String contentType();

	long size();

	InputStream open() throws IOException;
}
