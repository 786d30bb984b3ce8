package dk.sagsvagt.cases;

public enum CaseStatus {
	OPEN, CLOSED
}
