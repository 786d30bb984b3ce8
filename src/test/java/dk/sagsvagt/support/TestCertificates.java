package dk.sagsvagt.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;

/**
 * Self-signed certificates for a test of mutual TLS, made with the JDK's keytool: the peer's server certificate
 * (localhost), the municipality's client certificate, a second client certificate the peer does not trust, and the
 * trust stores of both sides. Synthetic; valid for two days.
 */
public final class TestCertificates {

	public static final String PASSWORD = "hemmeligt";

	public final Path server;

	public final Path client;

	public final Path stranger;

	/** The certificate Beskedfordeler shows when it pushes a receipt. */
	public final Path beskedfordeler;

	/** What Sagsvagt trusts: the peer's certificate. */
	public final Path sagsvagtTrust;

	/** What the peer trusts: the municipality's client certificate. */
	public final Path peerTrust;

	public TestCertificates(Path dir) throws IOException, InterruptedException {
		server = dir.resolve("server.p12");
		client = dir.resolve("kommune.p12");
		stranger = dir.resolve("fremmed.p12");
		beskedfordeler = dir.resolve("beskedfordeler.p12");
		sagsvagtTrust = dir.resolve("sagsvagt-trust.p12");
		peerTrust = dir.resolve("peer-trust.p12");
		keyPair(server, "server", "CN=localhost", "SAN=dns:localhost,ip:127.0.0.1");
		keyPair(client, "kommune", "CN=Sagsvagt test, O=Testkommune, C=DK", null);
		keyPair(stranger, "fremmed", "CN=Fremmed, O=Ukendt, C=DK", null);
		keyPair(beskedfordeler, "bf", "CN=Beskedfordeler, O=KOMBIT, C=DK", null);
		trust(server, "server", dir.resolve("server.crt"), sagsvagtTrust);
		trust(client, "kommune", dir.resolve("kommune.crt"), peerTrust);
	}

	public X509Certificate clientCertificate() throws Exception {
		return certificate(client, "kommune");
	}

	public X509Certificate beskedfordelerCertificate() throws Exception {
		return certificate(beskedfordeler, "bf");
	}

	private static X509Certificate certificate(Path file, String alias) throws Exception {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = Files.newInputStream(file)) {
			store.load(in, PASSWORD.toCharArray());
		}
		return (X509Certificate) store.getCertificate(alias);
	}

	private static void keyPair(Path store, String alias, String name, String extension) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(keytool(), "-genkeypair", "-alias", alias, "-keyalg", "RSA", "-keysize", "2048",
				"-dname", name, "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", PASSWORD,
				"-keypass", PASSWORD));
		if (extension != null) {
			command.addAll(List.of("-ext", extension));
		}
		run(command);
	}

	private static void trust(Path from, String alias, Path certificate, Path trustStore) throws IOException, InterruptedException {
		run(List.of(keytool(), "-exportcert", "-alias", alias, "-keystore", from.toString(), "-storepass", PASSWORD, "-file",
				certificate.toString()));
		run(List.of(keytool(), "-importcert", "-noprompt", "-alias", alias, "-file", certificate.toString(), "-storetype", "PKCS12",
				"-keystore", trustStore.toString(), "-storepass", PASSWORD));
	}

	private static String keytool() {
		return Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
	}

	private static void run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		if (process.waitFor() != 0) {
			throw new IllegalStateException("keytool failed: " + output);
		}
	}
}
