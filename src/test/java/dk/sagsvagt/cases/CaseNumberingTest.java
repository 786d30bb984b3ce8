package dk.sagsvagt.cases;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CaseNumberingTest {

	@Autowired
	Cases cases;

	@Autowired
	Fixtures fixtures;

	@Test
	void twoHundredParallelCreationsGetTwoHundredDistinctNumbers() throws Exception {
		long unit = fixtures.unitB();
		// a year no other test uses, so the year's sequence is created under the same concurrency
		Instant openedAt = ZonedDateTime.of(2031, 3, 1, 10, 0, 0, 0, ZoneId.of("Europe/Copenhagen")).toInstant();
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			List<Callable<String>> creations = new ArrayList<>();
			for (int i = 0; i < 200; i++) {
				int n = i;
				creations.add(() -> cases.register(
						new RegisterCase("NOTIFICATION", "Samtidig oprettelse " + n, Fixtures.newChildCpr(), null),
						unit, null, openedAt, "test").caseNumber());
			}
			Set<String> numbers = new HashSet<>();
			for (Future<String> f : pool.invokeAll(creations)) {
				numbers.add(f.get());
			}
			assertThat(numbers).hasSize(200).allMatch(n -> n.matches("2031-\\d{7}"));
		}
		finally {
			pool.shutdown();
		}
	}

	@Test
	void numberYearIsTheYearInCopenhagen() {
		// 31 December 2032 23:30 UTC is already 1 January 2033 in Copenhagen
		Instant newYear = Instant.parse("2032-12-31T23:30:00Z");
		CaseFile created = cases.register(new RegisterCase("NOTIFICATION", "Nytår", Fixtures.newChildCpr(), null),
				fixtures.unitA(), null, newYear, "test");
		assertThat(created.caseNumber()).startsWith("2033-").hasSize(12);
	}
}
