package dk.sagsvagt.journal;

/** What became of reading the text out of a document's file. */
public enum TextExtraction {
	/** No file. */
	NONE,
	OK,
	/** The file could not be read; it is kept unchanged. */
	FAILED,
	/** A file type we do not read text from. */
	UNSUPPORTED
}
