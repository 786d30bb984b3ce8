package dk.sagsvagt.supervision;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Wilson score intervals against the published values of Newcombe (1998), Statistics in Medicine 17: 857-872, table I. */
class ProportionTest {

	@Test
	void wilsonIntervalsMatchNewcombesTable() {
		check(new Proportion(81, 263), 0.2553, 0.3662);
		check(new Proportion(15, 148), 0.0624, 0.1605);
		check(new Proportion(0, 20), 0.0, 0.1611);
		check(new Proportion(1, 29), 0.0061, 0.1718);
	}

	@Test
	void noCasesGiveNoShare() {
		assertThat(new Proportion(0, 0).share()).isNull();
		assertThat(new Proportion(0, 0).interval()).isEqualTo("–");
	}

	@Test
	void aChangeFrom53To80PercentIn60CasesIsLikelyRealButFrom53To60IsNot() {
		assertThat(new Proportion(48, 60).zAgainst(new Proportion(32, 60))).isGreaterThan(1.96);
		assertThat(new Proportion(36, 60).zAgainst(new Proportion(32, 60))).isLessThan(1.96);
	}

	static void check(Proportion p, double lower, double upper) {
		assertThat(p.lower()).isCloseTo(lower, within(0.00005));
		assertThat(p.upper()).isCloseTo(upper, within(0.00005));
	}
}
