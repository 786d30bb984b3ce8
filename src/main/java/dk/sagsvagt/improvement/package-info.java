/**
 * Improvement action plans: recommendations from Borgerrådgiveren, Ankestyrelsen, supervision rounds or a task force,
 * each with actions, owners and due dates on the worklists, and the evidence that measures it across rounds.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Improvement", allowedDependencies = { "shared", "organisation", "access",
		"cases", "journal", "deadlines", "supervision", "oversight" })
package dk.sagsvagt.improvement;
