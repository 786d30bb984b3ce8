package dk.sagsvagt.access.internal;

import java.util.Map;

import dk.sagsvagt.organisation.StaffRole;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the identity provider's claims become a user here.
 *
 * @param usernameClaim the claim with the user name
 * @param roleClaim the claim with the user's roles (a list or a single value)
 * @param unitClaim the claim with the name of the user's unit
 * @param roles the provider's role names mapped to ours, e.g. {@code sagsbehandler: CASEWORKER}; the first role
 * of the user's that maps wins, and a user with none is refused
 */
@ConfigurationProperties("sagsvagt.oidc")
public record OidcProperties(@DefaultValue("preferred_username") String usernameClaim,
		@DefaultValue("roles") String roleClaim, @DefaultValue("unit") String unitClaim,
		@DefaultValue Map<String, StaffRole> roles) {
}
