/**
 * The case register: cases, parties, status with history, and the timeline of everything that happened.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases",
		allowedDependencies = { "shared", "organisation", "citizens", "access" })
package dk.sagsvagt.cases;
