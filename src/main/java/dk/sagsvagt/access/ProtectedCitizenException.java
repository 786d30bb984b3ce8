package dk.sagsvagt.access;

import dk.sagsvagt.shared.AccessDeniedException;

/**
 * A specially protected citizen asked for by CPR number by someone not named on the protection. The message says
 * why and names no one, so a form can show it beside the CPR field; the API answers 403.
 */
public class ProtectedCitizenException extends AccessDeniedException {

	ProtectedCitizenException() {
		super("Borgeren med dette CPR-nummer er særligt beskyttet, og du er ikke blandt dem, der må se borgeren. "
				+ "Kontakt den, der administrerer beskyttelsen.");
	}
}
