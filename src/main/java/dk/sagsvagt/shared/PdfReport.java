package dk.sagsvagt.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A plain A4 report in Danish: the administration's letterhead, a title, paragraphs and a table, with page numbers.
 * Set in the embedded Liberation Sans ({@link PdfFonts}), so every character of the text prints as written; one the
 * font lacks prints as {@link PdfFonts#MISSING}.
 */
public final class PdfReport {

	private static final float MARGIN = 56;

	private static final float LINE = 13;

	private final List<String> letterhead;

	private final String title;

	private final List<Block> blocks = new ArrayList<>();

	private sealed interface Block permits Paragraph, Table, Bars {
	}

	private record Bars(List<String> labels, List<Double> shares) implements Block {
	}

	private record Paragraph(String text, boolean strong) implements Block {
	}

	private record Table(float[] widths, List<String> header, List<List<String>> rows) implements Block {
	}

	public PdfReport(String letterhead, String title) {
		this(List.of(letterhead), title);
	}

	/** A letter: the letterhead's lines (administration, address, …) above the title. */
	public PdfReport(List<String> letterhead, String title) {
		this.letterhead = List.copyOf(letterhead);
		this.title = title;
	}

	public PdfReport paragraph(String text) {
		blocks.add(new Paragraph(text, false));
		return this;
	}

	public PdfReport heading(String text) {
		blocks.add(new Paragraph(text, true));
		return this;
	}

	/**
	 * The close of a letter: "Med venlig hilsen" and below it the signer's lines (name, title, unit, how to reach it),
	 * one per line.
	 */
	public PdfReport signature(List<String> lines) {
		blocks.add(new Paragraph("Med venlig hilsen", false));
		blocks.add(new Paragraph(String.join("\n", lines), false));
		return this;
	}

	/** A table; {@code widths} are fractions of the text width. */
	public PdfReport table(float[] widths, List<String> header, List<List<String>> rows) {
		blocks.add(new Table(widths, header, rows));
		return this;
	}

	/** A horizontal bar chart of shares between 0 and 1, one labelled bar per line, with the percentage. */
	public PdfReport bars(List<String> labels, List<Double> shares) {
		blocks.add(new Bars(labels, shares));
		return this;
	}

	public byte[] render() {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(title);
			info.setCreator("Sagsvagt");
			PdfFonts.Faces faces = PdfFonts.load(document);
			PDFont regular = faces.regular();
			PDFont bold = faces.bold();
			Writer writer = new Writer(document, regular);
			writer.text(bold, 9, letterhead.get(0));
			for (String line : letterhead.subList(1, letterhead.size())) {
				writer.text(regular, 9, line);
			}
			writer.space(LINE);
			writer.text(bold, 16, title);
			writer.space(LINE);
			for (Block block : blocks) {
				if (block instanceof Paragraph p) {
					for (String line : wrap(p.text(), p.strong() ? bold : regular, 10, writer.width())) {
						writer.text(p.strong() ? bold : regular, 10, line);
					}
					writer.space(LINE / 2);
				}
				else if (block instanceof Bars b) {
					for (int i = 0; i < b.labels().size(); i++) {
						writer.bar(regular, b.labels().get(i), b.shares().get(i));
					}
					writer.space(LINE / 2);
				}
				else if (block instanceof Table t) {
					writer.row(bold, t.widths(), t.header());
					for (List<String> row : t.rows()) {
						writer.row(regular, t.widths(), row);
					}
					writer.space(LINE / 2);
				}
			}
			writer.finish();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
		List<String> lines = new ArrayList<>();
		// line breaks in the text are kept; other control characters become spaces
		for (String paragraph : text.split("\\R", -1)) {
			StringBuilder line = new StringBuilder();
			for (String word : PdfFonts.drawable(paragraph, font).split(" ")) {
				String candidate = line.isEmpty() ? word : line + " " + word;
				if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
					lines.add(line.toString());
					line = new StringBuilder(word);
				}
				else {
					line = new StringBuilder(candidate);
				}
			}
			lines.add(line.toString());
		}
		return lines;
	}

	/** Lays text out top to bottom, starting new pages as needed. */
	private final class Writer {

		private final PDDocument document;

		private final PDFont regular;

		private PDPageContentStream stream;

		private float y;

		private int pages;

		Writer(PDDocument document, PDFont regular) throws IOException {
			this.document = document;
			this.regular = regular;
			newPage();
		}

		float width() {
			return PDRectangle.A4.getWidth() - 2 * MARGIN;
		}

		/** A label in the left 40 %, a bar in the rest scaled to the share, and the share in per cent. */
		void bar(PDFont font, String label, Double share) throws IOException {
			ensure(14);
			float labelWidth = width() * 0.4f;
			stream.beginText();
			stream.setFont(font, 8);
			stream.newLineAtOffset(MARGIN, y);
			stream.showText(PdfFonts.drawable(label.length() > 60 ? label.substring(0, 57) + "..." : label, font));
			stream.endText();
			float barWidth = (width() - labelWidth - 40) * (share == null ? 0 : share.floatValue());
			stream.setNonStrokingColor(0.25f, 0.45f, 0.7f);
			stream.addRect(MARGIN + labelWidth, y - 1, barWidth, 8);
			stream.fill();
			stream.setNonStrokingColor(0f, 0f, 0f);
			stream.beginText();
			stream.setFont(font, 8);
			stream.newLineAtOffset(MARGIN + labelWidth + barWidth + 4, y);
			stream.showText(share == null ? "-" : Math.round(share * 100) + " %");
			stream.endText();
			y -= 13;
		}

		void text(PDFont font, float size, String text) throws IOException {
			ensure(size + 4);
			stream.beginText();
			stream.setFont(font, size);
			stream.newLineAtOffset(MARGIN, y);
			stream.showText(PdfFonts.drawable(text, font));
			stream.endText();
			y -= size + 4;
		}

		void row(PDFont font, float[] widths, List<String> cells) throws IOException {
			List<List<String>> wrapped = new ArrayList<>();
			int height = 1;
			for (int i = 0; i < cells.size(); i++) {
				List<String> lines = wrap(cells.get(i) == null ? "" : cells.get(i), font, 8, widths[i] * width() - 4);
				wrapped.add(lines);
				height = Math.max(height, lines.size());
			}
			ensure(height * 10 + 4);
			float x = MARGIN;
			for (int i = 0; i < wrapped.size(); i++) {
				float lineY = y;
				for (String line : wrapped.get(i)) {
					stream.beginText();
					stream.setFont(font, 8);
					stream.newLineAtOffset(x, lineY);
					stream.showText(line);
					stream.endText();
					lineY -= 10;
				}
				x += widths[i] * width();
			}
			y -= height * 10 + 4;
		}

		void space(float points) {
			y -= points;
		}

		private void ensure(float needed) throws IOException {
			if (y - needed < MARGIN) {
				newPage();
			}
		}

		private void newPage() throws IOException {
			if (stream != null) {
				footer();
				stream.close();
			}
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			stream = new PDPageContentStream(document, page);
			pages++;
			y = PDRectangle.A4.getHeight() - MARGIN;
		}

		private void footer() throws IOException {
			stream.beginText();
			stream.setFont(regular, 8);
			stream.newLineAtOffset(MARGIN, MARGIN / 2);
			stream.showText(PdfFonts.drawable(title + " – side " + pages, regular));
			stream.endText();
		}

		void finish() throws IOException {
			footer();
			stream.close();
		}
	}
}
