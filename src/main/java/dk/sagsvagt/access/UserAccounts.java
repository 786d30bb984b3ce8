package dk.sagsvagt.access;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Log-in accounts of staff members. Passwords are kept only as hashes. */
@Service
public class UserAccounts {

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	UserAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
	}

	/** The password hash of a user who logs in only through single sign-on: no password matches it. */
	public static final String SSO_ONLY = "sso-only";

	/** Gives a single sign-on user an account (for scopes and protection) without a password. */
	@Transactional
	public void createForSingleSignOn(String username) {
		jdbc.sql("INSERT INTO access.user_account (username, password_hash) VALUES (?, ?) ON CONFLICT (username) DO NOTHING")
			.params(username, SSO_ONLY)
			.update();
	}

	public String hash(String rawPassword) {
		return passwordEncoder.encode(rawPassword);
	}

	/** Gives the staff member {@code username} a log-in with an already hashed password. */
	@Transactional
	public void createWithHash(String username, String passwordHash) {
		jdbc.sql("INSERT INTO access.user_account (username, password_hash) VALUES (?, ?)")
			.params(username, passwordHash)
			.update();
	}
}
