package dk.sagsvagt.shared.internal;

import org.springframework.validation.FieldError;

/** Danish messages for Bean Validation failures, independent of the JVM's locale. */
final class FieldMessages {

	private FieldMessages() {
	}

	static String danish(FieldError error) {
		String code = error.getCode() == null ? "" : error.getCode();
		return switch (code) {
			case "NotBlank", "NotNull", "NotEmpty" -> "Feltet '" + error.getField() + "' skal udfyldes.";
			case "Size" -> "Feltet '" + error.getField() + "' har en ugyldig længde.";
			case "Pattern" -> "Feltet '" + error.getField() + "' har et ugyldigt format.";
			case "typeMismatch" -> "Feltet '" + error.getField() + "' har en ugyldig værdi.";
			default -> "Feltet '" + error.getField() + "' er ugyldigt.";
		};
	}
}
