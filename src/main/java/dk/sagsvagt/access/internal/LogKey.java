package dk.sagsvagt.access.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dk.sagsvagt.shared.LogSafe;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The installation's secret key for the access log: CPR numbers in search terms are stored as a keyed hash
 * (HMAC-SHA256), so the log never holds a CPR number in clear text, yet a given number's searches can be found
 * by hashing it with the same key. The key is made once, at random, and kept in the database.
 */
@Component
public class LogKey {

	private final byte[] key;

	LogKey(JdbcClient jdbc) {
		byte[] fresh = new byte[32];
		new SecureRandom().nextBytes(fresh);
		jdbc.sql("INSERT INTO access.log_key (id, secret) VALUES (1, ?) ON CONFLICT (id) DO NOTHING").param(fresh).update();
		this.key = jdbc.sql("SELECT secret FROM access.log_key WHERE id = 1").query(byte[].class).single();
	}

	/**
	 * The text with every CPR-shaped number replaced by {@code cpr:<hmac>} of its ten digits, however it was written
	 * (dash, space, en dash, dots; see {@link LogSafe}), so one number has one hash.
	 */
	public String protect(String text) {
		return LogSafe.replaceCprNumbers(text, digits -> "cpr:" + hmac(digits));
	}

	public String hmac(String cprDigits) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(cprDigits.getBytes(StandardCharsets.US_ASCII))).substring(0, 32);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException(e);
		}
	}
}
