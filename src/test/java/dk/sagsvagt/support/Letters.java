package dk.sagsvagt.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A journaled letter read back as its reader reads it (issue 18): the text of the PDF, and the check that it is a
 * municipality's letter: dated in Danish words, signed with name, title, unit and contact details, no ISO date and
 * no code name.
 */
public final class Letters {

	private Letters() {
	}

	/**
	 * The text of the journaled PDF document, fetched as {@code user}. The PDF is kept in {@code target/letters} for a
	 * person to look at (pdftoppm).
	 */
	public static String text(MockMvc mvc, String documentNumber, String user) throws Exception {
		byte[] pdf = mvc.perform(get("/api/documents/" + documentNumber + "/content").with(httpBasic(user, Fixtures.PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		java.nio.file.Path kept = java.nio.file.Path.of("target", "letters", documentNumber + ".pdf");
		java.nio.file.Files.createDirectories(kept.getParent());
		java.nio.file.Files.write(kept, pdf);
		return pdfText(pdf);
	}

	/** The text of the PDF named {@code entry} inside the journaled ZIP bundle. */
	public static String textInZip(MockMvc mvc, String documentNumber, String entry, String user) throws Exception {
		byte[] zip = mvc.perform(get("/api/documents/" + documentNumber + "/content").with(httpBasic(user, Fixtures.PASSWORD)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				if (e.getName().equals(entry)) {
					return pdfText(in.readAllBytes());
				}
			}
		}
		throw new AssertionError("No " + entry + " in " + documentNumber);
	}

	public static String pdfText(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	/** Dated "den 5. december 2026"-style, closed with {@code signature}, and free of ISO dates and code names. */
	public static void assertMunicipalLetter(String text, String signature) {
		assertThat(text).contains(signature)
			.containsPattern("Dato: (den )?\\d{1,2}\\. [a-zæøå]+ \\d{4}")
			.doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}(?!\\d)")
			.doesNotContainPattern("\\b[A-Z]+_[A-Z_]+\\b")
			.doesNotContainPattern("\\btest\\.[a-z0-9.]+");
	}
}
