package dk.sagsvagt.cases;

/**
 * The part of social services a case type belongs to, which decides the law its decisions follow: children's cases
 * (barnets lov, before 2024 serviceloven's rules for children), adults' cases (serviceloven), and the general cases
 * (complaints, aktindsigt, inquiries, the administration's own work) that have no decisions of their own. Backed by the
 * CHECK on {@code cases.case_type.area}.
 */
public enum CaseArea {

	CHILDREN, ADULTS, GENERAL;

	/** Whether cases of the area have decisions under serviceloven or barnets lov. */
	public boolean hasDecisions() {
		return this != GENERAL;
	}

	public boolean isChildren() {
		return this == CHILDREN;
	}
}
