package dk.sagsvagt.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The size of the load data ({@code --spring.profiles.active=load}): the defaults are a national-scale municipality
 * (1 million cases, 10 million documents, 5 million deadlines, 50 million access-log rows over a year).
 *
 * @param words the mean length of a document's text in words (a Danish word with its space is about 7 bytes)
 * @param exit stop the application when the data is written (the benchmark then starts it on the same data)
 */
@ConfigurationProperties("sagsvagt.load")
record LoadProperties(Long seed, Integer cases, Long documents, Long deadlines, Long accessLogRows, Integer days, Integer words,
		Boolean exit) {

	LoadProperties {
		seed = seed == null ? 20180516L : seed;
		cases = cases == null ? 1_000_000 : cases;
		documents = documents == null ? 10L * cases : documents;
		deadlines = deadlines == null ? 5L * cases : deadlines;
		accessLogRows = accessLogRows == null ? 50L * cases : accessLogRows;
		days = days == null ? 365 : days;
		words = words == null ? 60 : words;
		exit = exit == null || exit;
	}

	int citizens() {
		return cases + cases / 5;
	}
}
