/**
 * Handover when a caseworker leaves or moves: everything they hold (open cases, inquiries, requests from oversight
 * bodies, supervision follow-ups, deadlines) listed with the deadlines at risk, moved to colleagues with a note for
 * every case at risk, and no deactivation while anything is held; and the measures of what handovers cost.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Handover", allowedDependencies = { "shared", "organisation", "access",
		"cases", "deadlines", "supervision", "oversight", "inquiries" })
package dk.sagsvagt.handover;
