package dk.sagsvagt.decisions.internal.serviceplatformen;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code sagsvagt.digital-post.serviceplatformen.*}: where and as whom Sagsvagt calls SF1601. {@code baseUrl} is the
 * Serviceplatformen host (https://prod.serviceplatformen.dk, or exttest for the test environment); {@code stsUrl}
 * the security token service that issues the SAML token (…/runtime/api/rest/wstrust/v1/issue); the key store holds
 * the municipality's function certificate (OCES), which every call presents.
 */
public record ServiceplatformenSettings(URI baseUrl, URI stsUrl, String authorityCvr, String senderLabel, Path keyStore,
		String keyStorePassword, Path trustStore, String trustStorePassword, Duration timeout, String caseSystem,
		String beskedfordelerSubject) {

	public static final String PREFIX = "sagsvagt.digital-post.serviceplatformen";

	public ServiceplatformenSettings {
		require(baseUrl, "base-url");
		require(stsUrl, "sts-url");
		require(authorityCvr, "authority-cvr");
		if (!authorityCvr.matches("\\d{8}")) {
			throw new IllegalStateException(PREFIX + ".authority-cvr must be the municipality's CVR number, 8 digits");
		}
		require(senderLabel, "sender-label");
		require(keyStore, "key-store");
		if (!Files.isReadable(keyStore)) {
			throw new IllegalStateException(PREFIX + ".key-store " + keyStore + " cannot be read");
		}
		require(beskedfordelerSubject, "beskedfordeler-subject");
		timeout = timeout == null ? Duration.ofSeconds(20) : timeout;
		caseSystem = caseSystem == null || caseSystem.isBlank() ? "Sagsvagt" : caseSystem;
	}

	private static void require(Object value, String name) {
		if (value == null || value.toString().isBlank()) {
			throw new IllegalStateException("Refusing to start: sagsvagt.digital-post.mode=serviceplatformen needs " + PREFIX + "." + name);
		}
	}

	URI service(String path) {
		return baseUrl.resolve(path);
	}
}
