/**
 * The administration, its citizen centres, units and staff.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation", allowedDependencies = "shared")
package dk.sagsvagt.organisation;
