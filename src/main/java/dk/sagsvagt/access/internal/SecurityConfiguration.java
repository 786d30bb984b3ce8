package dk.sagsvagt.access.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dk.sagsvagt.access.Action;

import dk.sagsvagt.access.UserAccounts;
import dk.sagsvagt.organisation.Organisation;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/**
 * People log in with a form; scripts call {@code /api} with HTTP Basic and get problem+json when refused.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder(java.time.Clock clock) {
		return new RememberingPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder(), clock);
	}

	/**
	 * Spring Security's own observations are off: with them every filter of every request ran inside a wrapper (11 %
	 * of the case page's CPU in the benchmark, bench/results). The request itself is still observed
	 * (http.server.requests).
	 */
	@Bean
	SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	private final AccessLogWriter accessLog;

	private final KnownAddresses addresses;

	SecurityConfiguration(AccessLogWriter accessLog, KnownAddresses addresses) {
		this.accessLog = accessLog;
		this.addresses = addresses;
	}

	/**
	 * Beskedfordeler pushes Digital Post receipts here: a machine, not a user, identified by its client certificate
	 * (mutual TLS), which the endpoint itself checks; no session, no log-in, no CSRF token. Nothing else is reachable
	 * under this path.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain beskedfordeler(HttpSecurity http) throws Exception {
		http.securityMatcher("/beskedfordeler/**")
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.POST, "/beskedfordeler/PostStatusBeskedModtag").permitAll()
				.anyRequest().denyAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		// Deny by default: an endpoint must be listed here to be reached at all; the access policy then decides
		// per case and document.
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/api/case-types", "/api/cases", "/api/cases/**", "/api/documents/**", "/api/search",
						"/api/calendar/*", "/api/rules", "/api/deadline-calculator",
						"/api/deadlines/mine", "/api/deadlines/statistics", "/api/deadlines/*/suspension", "/api/deadlines/*/resumption",
						"/api/deadlines/*/extension", "/api/deadlines/*/delay-letter", "/api/deadlines/*/delay-letter/draft",
						"/api/decisions/*", "/api/decisions/*/exemptions", "/api/decisions/*/send", "/api/decisions/*/letter",
						"/api/decisions/*/manual-sending",
						"/api/legal-bases", "/api/decision-gates", "/api/supervision/rounds", "/api/supervision/rounds/**", "/api/supervision/templates",
						"/api/oversight/requests", "/api/oversight/requests/**", "/api/oversight/statistics", "/api/oversight/bodies", "/api/disclosures",
						"/api/complaints", "/api/complaints/**", "/api/referrals", "/api/referrals/**", "/api/access-requests/**",
						"/api/inquiries", "/api/inquiries/**", "/api/committee/meetings", "/api/committee/meetings/**",
						"/api/handovers/*", "/api/staff/*/deactivation", "/api/action-plans", "/api/action-plans/**",
						"/api/recommendations/*/actions", "/api/actions/*/completion", "/api/dashboard")
				.authenticated()
				// issue 17: own-initiative disclosures, and who read given cases (administrators and supervision lawyers;
				// the access policy decides)
				.requestMatchers("/api/oversight/disclosures", "/api/access-log/cases").authenticated()
				.requestMatchers("/api/access-log/**", "/api/admin/**").hasRole("ADMINISTRATOR")
				.anyRequest().denyAll())
			.httpBasic(basic -> basic.realmName("Sagsvagt")
				.authenticationEntryPoint((request, response, e) -> problem(response, 401, "unauthorized",
						"Ikke logget ind", "Log ind med brugernavn og adgangskode (HTTP Basic).")))
			.exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) -> {
				// every address outside what the user may reach is logged, whether it exists or not (a CPR number
				// tried in an address is a probe worth seeing); one that does not exist is answered as such
				logRefusal(request);
				if (!addresses.exists(request)) {
					problem(response, 404, "not-found", "Ikke fundet", "Adressen findes ikke.");
					return;
				}
				problem(response, 403, "forbidden", "Ingen adgang", "Du har ikke adgang til dette.");
			}))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// no CSRF token with HTTP Basic; a browser's cross-site write is refused by its Origin instead
			.csrf(csrf -> csrf.disable())
			.addFilterBefore(new CrossOriginWrites(), BasicAuthenticationFilter.class);
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain web(HttpSecurity http, ObjectProvider<ClientRegistrationRepository> singleSignOn,
			OidcProperties oidc, Organisation organisation, UserAccounts accounts, StaffUserDetailsService staffUsers,
			TransactionTemplate transaction) throws Exception {
		if (singleSignOn.getIfAvailable() != null) {
			OidcStaffUserService users = new OidcStaffUserService(oidc, organisation, accounts, staffUsers, transaction);
			http.oauth2Login(login -> login.loginPage("/login")
				.defaultSuccessUrl("/", false)
				.failureUrl("/login?error")
				.userInfoEndpoint(info -> info.oidcUserService(users)));
		}
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/login/oauth2/**", "/oauth2/authorization/**", "/webjars/**", "/css/**", "/js/**", "/favicon.ico", "/error").permitAll()
			.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
			.requestMatchers(HttpMethod.GET, "/frister").permitAll()
			.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
			.requestMatchers(HttpMethod.GET, "/", "/cases/mine", "/cases/unit", "/cases/new", "/search", "/disclosures",
					"/deadline-calculator", "/deadlines/mine", "/deadlines/unit", "/deadlines/statistics",
					"/deadlines/statistics.csv", "/deadlines/statistics.xlsx")
			.authenticated()
			.requestMatchers(HttpMethod.POST, "/cases/new").authenticated()
			.requestMatchers(HttpMethod.GET, "/citizens/*", "/citizens/*/**").authenticated()
			.requestMatchers("/cases/*", "/cases/*/**", "/documents/*", "/documents/*/**", "/decisions/*", "/decisions/*/**",
					"/supervision", "/supervision/*", "/supervision/*/**", "/oversight", "/oversight/*", "/oversight/*/**",
					"/inquiries", "/inquiries/*", "/inquiries/*/**", "/committee", "/committee/*", "/committee/*/**", "/handover",
					"/handover/*", "/action-plans", "/action-plans/*", "/action-plans/*/**", "/dashboard").authenticated()
			.requestMatchers("/admin", "/admin/**").hasRole("ADMINISTRATOR")
			.anyRequest().denyAll())
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/", false)
				// one answer for a wrong password, an unknown name, a deactivated user and a slowed-down address
				.failureUrl("/login?error")
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout"))
			.exceptionHandling(ex -> ex.accessDeniedHandler((request, response, e) -> {
				logRefusal(request);
				if (!addresses.exists(request)) {
					response.sendError(404);
					return;
				}
				new AccessDeniedHandlerImpl().handle(request, response, e);
			}))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(
					"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
							+ "object-src 'none'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'")));
		return http.build();
	}

	/** A request the filter chain refused is logged like a refusal by the policy. */
	private void logRefusal(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser principal) {
			accessLog.write(new AccessLogWriter.Entry(principal.user(), Action.REQUEST, false, null, null, null,
					List.of(), null, request.getMethod() + " " + decoded(request.getRequestURI())));
		}
	}

	/** The address as written, so a percent-encoded CPR number ({@code %E2%80%93} for an en dash) is found and hashed. */
	private static String decoded(String uri) {
		try {
			return org.springframework.web.util.UriUtils.decode(uri, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException e) {
			return uri;
		}
	}

	/**
	 * An address the firewall refuses (an encoded slash, "..", "//", a percent sign or a control character in the
	 * path): problem+json for the API, the Danish error page for people.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler() {
		return (request, response, e) -> {
			if (request.getRequestURI() != null && request.getRequestURI().startsWith("/api/")) {
				problem(response, 400, "bad-request", "Ugyldig adresse", "Adressen indeholder tegn, som ikke er tilladt.");
			}
			else {
				response.sendError(400, "Ugyldig adresse");
			}
		};
	}

	/**
	 * Encoded slashes and backslashes reach the application instead of being refused by Tomcat with its own HTML page,
	 * so the firewall above refuses them with a problem+json answer.
	 */
	@Bean
	TomcatConnectorCustomizer addressesToTheFirewall() {
		return connector -> {
			connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue());
			connector.setAllowBackslash(true);
		};
	}

	private static void problem(HttpServletResponse response, int status, String type, String title, String detail)
			throws IOException {
		response.setStatus(status);
		if (status == 401) {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Sagsvagt\"");
		}
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"type\":\"urn:sagsvagt:problem:" + type + "\",\"title\":\"" + title + "\",\"status\":" + status
					+ ",\"detail\":\"" + detail + "\"}");
	}
}
