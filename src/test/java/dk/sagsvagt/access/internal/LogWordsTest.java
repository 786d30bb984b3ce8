package dk.sagsvagt.access.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The log's extracts name every action in Danish; an unknown one is never shown as its code. */
class LogWordsTest {

	@Test
	void everyActionHasItsDanishName() {
		assertThat(LogWords.namesEveryAction()).isTrue();
		assertThat(LogWords.action("MIGRATE")).isEqualTo("Overtog sagen fra et tidligere sagssystem");
		assertThat(LogWords.action("PRINT")).as("an action of an older version").isEqualTo("Anden handling");
	}
}
