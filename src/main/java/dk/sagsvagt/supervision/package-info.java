/**
 * Management supervision rounds (ledelsestilsyn): a population and a reproducible sample, checklists pre-filled from
 * the system's facts and answered at review levels 1-4, flagged cases with follow-up, results with confidence
 * intervals, and the workbook and result note journaled in the round's own case.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision", allowedDependencies = { "shared", "organisation",
		"citizens", "access", "cases", "journal", "deadlines", "decisions" })
package dk.sagsvagt.supervision;
