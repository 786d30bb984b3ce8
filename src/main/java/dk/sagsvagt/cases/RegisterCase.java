package dk.sagsvagt.cases;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What it takes to register a case for a citizen. {@code citizenName} is used only for a citizen not yet known. */
public record RegisterCase(@NotBlank String caseType, @NotBlank @Size(max = 300) String title,
		@NotBlank String citizenCpr, @Size(max = 200) String citizenName) {
}
