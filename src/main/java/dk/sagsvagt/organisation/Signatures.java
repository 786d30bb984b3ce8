package dk.sagsvagt.organisation;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signature of a letter sent by a member of staff, and the unit contact details it prints. The title is the one
 * registered for the person, else the Danish name of their role ("Sagsbehandler", "Enhedschef").
 */
@Component
public class Signatures {

	private static final Locale DANISH = Locale.forLanguageTag("da");

	private final JdbcClient jdbc;

	private final MessageSource messages;

	Signatures(JdbcClient jdbc, MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/** The signature of the staff member; for anyone not in the staff register, the administration's alone. */
	public Signature of(String username, String administration) {
		return jdbc.sql("""
				SELECT s.full_name, s.title, s.role, u.name AS unit, u.address, u.phone, u.email
				FROM organisation.staff s LEFT JOIN organisation.unit u ON u.id = s.unit_id
				WHERE s.username = ?""")
			.param(username)
			.query((rs, n) -> new Signature(rs.getString("full_name"),
					rs.getString("title") != null ? rs.getString("title")
							: messages.getMessage("role." + rs.getString("role"), null, DANISH),
					rs.getString("unit") == null ? administration : rs.getString("unit") + ", " + administration,
					new UnitContact(rs.getString("address"), rs.getString("phone"), rs.getString("email"))))
			.optional()
			.orElseGet(() -> new Signature(null, null, administration, UnitContact.NONE));
	}

	/**
	 * "Lis Testleder, enhedschef", for a sentence naming who approved a letter; someone no longer in the staff register
	 * by the bare words "en leder i forvaltningen".
	 */
	public String nameAndTitle(String username) {
		Signature s = of(username == null ? "" : username, "");
		return s.name() == null ? "en leder i forvaltningen" : s.name() + ", " + s.title().toLowerCase(DANISH);
	}

	public UnitContact contact(long unitId) {
		return jdbc.sql("SELECT address, phone, email FROM organisation.unit WHERE id = ?")
			.param(unitId)
			.query((rs, n) -> new UnitContact(rs.getString("address"), rs.getString("phone"), rs.getString("email")))
			.optional()
			.orElseThrow(() -> new dk.sagsvagt.shared.NotFoundException("Enheden findes ikke."));
	}

	@Transactional
	public void updateContact(long unitId, UnitContact contact) {
		UnitContact valid = contact.validated();
		int updated = jdbc.sql("UPDATE organisation.unit SET address = ?, phone = ?, email = ? WHERE id = ?")
			.params(valid.address(), valid.phone(), valid.email(), unitId)
			.update();
		if (updated == 0) {
			throw new dk.sagsvagt.shared.NotFoundException("Enheden findes ikke.");
		}
	}

	/** The title registered for the staff member, or an empty text when their letters use the role's name. */
	public String registeredTitle(long staffId) {
		return jdbc.sql("SELECT coalesce(title, '') FROM organisation.staff WHERE id = ?").param(staffId).query(String.class)
			.optional().orElse("");
	}

	/** A title for the staff member's letters ("Socialrådgiver"); blank returns to the role's name. */
	@Transactional
	public void updateTitle(long staffId, String title) {
		String value = title == null || title.isBlank() ? null : title.strip();
		if (value != null && value.length() > 100) {
			throw new dk.sagsvagt.shared.InvalidInputException("title", "Titlen må højst være 100 tegn.");
		}
		jdbc.sql("UPDATE organisation.staff SET title = ? WHERE id = ?").params(value, staffId).update();
	}
}
