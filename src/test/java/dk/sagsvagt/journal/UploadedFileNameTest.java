package dk.sagsvagt.journal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** File names as browsers and scripts send them, as they are kept with the document. */
class UploadedFileNameTest {

	@Test
	void onlyTheLastPartWithoutControlCharactersIsKept() {
		assertThat(UploadedFile.safeName("../../../../etc/passwd")).isEqualTo("passwd");
		assertThat(UploadedFile.safeName("C:\\Users\\mette\\Brev fra skolen.pdf")).isEqualTo("Brev fra skolen.pdf");
		assertThat(UploadedFile.safeName("a\u0000b\u001f.txt")).isEqualTo("ab.txt");
		assertThat(UploadedFile.safeName("Ærø – bilag 😀.docx")).isEqualTo("Ærø – bilag 😀.docx");
		assertThat(UploadedFile.safeName("..")).isEqualTo("fil");
		assertThat(UploadedFile.safeName("mappe/")).isEqualTo("fil");
		assertThat(UploadedFile.safeName(null)).isNull();
	}

	@Test
	void bidiControlsThatDisguiseTheExtensionAreStripped() {
		assertThat(UploadedFile.safeName("rapport\u202Efdp.exe")).isEqualTo("rapportfdp.exe");
		assertThat(UploadedFile.safeName("\u202Abrev\u202B\u202C\u202D\u2066\u2067\u2068\u2069\u200E\u200F\u061C.txt")).isEqualTo("brev.txt");
		assertThat(UploadedFile.safeName("\u202E")).isEqualTo("fil");
	}
}
