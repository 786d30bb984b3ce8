package dk.sagsvagt.supervision;

/** Where a round stands. Danish names are in the message bundle under {@code round.status.*}. */
public enum RoundStatus {
	PLANNED, SAMPLED, UNDER_REVIEW, CONCLUDED, REPORTED
}
