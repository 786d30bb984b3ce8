package dk.sagsvagt.access;

import java.util.Map;

/**
 * The names of the outside bodies the permission log records by code (a disclosure to {@code OMBUDSMAN} is shown as
 * one to Borgerrådgiveren). The oversight module, which keeps the bodies, implements it; access only asks.
 */
public interface BodyNames {

	/** Each body's name by its code. */
	Map<String, String> byCode();
}
