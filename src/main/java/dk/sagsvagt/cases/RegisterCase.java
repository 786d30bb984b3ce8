package dk.sagsvagt.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What it takes to register a case for a citizen. {@code citizenName} is used only for a citizen not yet known.
 * {@code receivedAt} is when the municipality received what opens the case, as a Danish user types it
 * ("03-12-2026 15:00") or ISO; empty means now.
 */
public record RegisterCase(@NotBlank String caseType, @NotBlank @Size(max = 300) String title,
		@NotBlank String citizenCpr, @Size(max = 200) String citizenName, @Size(max = 40) String receivedAt) {

	public RegisterCase(String caseType, String title, String citizenCpr, String citizenName) {
		this(caseType, title, citizenCpr, citizenName, null);
	}
}
