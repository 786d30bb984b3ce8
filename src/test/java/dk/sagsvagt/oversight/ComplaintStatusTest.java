package dk.sagsvagt.oversight;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A complaint moves only forward: reconsidered once, an upheld one forwarded, a forwarded one decided. */
class ComplaintStatusTest {

	@Test
	void onlyTheStepsTheLawKnowsFollowEachOther() {
		assertThat(ComplaintStatus.RECEIVED.canTransitionTo(ComplaintStatus.UPHELD)).isTrue();
		assertThat(ComplaintStatus.RECEIVED.canTransitionTo(ComplaintStatus.CHANGED_BY_MUNICIPALITY)).isTrue();
		assertThat(ComplaintStatus.RECEIVED.canTransitionTo(ComplaintStatus.FORWARDED)).as("not without a reconsideration").isFalse();
		assertThat(ComplaintStatus.CHANGED_BY_MUNICIPALITY.mayForward()).as("a changed decision is not sent on").isFalse();
		assertThat(ComplaintStatus.UPHELD.mayForward()).isTrue();
		assertThat(ComplaintStatus.UPHELD.mayReconsider()).isFalse();
		assertThat(ComplaintStatus.FORWARDED.mayRecordOutcome()).isTrue();
		assertThat(ComplaintStatus.DECIDED.canTransitionTo(ComplaintStatus.RECEIVED)).isFalse();
		for (ComplaintStatus s : ComplaintStatus.values()) {
			assertThat(s.canTransitionTo(s)).as(s + " to itself").isFalse();
		}
	}
}
