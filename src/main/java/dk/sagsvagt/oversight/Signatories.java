package dk.sagsvagt.oversight;

import java.util.Locale;

import dk.sagsvagt.organisation.Organisation;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Who approved a letter, as the letter names them: display name and title, never a user name. */
@Component
class Signatories {

	private static final Locale DANISH = Locale.forLanguageTag("da");

	private final Organisation organisation;

	private final MessageSource messages;

	Signatories(Organisation organisation, MessageSource messages) {
		this.organisation = organisation;
		this.messages = messages;
	}

	/** "Lis Testleder, enhedschef"; someone no longer in the staff register by the bare words "en leder". */
	String nameAndTitle(String username) {
		return organisation.staffByUsername(username == null ? "" : username)
			.map(s -> s.fullName() + ", " + messages.getMessage("role." + s.role().name(), null, s.role().name(), DANISH)
				.toLowerCase(DANISH))
			.orElse("en leder i forvaltningen");
	}
}
