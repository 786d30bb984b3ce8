package dk.sagsvagt.access.internal;

import java.util.List;

import dk.sagsvagt.access.CurrentUser;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A logged-in staff member as Spring Security holds them. */
public class StaffPrincipal extends User implements SignedInUser {

	private final CurrentUser user;

	StaffPrincipal(CurrentUser user, String passwordHash, boolean enabled) {
		super(user.username(), passwordHash, enabled, true, true, true,
				List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())));
		this.user = user;
	}

	@Override
	public CurrentUser user() {
		return user;
	}
}
