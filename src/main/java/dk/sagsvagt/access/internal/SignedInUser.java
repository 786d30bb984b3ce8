package dk.sagsvagt.access.internal;

import dk.sagsvagt.access.CurrentUser;

/** A principal, from a password or from single sign-on, that knows the user the access policy decides for. */
public interface SignedInUser {

	CurrentUser user();
}
