package dk.sagsvagt.organisation.internal.web;

import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Staff;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The header names the signed-in person by name, never by user name ({@code ${@signedInPerson.name()}} in the
 * navigation fragment, so the staff register is read only when a page is drawn, not for every fragment or form post).
 */
@Component("signedInPerson")
class SignedInPerson {

	private final Organisation organisation;

	SignedInPerson(Organisation organisation) {
		this.organisation = organisation;
	}

	/** The staff member's full name, or nothing for an account outside the staff register (an external reviewer). */
	public String name() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()) {
			return null;
		}
		return organisation.staffByUsername(authentication.getName()).map(Staff::fullName).orElse(null);
	}
}
