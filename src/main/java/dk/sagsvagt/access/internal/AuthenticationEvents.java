package dk.sagsvagt.access.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Spring Security's authentication events, and the log-in throttle told directly: a wrong password (also for a name
 * that does not exist) counts for the name and client address, a success clears them. A success is published only
 * when it changes something: HTTP Basic authenticates every API request, and publishing each success through the
 * event multicaster was 2 % of the case page's CPU (JFR, bench/results). Failures are always published.
 */
@Component
class AuthenticationEvents implements AuthenticationEventPublisher {

	private final DefaultAuthenticationEventPublisher events;

	private final LoginThrottle throttle;

	AuthenticationEvents(ApplicationEventPublisher publisher, LoginThrottle throttle) {
		this.events = new DefaultAuthenticationEventPublisher(publisher);
		this.throttle = throttle;
	}

	@Override
	public void publishAuthenticationSuccess(Authentication authentication) {
		String address = ThrottledAuthentication.address(authentication);
		if (throttle.hasFailures(authentication.getName(), address)) {
			throttle.succeeded(authentication.getName(), address);
			events.publishAuthenticationSuccess(authentication);
		}
	}

	@Override
	public void publishAuthenticationFailure(AuthenticationException exception, Authentication authentication) {
		if (exception instanceof BadCredentialsException && !(exception instanceof ThrottledAuthentication.Throttled)) {
			throttle.failed(authentication.getName(), ThrottledAuthentication.address(authentication));
		}
		events.publishAuthenticationFailure(exception, authentication);
	}
}
