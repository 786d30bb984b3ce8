package dk.sagsvagt.access.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.access.UserAccounts;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Staff;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.organisation.Unit;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Single sign-on: the identity provider says who the user is, their role and unit (through the configured claim
 * mapping); the staff record is created or brought up to date at each log-in, and the user then gets the same
 * access decisions as anyone else.
 */
class OidcStaffUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService delegate = new OidcUserService();

	private final OidcProperties properties;

	private final Organisation organisation;

	private final UserAccounts accounts;

	private final StaffUserDetailsService staffUsers;

	private final TransactionTemplate transaction;

	OidcStaffUserService(OidcProperties properties, Organisation organisation, UserAccounts accounts,
			StaffUserDetailsService staffUsers, TransactionTemplate transaction) {
		this.properties = properties;
		this.organisation = organisation;
		this.accounts = accounts;
		this.staffUsers = staffUsers;
		this.transaction = transaction;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser oidc = delegate.loadUser(request);
		String username = Optional.ofNullable(oidc.<String>getClaim(properties.usernameClaim())).orElse(oidc.getSubject());
		StaffRole role = role(oidc.getClaim(properties.roleClaim()));
		Long unitId = null;
		if (!role.isExternal()) {
			String unitName = oidc.getClaim(properties.unitClaim());
			unitId = organisation.unitNamed(unitName == null ? "" : unitName)
				.map(Unit::id)
				.orElseThrow(() -> refused("unknown_unit", "Enheden '" + unitName + "' findes ikke i Sagsvagt."));
		}
		String name = oidc.getFullName() == null ? username : oidc.getFullName();
		Long unit = unitId;
		Staff staff = transaction.execute(status -> {
			Optional<Staff> existing = organisation.staffByUsername(username);
			if (existing.isPresent()) {
				organisation.updateStaff(existing.get().id(), name, role, unit);
			}
			else {
				organisation.createStaff(username, name, role, unit);
			}
			accounts.createForSingleSignOn(username);
			return organisation.staffByUsername(username).orElseThrow();
		});
		CurrentUser user = staffUsers.currentUser(staff);
		return new Principal(user, oidc);
	}

	private StaffRole role(Object claim) {
		Collection<?> values = claim instanceof Collection<?> list ? list : claim == null ? List.of() : List.of(claim);
		return values.stream()
			.map(v -> properties.roles().get(String.valueOf(v)))
			.filter(r -> r != null)
			.findFirst()
			.orElseThrow(() -> refused("no_role", "Brugeren har ingen rolle i Sagsvagt."));
	}

	private static OAuth2AuthenticationException refused(String code, String message) {
		return new OAuth2AuthenticationException(new OAuth2Error(code, message, null), message);
	}

	/** A user signed in through the identity provider. */
	static final class Principal extends DefaultOidcUser implements SignedInUser {

		private final CurrentUser user;

		Principal(CurrentUser user, OidcUser oidc) {
			super(List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name())), oidc.getIdToken(), oidc.getUserInfo());
			this.user = user;
		}

		@Override
		public CurrentUser user() {
			return user;
		}

		@Override
		public String getName() {
			return user.username();
		}
	}
}
