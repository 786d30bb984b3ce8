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
}
