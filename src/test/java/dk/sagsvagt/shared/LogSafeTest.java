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
}
