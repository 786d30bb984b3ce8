/**
 * Citizens and their CPR numbers. A CPR number is shown masked unless a user opens it, and never logged.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Citizens", allowedDependencies = "shared")
package dk.sagsvagt.citizens;
