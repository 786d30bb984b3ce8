/**
 * Statutory and local deadlines: the versioned rule catalogue, the deadline calculator, and (to come) deadline
 * instances on cases, worklists, processing-time limits and statistics.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deadlines", allowedDependencies = { "shared", "organisation", "access", "cases", "journal" })
package dk.sagsvagt.deadlines;
