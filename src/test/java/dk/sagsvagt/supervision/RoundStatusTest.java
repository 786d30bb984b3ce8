package dk.sagsvagt.supervision;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A round moves forward only: drawn (again) until the review begins, concluded once, reported once. */
class RoundStatusTest {

	@Test
	void eachStepFollowsOnlyTheOneBeforeIt() {
		assertThat(RoundStatus.PLANNED.mayRedraw()).isTrue();
		assertThat(RoundStatus.SAMPLED.mayRedraw()).isTrue();
		assertThat(RoundStatus.UNDER_REVIEW.mayRedraw()).as("a review has begun on the sample").isFalse();
		assertThat(RoundStatus.PLANNED.underWay()).isFalse();
		assertThat(RoundStatus.UNDER_REVIEW.canTransitionTo(RoundStatus.CONCLUDED)).isTrue();
		assertThat(RoundStatus.PLANNED.canTransitionTo(RoundStatus.CONCLUDED)).as("not without a sample").isFalse();
		assertThat(RoundStatus.CONCLUDED.isConcluded()).isTrue();
		assertThat(RoundStatus.REPORTED.isConcluded()).isTrue();
		assertThat(RoundStatus.CONCLUDED.mayReport()).isTrue();
		assertThat(RoundStatus.REPORTED.mayReport()).as("reported once").isFalse();
		assertThat(RoundStatus.REPORTED.canTransitionTo(RoundStatus.UNDER_REVIEW)).isFalse();
	}
}
