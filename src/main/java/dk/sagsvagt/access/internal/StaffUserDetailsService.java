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

	StaffUserDetailsService(JdbcClient jdbc, Organisation organisation) {
		this.jdbc = jdbc;
		this.organisation = organisation;
	}

	/** The account's password hash and the scope set for it (none: the role's default), read in one query. */
	private record Account(String passwordHash, String scope) {
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = jdbc.sql("""
				SELECT a.password_hash, s.scope
				FROM access.user_account a LEFT JOIN access.user_scope s ON s.username = a.username
				WHERE a.username = ?""")
			.param(username)
			.query((rs, n) -> new Account(rs.getString("password_hash"), rs.getString("scope")))
			.optional()
			.filter(a -> !UserAccounts.SSO_ONLY.equals(a.passwordHash()))
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		Staff staff = organisation.staffByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException("unknown user"));
		return new StaffPrincipal(currentUser(staff, account.scope()), account.passwordHash(), staff.active());
	}

	/** The user as the access policy sees them: the staff record and their scope. */
	CurrentUser currentUser(Staff staff) {
		return currentUser(staff, jdbc.sql("SELECT scope FROM access.user_scope WHERE username = ?")
			.param(staff.username())
			.query(String.class)
			.optional()
			.orElse(null));
	}

	private static CurrentUser currentUser(Staff staff, String scope) {
		return new CurrentUser(staff.username(), staff.id(), staff.fullName(), staff.role(), staff.unitId(),
				staff.teamId(), scope == null ? Scope.defaultFor(staff.role()) : Scope.valueOf(scope));
	}
}
