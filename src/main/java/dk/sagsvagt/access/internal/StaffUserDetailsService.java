package dk.sagsvagt.access.internal;

import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.access.Scope;
import dk.sagsvagt.access.UserAccounts;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Staff;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class StaffUserDetailsService implements UserDetailsService {

	private final JdbcClient jdbc;

	private final Organisation organisation;

	private final LoginThrottle throttle;

	StaffUserDetailsService(JdbcClient jdbc, Organisation organisation, LoginThrottle throttle) {
		this.jdbc = jdbc;
		this.organisation = organisation;
		this.throttle = throttle;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		String hash = jdbc.sql("SELECT password_hash FROM access.user_account WHERE username = ?")
			.param(username)
			.query(String.class)
			.optional()
			.filter(h -> !UserAccounts.SSO_ONLY.equals(h))
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		Staff staff = organisation.staffByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		return new StaffPrincipal(currentUser(staff), hash, staff.active(), !throttle.isLocked(username));
	}

	/** The user as the access policy sees them: the staff record and their scope. */
	CurrentUser currentUser(Staff staff) {
		Scope scope = jdbc.sql("SELECT scope FROM access.user_scope WHERE username = ?")
			.param(staff.username())
			.query(String.class)
			.optional()
			.map(Scope::valueOf)
			.orElse(Scope.defaultFor(staff.role()));
		return new CurrentUser(staff.username(), staff.id(), staff.fullName(), staff.role(), staff.unitId(),
				staff.teamId(), scope);
	}
}
