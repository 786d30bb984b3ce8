package dk.sagsvagt.shared;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV cells that a spreadsheet shows as text, never runs as a formula (OWASP's CSV injection advice). */
class CsvTest {

	@Test
	void aCellThatAFormulaCouldStartWithIsNeutralisedAndQuoted() {
		assertThat(Csv.cell("=HYPERLINK(\"http://x\";\"klik\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\";\"\"klik\"\")\"");
		assertThat(Csv.cell("+45 12345678")).isEqualTo("'+45 12345678");
		assertThat(Csv.cell("-2+3")).isEqualTo("'-2+3");
		assertThat(Csv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(Csv.cell("\t=1")).isEqualTo("'\t=1");
		assertThat(Csv.cell("\r=1")).isEqualTo("\"'\r=1\"");
	}

	@Test
	void ordinaryTextAndNumbersAreKeptAndSeparatorsQuoted() {
		assertThat(Csv.cell("Testenhed A")).isEqualTo("Testenhed A");
		assertThat(Csv.cell("-12,5")).isEqualTo("-12,5");
		assertThat(Csv.cell("2026-0400505")).isEqualTo("2026-0400505");
		assertThat(Csv.cell("Børn; unge")).isEqualTo("\"Børn; unge\"");
		assertThat(Csv.cell(null)).isEmpty();
		assertThat(Csv.line(List.of("a", "=1", "b;c"))).isEqualTo("a;'=1;\"b;c\"");
	}
}
