package dk.sagsvagt.journal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TextExtractionTest {

	@Test
	void onlyAPendingExtractionEndsAndOnlyInAFinalState() {
		assertThat(TextExtraction.PENDING.canBecome(TextExtraction.OK)).isTrue();
		assertThat(TextExtraction.PENDING.canBecome(TextExtraction.TIMED_OUT)).isTrue();
		assertThat(TextExtraction.PENDING.canBecome(TextExtraction.TOO_LARGE)).isTrue();
		assertThat(TextExtraction.PENDING.canBecome(TextExtraction.PENDING)).isFalse();
		assertThat(TextExtraction.PENDING.canBecome(TextExtraction.NONE)).isFalse();
		assertThat(TextExtraction.OK.canBecome(TextExtraction.FAILED)).isFalse();
		assertThat(TextExtraction.TIMED_OUT.canBecome(TextExtraction.OK)).isFalse();
	}

	@Test
	void theStatesWithoutTextAreTheOnesThatGaveUp() {
		assertThat(TextExtraction.TIMED_OUT.gaveUp()).isTrue();
		assertThat(TextExtraction.TOO_LARGE.gaveUp()).isTrue();
		assertThat(TextExtraction.FAILED.gaveUp()).isTrue();
		assertThat(TextExtraction.UNSUPPORTED.gaveUp()).isFalse();
		assertThat(TextExtraction.PENDING.gaveUp()).isFalse();
	}
}
