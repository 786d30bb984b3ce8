package dk.sagsvagt.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogSafeTest {

	@Test
	void masksCprNumbersWithAndWithoutHyphen() {
		assertThat(LogSafe.mask("Key (cpr)=(0101901234) already exists; also 010190-1234."))
			.isEqualTo("Key (cpr)=(010190-XXXX) already exists; also 010190-XXXX.");
	}

	@Test
	void leavesOtherNumbersAlone() {
		assertThat(LogSafe.mask("case 2017-0400505 has 12345678901 bytes")).isEqualTo("case 2017-0400505 has 12345678901 bytes");
	}

	@Test
	void masksInsideStackTraces() {
		Exception e = new IllegalStateException("wrapped", new RuntimeException("Detail: cpr 2902004123"));
		assertThat(LogSafe.stackTrace(e)).contains("290200-XXXX").doesNotContain("2902004123");
	}

	@Test
	void aCprNumberIsMaskedHoweverItIsWritten() {
		for (String way : java.util.List.of("230649-3494", "230649 3494", "230649\u20133494", "230649\u20143494", "23.06.49-3494",
				"230649\u00a03494", "\uff12\uff13\uff10\uff16\uff14\uff19-\uff13\uff14\uff19\uff14")) {
			assertThat(LogSafe.mask("GET /api/citizens/" + way)).isEqualTo("GET /api/citizens/230649-XXXX");
		}
	}
}
