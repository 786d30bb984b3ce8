package dk.sagsvagt.shared;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The TLS context for calling a national service with the municipality's certificate (a function certificate,
 * OCES): the client key and certificate from a PKCS#12 key store, and the service's certificate authorities from a
 * trust store (the JVM's own when none is given). Read once at start-up; a missing or unreadable file stops the start.
 */
public final class ClientTls {

	private ClientTls() {
	}

	/** The TLS context and the client certificate it presents (some services want the certificate itself too). */
	public record Identity(SSLContext context, java.security.cert.X509Certificate certificate) {
	}

	public static Identity identity(Path keyStore, String keyStorePassword, Path trustStore, String trustStorePassword) {
		try {
			KeyStore keys = load(keyStore, keyStorePassword);
			java.security.cert.X509Certificate certificate = null;
			for (String alias : java.util.Collections.list(keys.aliases())) {
				if (keys.isKeyEntry(alias)) {
					certificate = (java.security.cert.X509Certificate) keys.getCertificate(alias);
					break;
				}
			}
			if (certificate == null) {
				throw new IllegalStateException("The key store " + keyStore + " holds no key with a certificate");
			}
			return new Identity(context(keyStore, keyStorePassword, trustStore, trustStorePassword), certificate);
		}
		catch (GeneralSecurityException | IOException e) {
			throw new IllegalStateException("Cannot read the key store " + keyStore + ": " + e.getMessage(), e);
		}
	}

	public static SSLContext context(Path keyStore, String keyStorePassword, Path trustStore, String trustStorePassword) {
		try {
			KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
			keys.init(load(keyStore, keyStorePassword), keyStorePassword == null ? new char[0] : keyStorePassword.toCharArray());
			TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			trust.init(trustStore == null ? null : load(trustStore, trustStorePassword));
			SSLContext context = SSLContext.getInstance("TLS");
			context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
			return context;
		}
		catch (GeneralSecurityException | IOException e) {
			throw new IllegalStateException("Cannot read the key store " + keyStore + " or the trust store " + trustStore + ": " + e.getMessage(), e);
		}
	}

	private static KeyStore load(Path path, String password) throws GeneralSecurityException, IOException {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(path)) {
			store.load(in, password == null ? new char[0] : password.toCharArray());
		}
		return store;
	}
}
