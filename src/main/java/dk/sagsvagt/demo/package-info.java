/**
 * Demo data: a synthetic municipality generated on first start in the {@code demo} profile. Never active in
 * production. Every person, CPR number and text in it is invented.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo",
		allowedDependencies = { "shared", "organisation", "citizens", "access", "cases", "journal", "deadlines", "decisions", "migration", "supervision", "oversight", "inquiries", "handover", "improvement" })
package dk.sagsvagt.demo;
