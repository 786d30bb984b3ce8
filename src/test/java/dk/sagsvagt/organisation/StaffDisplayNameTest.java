package dk.sagsvagt.organisation;

import org.junit.jupiter.api.Test;

import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 17 review (S3): a text a person reads names staff by full name and never falls back to a username. */
@IntegrationTest
class StaffDisplayNameTest {

	@Autowired
	Organisation organisation;

	@Autowired
	Fixtures fixtures;

	@Test
	void aKnownUsernameShowsTheFullNameAndAnUnknownOneNoUsername() {
		fixtures.unitA();
		assertThat(organisation.displayName("test.director")).isEqualTo("Dorte Direktør");
		assertThat(organisation.displayName("ukendt.bruger")).isEqualTo("tidligere medarbejder").doesNotContain("ukendt.bruger");
	}
}
