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

	/**
	 * The name a browser or script gave a file, as it may be kept: only its last part (no folders, whichever slash
	 * they use), without control characters (PostgreSQL's text cannot hold NUL) and without the bidirectional controls
	 * that can disguise an extension ("rapport\u202Efdp.exe" shows as "rapportexe.pdf"), trimmed; "fil" when nothing
	 * is left.
	 */
	static String safeName(String name) {
		if (name == null) {
			return null;
		}
		String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		String clean = last.codePoints().filter(c -> !Character.isISOControl(c) && !isBidiControl(c))
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
		return clean.isEmpty() || clean.equals(".") || clean.equals("..") ? "fil" : clean;
	}

	/** U+202A–U+202E (embeddings and overrides), U+2066–U+2069 (isolates), U+200E/F and U+061C (marks). */
	private static boolean isBidiControl(int c) {
		return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F || c == 0x061C;
	}

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
