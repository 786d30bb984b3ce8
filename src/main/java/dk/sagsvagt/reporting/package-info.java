/**
 * Dashboards across modules for leaders (reads only, aggregates without personal data): per unit, centre or the whole
 * administration, the case load, deadlines, processing times, appeals, supervision results and action plans.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting", allowedDependencies = { "shared", "organisation", "access",
		"cases", "deadlines", "supervision", "oversight", "improvement" })
package dk.sagsvagt.reporting;

import dk.sagsvagt.reporting.internal.Dashboards;
