package dk.sagsvagt.journal.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.sagsvagt.journal.TextExtraction;

import org.springframework.stereotype.Component;

/**
 * Reads the text out of PDF, Word (.docx and .doc) and plain-text files for search. A failure never loses the
 * upload: the file is kept and the document is marked as not searchable. PDF and Word files from outside are read
 * in a process of their own ({@link ExtractionQueue}), since a small hostile file can expand to gigabytes; this class
 * reads them in-process only for the files the application renders itself.
 */
@Component
public class TextExtractor {

	private static final Logger log = LoggerFactory.getLogger(TextExtractor.class);

	/** Enough text for search; a longer text is cut. */
	static final int MAX_CHARS = 2_000_000;

	public record Result(TextExtraction status, String text) {

		static final Result PENDING = new Result(TextExtraction.PENDING, null);
	}

	public Result extract(Path file, String fileName) {
		String type = typeOf(file, fileName);
		try {
			String text = read(type, file);
			return text == null ? new Result(TextExtraction.UNSUPPORTED, null) : new Result(TextExtraction.OK, text);
		}
		catch (Exception | LinkageError e) {
			// the name of the file type only: a document's contents are never logged
			log.warn("Could not extract text from a {} file: {}", type, e.getClass().getSimpleName());
			return new Result(TextExtraction.FAILED, null);
		}
	}

	/**
	 * What an uploaded file's text is at journaling: a PDF or Word file is {@code PENDING}, to be read outside the
	 * request; a plain-text file (bounded by the upload limit) is read at once.
	 */
	public Result extractUploaded(Path file, String fileName) {
		return isolated(typeOf(file, fileName)) ? Result.PENDING : extract(file, fileName);
	}

	static boolean isolated(String type) {
		return type.equals("pdf") || type.equals("docx") || type.equals("doc");
	}

	/** The file's text, cut at {@link #MAX_CHARS} and without NUL characters; null for a type we do not read. */
	static String read(String type, Path file) throws IOException {
		String text = switch (type) {
			case "pdf" -> pdf(file);
			case "docx" -> docx(file);
			case "doc" -> doc(file);
			case "txt" -> plain(file);
			default -> null;
		};
		if (text == null) {
			return null;
		}
		String clean = text.replace('\u0000', ' ');
		return clean.length() > MAX_CHARS ? clean.substring(0, MAX_CHARS) : clean;
	}

	static String typeOf(Path file, String fileName) {
		String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		byte[] head = new byte[8];
		int read = 0;
		try (InputStream in = Files.newInputStream(file)) {
			read = in.readNBytes(head, 0, head.length);
		}
		catch (IOException e) {
			return "unknown";
		}
		if (read >= 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') {
			return "pdf";
		}
		if (read >= 4 && head[0] == 'P' && head[1] == 'K' && name.endsWith(".docx")) {
			return "docx";
		}
		if (read >= 8 && (head[0] & 0xff) == 0xD0 && (head[1] & 0xff) == 0xCF && name.endsWith(".doc")) {
			return "doc";
		}
		if (name.endsWith(".txt") || name.endsWith(".csv") || name.endsWith(".md")) {
			return "txt";
		}
		return "unknown";
	}

	private static String pdf(Path file) throws IOException {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			return new PDFTextStripper().getText(document);
		}
	}

	private static String docx(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file); XWPFDocument document = new XWPFDocument(in);
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

	private static String doc(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file); HWPFDocument document = new HWPFDocument(in);
				WordExtractor extractor = new WordExtractor(document)) {
			return extractor.getText();
		}
	}

	/** UTF-8, or Windows-1252 for older Danish text files that are not valid UTF-8. */
	private static String plain(Path file) throws IOException {
		byte[] bytes = Files.readAllBytes(file);
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException e) {
			return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
		}
	}
}
