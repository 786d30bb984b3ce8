package dk.sagsvagt.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Letters and notes print every character they contain; the font is embedded as a subset, so they stay small. */
class PdfFontTest {

	private static final String DANISH = "Æbleskiver på Østerbro: æøå ÆØÅ";

	private static final List<String> MARKS = List.of("•", "–", "—", "„", "“", "”", "’", "§", "½", "€");

	@Test
	void danishLettersBulletsDashesAndQuotesAreReadBackAsWritten() throws IOException {
		String marks = String.join(" ", MARKS);
		byte[] pdf = new PdfReport(List.of("Socialforvaltningen", "Sjællandsgade 40 • 2200 København N"), "Resultatnotat – “tilsyn” § 3")
			.heading("Resultater — „kort fortalt“")
			.paragraph(DANISH)
			.paragraph("• Sagen er oplyst ½ år efter; det’s " + marks)
			.table(new float[] { 0.5f, 0.5f }, List.of("Spørgsmål", "Svar"), List.of(List.of("• Er barnet hørt?", "Ja – delvist")))
			.bars(List.of("Børn og unge – Øst"), List.of(0.5))
			.render();

		String text = text(pdf);
		assertThat(text).contains(DANISH, "Sjællandsgade 40 • 2200 København N", "Resultatnotat – “tilsyn” § 3",
				"Resultater — „kort fortalt“", "• Sagen er oplyst ½ år efter; det’s", "• Er barnet hørt?", "Ja – delvist",
				"Børn og unge – Øst", "side 1");
		for (String mark : MARKS) {
			assertThat(text).contains(mark);
		}
		// the one question mark written, and none for a character the old WinAnsi font could not draw
		assertThat(text.chars().filter(c -> c == '?')).hasSize(1);
	}

	@Test
	void aCharacterTheFontLacksIsDrawnAsAVisibleSubstituteAndTheRestOfTheTextIsKept() throws IOException {
		byte[] pdf = new PdfReport("Socialforvaltningen", "Henvendelse")
			.paragraph("Tak for hjælpen 😀 og 中 venlig hilsen")
			.table(new float[] { 1f }, List.of("Note"), List.of(List.of("Smil 😀 slut")))
			.render();

		String text = text(pdf);
		assertThat(text).contains("Tak for hjælpen " + PdfFonts.MISSING + " og " + PdfFonts.MISSING + " venlig hilsen",
				"Smil " + PdfFonts.MISSING + " slut");
	}

	@Test
	void theFontIsEmbeddedAsASubsetSoALetterStaysSmall() throws IOException {
		PdfReport letter = new PdfReport(List.of("Socialforvaltningen", "Sjællandsgade 40"), "Din sag tager længere tid end forventet");
		for (int i = 0; i < 12; i++) {
			letter.paragraph("Vi har modtaget din ansøgning og behandler den så hurtigt som muligt. Vi forventer at træffe afgørelse "
					+ "den 22. marts 2018 – du hører fra os • med venlig hilsen, sagsbehandleren’s team.");
		}
		letter.paragraph(DANISH);
		byte[] pdf = letter.render();

		try (PDDocument document = Loader.loadPDF(pdf)) {
			for (var page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).isTrue();
					// a subset's name carries a six-letter tag: ABCDEF+LiberationSans
					assertThat(font.getName()).matches("[A-Z]{6}\\+LiberationSans.*");
				}
			}
		}
		// the whole font files are 820 kB; two subsets of the glyphs used are far less
		assertThat(pdf.length).isLessThan(60_000);
		long start = System.nanoTime();
		int rounds = 50;
		for (int i = 0; i < rounds; i++) {
			letter.render();
		}
		System.out.printf("PdfFontTest: a typical letter is %d bytes and renders in %.1f ms%n", pdf.length,
				(System.nanoTime() - start) / 1e6 / rounds);
	}

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}
}
