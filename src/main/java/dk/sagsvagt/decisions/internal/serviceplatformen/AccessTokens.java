package dk.sagsvagt.decisions.internal.serviceplatformen;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Tokens for Serviceplatformen's REST services, one per service (entity id): a SAML token from the security token
 * service, asked for with the municipality's CVR and certificate, exchanged at AccessTokenService_1 for a
 * holder-of-key access token, kept until a minute before it expires. Every call presents the client certificate the
 * token is bound to.
 */
class AccessTokens {

	private record Token(String value, Instant expires) {
	}

	private final ServiceplatformenSettings settings;

	private final HttpClient http;

	private final X509Certificate certificate;

	private final Clock clock;

	private final ObjectMapper json = new ObjectMapper();

	private final Map<String, Token> tokens = new ConcurrentHashMap<>();

	AccessTokens(ServiceplatformenSettings settings, HttpClient http, X509Certificate certificate, Clock clock) {
		this.settings = settings;
		this.http = http;
		this.certificate = certificate;
		this.clock = clock;
	}

	/** The {@code Authorization} header's value for the service. */
	String authorization(String entityId) {
		Token token = tokens.get(entityId);
		if (token == null || !Instant.now(clock).isBefore(token.expires())) {
			token = fetch(entityId);
			tokens.put(entityId, token);
		}
		return "Holder-of-key " + token.value();
	}

	/** Forgets the service's token (it was refused): the next call asks for a new one. */
	void forget(String entityId) {
		tokens.remove(entityId);
	}

	private Token fetch(String entityId) {
		String request = json.writeValueAsString(Map.of(
				"TokenType", "http://docs.oasis-open.org/wss/oasis-wss-saml-token-profile-1.1#SAMLV2.0",
				"RequestType", "http://docs.oasis-open.org/ws-sx/ws-trust/200512/Issue",
				"KeyType", "http://docs.oasis-open.org/ws-sx/ws-trust/200512/PublicKey",
				"AnvenderKontekst", Map.of("Cvr", settings.authorityCvr()),
				"UseKey", der(certificate),
				"AppliesTo", Map.of("EndpointReference", Map.of("Address", entityId))));
		JsonNode issued = call(HttpRequest.newBuilder(settings.stsUrl())
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(request)), "sikkerhedstokentjenesten (STS)");
		JsonNode assertion = issued.path("RequestedSecurityToken").path("Assertion");
		if (!assertion.isString() || assertion.asString().isBlank()) {
			throw new DigitalPostException("Sikkerhedstokentjenesten svarede uden SAML-token.");
		}
		JsonNode access = call(HttpRequest.newBuilder(settings.service("/service/AccessTokenService_1/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("saml-token=" + URLEncoder.encode(assertion.asString(), StandardCharsets.UTF_8))),
				"AccessTokenService");
		String token = access.path("access_token").asString("");
		if (token.isBlank()) {
			throw new DigitalPostException("AccessTokenService svarede uden adgangstoken.");
		}
		long seconds = Math.max(60, access.path("expires_in").asLong(3600));
		return new Token(token, Instant.now(clock).plusSeconds(seconds - 60));
	}

	private JsonNode call(HttpRequest.Builder request, String what) {
		HttpResponse<String> response = Calls.send(http, request.timeout(settings.timeout()).build(), what);
		if (response.statusCode() != 200) {
			throw new DigitalPostException(what + " afviste anmodningen (HTTP " + response.statusCode() + ").");
		}
		try {
			return json.readTree(response.body());
		}
		catch (RuntimeException e) {
			throw new DigitalPostException(what + " svarede ikke med JSON.");
		}
	}

	private static String der(X509Certificate certificate) {
		try {
			return Base64.getEncoder().encodeToString(certificate.getEncoded());
		}
		catch (CertificateEncodingException e) {
			throw new IllegalStateException(e);
		}
	}
}
