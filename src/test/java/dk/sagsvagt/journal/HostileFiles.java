package dk.sagsvagt.journal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small files that are expensive to read, made in the test so that CI needs no fixtures: each is under the test
 * profile's upload limit (1 MB) and takes hundreds of MB or a deep stack to parse.
 */
final class HostileFiles {

	private HostileFiles() {
	}

	/** A one-page PDF whose FlateDecode content stream expands about 1000:1, to {@code expandedMb} MB of operators. */
	static byte[] pdfWithExpandingStream(int expandedMb) throws IOException {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		byte[] chunk = "0 0 m\n".repeat(1 << 16).getBytes(StandardCharsets.US_ASCII);
		try (DeflaterOutputStream out = new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_COMPRESSION), 1 << 16)) {
			for (long written = 0; written < expandedMb * 1024L * 1024L; written += chunk.length) {
				out.write(chunk);
			}
		}
		return pdf(compressed.toByteArray(), "<< /Type /Catalog /Pages 2 0 R >>");
	}

	/** A PDF whose catalog holds arrays nested {@code depth} deep: a recursive parser runs out of stack. */
	static byte[] pdfWithDeepNesting(int depth) throws IOException {
		String nested = "[".repeat(depth) + "]".repeat(depth);
		byte[] content = "BT ET".getBytes(StandardCharsets.US_ASCII);
		ByteArrayOutputStream compressed = new ByteArrayOutputStream();
		try (DeflaterOutputStream out = new DeflaterOutputStream(compressed)) {
			out.write(content);
		}
		return pdf(compressed.toByteArray(), "<< /Type /Catalog /Pages 2 0 R /Deep " + nested + " >>");
	}

	private static byte[] pdf(byte[] flateContent, String catalog) throws IOException {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		List<Integer> offsets = new ArrayList<>();
		ascii(pdf, "%PDF-1.7\n");
		offsets.add(pdf.size());
		ascii(pdf, "1 0 obj\n" + catalog + "\nendobj\n");
		offsets.add(pdf.size());
		ascii(pdf, "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
		offsets.add(pdf.size());
		ascii(pdf, "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> >>\nendobj\n");
		offsets.add(pdf.size());
		ascii(pdf, "4 0 obj\n<< /Length " + flateContent.length + " /Filter /FlateDecode >>\nstream\n");
		pdf.write(flateContent);
		ascii(pdf, "\nendstream\nendobj\n");
		int xref = pdf.size();
		StringBuilder table = new StringBuilder("xref\n0 5\n0000000000 65535 f \n");
		for (int offset : offsets) {
			table.append(String.format("%010d 00000 n \n", offset));
		}
		ascii(pdf, table + "trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
		return pdf.toByteArray();
	}

	/**
	 * A .docx whose document.xml is {@code xmlMb} MB of short runs, compressed about 30:1: under POI's zip-bomb ratio
	 * (100:1), so POI reads it all, and a run per few bytes makes the parsed document many times the XML's size.
	 */
	static byte[] docxWithLargeDocumentXml(int xmlMb) throws IOException {
		ByteArrayOutputStream docx = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(docx)) {
			zip.setLevel(Deflater.DEFAULT_COMPRESSION);
			entry(zip, "[Content_Types].xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
					<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
					<Default Extension="xml" ContentType="application/xml"/>
					<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
					</Types>""");
			entry(zip, "_rels/.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
					</Relationships>""");
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
					+ "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>")
				.getBytes(StandardCharsets.UTF_8));
			Random random = new Random(16);
			StringBuilder runs = new StringBuilder();
			long limit = xmlMb * 1024L * 1024L;
			int run = 0;
			for (long written = 0; written < limit;) {
				runs.setLength(0);
				for (int i = 0; i < 1000; i++) {
					runs.append("<w:r><w:t>").append((char) ('a' + random.nextInt(4))).append("</w:t></w:r>");
					if (++run % 8 == 0) {
						runs.append("</w:p><w:p>");
					}
				}
				byte[] bytes = runs.toString().getBytes(StandardCharsets.UTF_8);
				zip.write(bytes);
				written += bytes.length;
			}
			zip.write("</w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return docx.toByteArray();
	}

	private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(text.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

	private static void ascii(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.US_ASCII));
	}
}
