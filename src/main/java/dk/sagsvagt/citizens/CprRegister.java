package dk.sagsvagt.citizens;

import java.util.Optional;

/**
 * The national CPR register, as the citizens module asks it ({@code sagsvagt.cpr.mode}): Serviceplatformen's SF1520,
 * the demo profile's synthetic register, or none in manual mode (persons typed in are "ikke verificeret i CPR").
 */
public interface CprRegister {

	/**
	 * The person with the number, or empty when CPR knows no such number. Throws {@link CprUnavailableException} when
	 * the register could not answer (a fault, a timeout, a TLS error): the caseworker may go on with the person
	 * marked as not verified, and the look-up is made again later.
	 */
	Optional<CprPerson> lookup(Cpr cpr);
}
