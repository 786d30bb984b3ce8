package dk.sagsvagt.citizens.internal;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code sagsvagt.cpr.serviceplatformen.*}: the SF1520 endpoint (https://prod.serviceplatformen.dk/service/CPR/
 * PersonBaseDataExtended/5, or exttest), the invocation context from the municipality's service agreement, and the
 * function certificate every call presents.
 */
public record CprSettings(URI url, String serviceAgreementUuid, String userSystemUuid, String userUuid, String serviceUuid,
		String accountingInfo, Path keyStore, String keyStorePassword, Path trustStore, String trustStorePassword, Duration timeout) {

	public static final String PREFIX = "sagsvagt.cpr.serviceplatformen";

	private static final String UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

	public CprSettings {
		require(url, "url");
		serviceAgreementUuid = uuid(serviceAgreementUuid, "service-agreement-uuid");
		userSystemUuid = uuid(userSystemUuid, "user-system-uuid");
		userUuid = uuid(userUuid, "user-uuid");
		serviceUuid = uuid(serviceUuid, "service-uuid");
		require(keyStore, "key-store");
		if (!Files.isReadable(keyStore)) {
			throw new IllegalStateException(PREFIX + ".key-store " + keyStore + " cannot be read");
		}
		timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
	}

	/** The service wants lower-case hex. */
	private static String uuid(String value, String name) {
		require(value, name);
		if (!value.strip().matches(UUID)) {
			throw new IllegalStateException(PREFIX + "." + name + " must be a UUID");
		}
		return value.strip().toLowerCase(java.util.Locale.ROOT);
	}

	private static void require(Object value, String name) {
		if (value == null || value.toString().isBlank()) {
			throw new IllegalStateException("Refusing to start: sagsvagt.cpr.mode=serviceplatformen needs " + PREFIX + "." + name);
		}
	}
}
