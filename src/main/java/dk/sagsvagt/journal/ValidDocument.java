package dk.sagsvagt.journal;

import java.time.LocalDate;

import dk.sagsvagt.shared.InvalidInputException;

import org.springframework.util.unit.DataSize;

/** A document as it may be journaled: title, direction, kind and date checked, and a text or a file within the limit. */
record ValidDocument(String title, Direction direction, DocumentKind kind, LocalDate date, String text) {

	static ValidDocument check(NewDocument document, UploadedFile file, LocalDate today, DataSize maxUpload) {
		String title = document.title() == null ? "" : document.title().strip();
		if (title.isEmpty()) {
			throw new InvalidInputException("title", "Titel skal udfyldes.");
		}
		if (title.length() > 300) {
			throw new InvalidInputException("title", "Titlen må højst have 300 tegn.");
		}
		if (document.direction() == null) {
			throw new InvalidInputException("direction", "Vælg om dokumentet er indgående, udgående eller internt.");
		}
		if (document.kind() == null) {
			throw new InvalidInputException("kind", "Vælg dokumentets art.");
		}
		LocalDate date = document.documentDate() == null ? today : document.documentDate();
		if (date.isAfter(today)) {
			throw new InvalidInputException("documentDate", "Dokumentets dato kan ikke ligge i fremtiden.");
		}
		if (date.isBefore(LocalDate.of(1900, 1, 1))) {
			throw new InvalidInputException("documentDate", "Dokumentets dato er ugyldig.");
		}
		String text = document.text() == null || document.text().isBlank() ? null : document.text().strip();
		boolean hasFile = file != null && file.fileName() != null && !file.fileName().isBlank();
		if (text == null && !hasFile) {
			throw new InvalidInputException(file == null ? "text" : "file", "Skriv en tekst eller vedhæft en fil.");
		}
		if (hasFile && file.size() > maxUpload.toBytes()) {
			throw new Journal.FileTooLarge(maxUpload);
		}
		if (hasFile && file.fileName().length() > 255) {
			throw new InvalidInputException("file", "Filens navn må højst have 255 tegn.");
		}
		return new ValidDocument(title, document.direction(), document.kind(), date, text);
	}
}
