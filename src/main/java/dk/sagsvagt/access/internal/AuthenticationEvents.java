package dk.sagsvagt.access.internal;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Spring Security's authentication events, with one saving: a success is published only when it changes something.
 * The log-in throttle is the only listener to successes (a success clears the user's failed attempts), and HTTP Basic
 * authenticates every API request, so publishing each success through the event multicaster was 2 % of the case
 * page's CPU (JFR, bench/results). Failures are always published.
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
		if (throttle.hasFailures(authentication.getName())) {
			events.publishAuthenticationSuccess(authentication);
		}
	}

	@Override
	public void publishAuthenticationFailure(AuthenticationException exception, Authentication authentication) {
		events.publishAuthenticationFailure(exception, authentication);
	}
}
