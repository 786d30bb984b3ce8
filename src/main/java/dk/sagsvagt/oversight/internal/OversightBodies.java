package dk.sagsvagt.oversight.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.shared.ConflictException;
import dk.sagsvagt.shared.InvalidInputException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The outside bodies the administration answers: Borgerrådgiveren, Ankestyrelsen and Socialtilsyn are shipped, and
 * administrators add others (e.g. Folketingets Ombudsmand, Datatilsynet). Only the first two have their own
 * external reviewers who log in; the others are answered by letter and bundle.
 */
@Service
public class OversightBodies {

	public record Body(String code, String name) {
	}

	private final JdbcClient jdbc;

	private final AccessPolicy access;

	private final Clock clock;

	OversightBodies(JdbcClient jdbc, AccessPolicy access, Clock clock) {
		this.jdbc = jdbc;
		this.access = access;
		this.clock = clock;
	}

	/** Whoever gets documents under an aktindsigt: a recipient in the disclosure log, not a body that sends requests. */
	public static final String ACCESS_REQUESTER = "ACCESS_REQUESTER";

	/** Every recipient of the disclosure log, including those who asked for aktindsigt. */
	public List<Body> all() {
		return jdbc.sql("SELECT code, name FROM oversight.body ORDER BY added_at NULLS FIRST, code = ?, name").param(ACCESS_REQUESTER)
			.query(Body.class).list();
	}

	/** Each recipient's name by its code, for texts a person reads. */
	public java.util.Map<String, String> names() {
		return all().stream().collect(java.util.stream.Collectors.toMap(Body::code, Body::name, (a, b) -> a));
	}

	/** The bodies that send requests. */
	public List<Body> requesting() {
		return all().stream().filter(b -> !b.code().equals(ACCESS_REQUESTER)).toList();
	}

	public Optional<Body> requesting(String code) {
		return requesting().stream().filter(b -> b.code().equals(code)).findFirst();
	}

	/** Adds a body; its code is derived from the name when none is given (letters A-Z and _ only). */
	public Body add(String code, String name, CurrentUser user) {
		access.require(user, Action.ADMINISTER, "tilføj tilsynsmyndighed");
		String title = name == null ? "" : name.strip();
		if (title.length() < 2 || title.length() > 200) {
			throw new InvalidInputException("name", "Skriv myndighedens navn (2-200 tegn).");
		}
		String key = code == null || code.isBlank() ? codeOf(title) : code.strip().toUpperCase(Locale.ROOT);
		if (!key.matches("[A-Z_]{2,40}")) {
			throw new InvalidInputException("code", "Koden må kun indeholde bogstaverne A-Z og _ (2-40 tegn).");
		}
		try {
			jdbc.sql("INSERT INTO oversight.body (code, name, added_by, added_at) VALUES (?, ?, ?, ?)")
				.params(key, title, user.username(), Timestamp.from(Instant.now(clock)))
				.update();
		}
		catch (DuplicateKeyException e) {
			throw new ConflictException("Der findes allerede en myndighed med denne kode eller dette navn.");
		}
		return new Body(key, title);
	}

	static String codeOf(String name) {
		String folded = name.toUpperCase(Locale.ROOT).replace("Æ", "AE").replace("Ø", "OE").replace("Å", "AA")
			.replaceAll("[^A-Z]+", "_").replaceAll("^_+|_+$", "");
		return folded.length() > 40 ? folded.substring(0, 40).replaceAll("_+$", "") : folded;
	}
}
