/**
 * What every module needs: errors that become problem responses, the clock, and the embedded database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared")
package dk.sagsvagt.shared;
