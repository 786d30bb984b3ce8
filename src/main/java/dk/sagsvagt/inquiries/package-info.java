/**
 * Citizen inquiries (henvendelser) to the mayor, a committee or the administration: each in its own case, linked to
 * the citizen's cases, with the reply date of the municipality's service target on the worklist, a reply drafted
 * from a Danish template and journaled; and committee meetings whose agenda items put inquiries forward.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inquiries", allowedDependencies = { "shared", "organisation",
		"citizens", "access", "cases", "journal", "deadlines" })
package dk.sagsvagt.inquiries;
