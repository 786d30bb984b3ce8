/**
 * The migration from an earlier case system: cases with their own numbers, parties by CPR number, documents with
 * their files, the events that started and met deadlines, and decisions already sent, from a documented JSON format
 * (docs/migration.md), by API or command line. Each case is taken over whole or not at all, through the same checks
 * and writes as the modules use for their own work; a case already here is skipped. The demo data is made this way.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Migration",
		allowedDependencies = { "shared", "organisation", "citizens", "access", "cases", "journal", "deadlines", "decisions" })
package dk.sagsvagt.migration;
