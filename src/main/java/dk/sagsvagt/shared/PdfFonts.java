package dk.sagsvagt.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one font of every PDF letter and report: Liberation Sans (SIL Open Font License, see
 * {@code fonts/LICENSE-LiberationSans.txt}), embedded as a subset so a letter carries only the glyphs it uses. PDF's
 * standard fonts know only WinAnsi, so bullets, „quotes“ and the like printed as "?". The font files are read from
 * the classpath once; a PDType0Font belongs to one document, so each document loads its own from those bytes.
 */
public final class PdfFonts {

	/** Drawn for a character the font has no glyph for (an emoji, CJK): visible, and the text keeps its length. */
	public static final String MISSING = "□";

	private static final Logger log = LoggerFactory.getLogger(PdfFonts.class);

	private static final byte[] REGULAR = read("fonts/LiberationSans-Regular.ttf");

	private static final byte[] BOLD = read("fonts/LiberationSans-Bold.ttf");

	private PdfFonts() {
	}

	/** The regular and bold faces, loaded into {@code document}. */
	public record Faces(PDFont regular, PDFont bold) {
	}

	public static Faces load(PDDocument document) {
		try {
			return new Faces(PDType0Font.load(document, new RandomAccessReadBuffer(REGULAR), true, false),
					PDType0Font.load(document, new RandomAccessReadBuffer(BOLD), true, false));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The text as {@code font} can draw it: control characters become spaces, and a character without a glyph becomes
	 * {@link #MISSING} (logged by code point, never by the text, which may be personal data).
	 */
	public static String drawable(String text, PDFont font) {
		StringBuilder out = new StringBuilder(text.length());
		Set<String> missing = new TreeSet<>();
		text.codePoints().forEach(cp -> {
			if (cp < 32 || cp == 0x7f) {
				out.append(' ');
			}
			else if (has(font, cp)) {
				out.appendCodePoint(cp);
			}
			else {
				out.append(MISSING);
				missing.add("U+%04X".formatted(cp));
			}
		});
		if (!missing.isEmpty()) {
			log.warn("PDF: no glyph in {} for {}; drawn as {}", font.getName(), missing, MISSING);
		}
		return out.toString();
	}

	private static boolean has(PDFont font, int codePoint) {
		if (codePoint <= 0xffff && Character.isSurrogate((char) codePoint)) {
			return false;
		}
		try {
			font.encode(new String(Character.toChars(codePoint)));
			return true;
		}
		catch (IllegalArgumentException | IOException e) {
			return false;
		}
	}

	private static byte[] read(String resource) {
		try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The font " + resource + " is missing from the classpath.");
			}
			return in.readAllBytes();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
