package dk.sagsvagt.journal;

public enum DocumentKind {
	LETTER, NOTE, DECISION, REPORT, EMAIL, APPLICATION, PLAN, OTHER
}
