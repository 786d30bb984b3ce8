package dk.sagsvagt.access.internal;

import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.access.Scope;
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
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		Staff staff = organisation.staffByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		Scope scope = jdbc.sql("SELECT scope FROM access.user_scope WHERE username = ?")
			.param(username)
			.query(String.class)
			.optional()
			.map(Scope::valueOf)
			.orElse(Scope.defaultFor(staff.role()));
		CurrentUser user = new CurrentUser(staff.username(), staff.id(), staff.fullName(), staff.role(), staff.unitId(),
				staff.teamId(), scope);
		return new StaffPrincipal(user, hash, staff.active(), !throttle.isLocked(username));
	}
}
