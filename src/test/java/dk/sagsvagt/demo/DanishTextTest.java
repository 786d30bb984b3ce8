package dk.sagsvagt.demo;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DanishTextTest {

	@Test
	void aTextHasAboutTheWordsAskedForAndNamesThePeopleOfTheCase() {
		for (DanishText.Topic topic : DanishText.Topic.values()) {
			for (int words : new int[] { 100, 700, 2000 }) {
				String text = DanishText.compose(topic, words, "Freja", "Mette", new SplittableRandom(words));
				assertThat(text.split("\\s+").length).isBetween(words, words + 40);
				assertThat(text).doesNotContain("{").doesNotContain("}");
			}
		}
		assertThat(DanishText.compose(DanishText.Topic.NOTE, 2000, "Freja", "Mette", new SplittableRandom(1)))
			.contains("Freja", "Mette");
	}

	@Test
	void notificationsSpeakOfTheNotificationSoSearchFindsThem() {
		assertThat(DanishText.compose(DanishText.Topic.NOTIFICATION, 300, "Emil", "Lene", new SplittableRandom(5)))
			.contains("underretningen");
	}

	@Test
	void theSameSeedGivesTheSameText() {
		assertThat(DanishText.compose(DanishText.Topic.MEASURE, 500, "Ida", "Hanne", new SplittableRandom(9)))
			.isEqualTo(DanishText.compose(DanishText.Topic.MEASURE, 500, "Ida", "Hanne", new SplittableRandom(9)));
	}
}
