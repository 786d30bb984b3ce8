/**
 * Decisions on measures and benefits, and the legal gates they must pass before they are sent: hearing, reasons,
 * complaint guidance and, for children, the conversation, consent and the child's plan. Sending journals the
 * decision letter and starts the deadlines it triggers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Decisions",
		allowedDependencies = { "shared", "organisation", "citizens", "access", "cases", "journal", "deadlines" })
package dk.sagsvagt.decisions;
