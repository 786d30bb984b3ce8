package dk.sagsvagt.journal;

/**
 * What became of reading the text out of a document's file. PDF and Word files are read after they are journaled,
 * outside the request ({@link #PENDING} until then); every other state is final, and the file is kept whatever it is.
 */
public enum TextExtraction {
	/** No file. */
	NONE,
	/** Waiting to be read, or being read, outside the request. */
	PENDING,
	OK,
	/** The file could not be read; it is kept unchanged. */
	FAILED,
	/** Reading took longer than the time limit and was stopped. */
	TIMED_OUT,
	/** Unpacked, the file needed more memory than reading one file may have. */
	TOO_LARGE,
	/** A file type we do not read text from. */
	UNSUPPORTED;

	public boolean isPending() {
		return this == PENDING;
	}

	/** A file whose text could not be read (so the document is found by its title only). */
	public boolean gaveUp() {
		return this == FAILED || this == TIMED_OUT || this == TOO_LARGE;
	}

	/** Only a pending extraction ends, and only once: the journal's row is changed for nothing else. */
	public boolean canBecome(TextExtraction next) {
		return this == PENDING && next != PENDING && next != NONE;
	}
}
