/**
 * The journal: documents and notes journaled in a case, their files in a content-addressed store, numbering,
 * versions, and full-text search in Danish.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Journal",
		allowedDependencies = { "shared", "organisation", "citizens", "access", "cases" })
package dk.sagsvagt.journal;
