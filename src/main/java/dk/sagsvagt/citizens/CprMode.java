package dk.sagsvagt.citizens;

/**
 * How persons are looked up ({@code sagsvagt.cpr.mode}, issue 20); outside the demo profile the operator chooses, or
 * the application does not start.
 */
public enum CprMode {
	/** SF1520 PersonBaseDataExtended (version 5) on Serviceplatformen, over mutual TLS. */
	SERVICEPLATFORMEN,
	/** No look-up: names are typed in, and the person is shown as not verified in CPR. */
	MANUAL,
	/** The demo profile's synthetic register. */
	DEMO
}
