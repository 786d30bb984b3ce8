package dk.sagsvagt.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param seed the seed of every random choice: the same seed gives the same municipality
 * @param cases how many cases; citizens (2.5 per case), documents (5 per case) and staff scale with it
 */
@ConfigurationProperties("sagsvagt.demo")
record DemoProperties(long seed, int cases) {

	int citizens() {
		return cases * 5 / 2;
	}

	int documents() {
		return cases * 5;
	}

	int staff() {
		return Math.max(40, cases / 10);
	}
}
