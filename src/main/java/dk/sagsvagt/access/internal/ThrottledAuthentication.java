package dk.sagsvagt.access.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password log-in (the form and HTTP Basic): the user name and password checked as usual, unless the throttle refuses
 * the name from this client address; then the answer is that of a wrong password, and the password is not looked at.
 */
@Component
class ThrottledAuthentication implements AuthenticationProvider {

	/** A refusal by the throttle; not counted as another wrong password. */
	static final class Throttled extends BadCredentialsException {

		Throttled() {
			super("Bad credentials");
		}
	}

	private final DaoAuthenticationProvider passwords;

	private final LoginThrottle throttle;

	ThrottledAuthentication(StaffUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(encoder);
		this.throttle = throttle;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		if (throttle.isRefused(authentication.getName(), address(authentication))) {
			throw new Throttled();
		}
		return passwords.authenticate(authentication);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** The client address the filter recorded (behind a proxy, the forwarded one; see server.forward-headers-strategy). */
	static String address(Authentication authentication) {
		return authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
	}
}
