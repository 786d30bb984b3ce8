/**
 * Who the user is and what they may see. The one access policy decides from facts it is given (such as a case's
 * unit), so it needs no case module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access", allowedDependencies = { "shared", "organisation", "citizens" })
package dk.sagsvagt.access;
