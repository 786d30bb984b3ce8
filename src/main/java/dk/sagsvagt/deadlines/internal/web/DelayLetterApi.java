package dk.sagsvagt.deadlines.internal.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.deadlines.DelayLetters;
import dk.sagsvagt.journal.Document;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Frister på sager")
class DelayLetterApi {

	record LetterRequest(String reason, LocalDate expected) {
	}

	record Sent(String documentNumber) {
	}

	private final DelayLetters letters;

	private final AccessPolicy access;

	DelayLetterApi(DelayLetters letters, AccessPolicy access) {
		this.letters = letters;
		this.access = access;
	}

	@PostMapping("/api/deadlines/{id}/delay-letter/draft")
	@Operation(summary = "Udkast (PDF) til brev om, at sagsbehandlingsfristen ikke kan overholdes")
	ResponseEntity<byte[]> draft(CurrentUser user, @PathVariable long id, @RequestBody LetterRequest request) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"udkast.pdf\"")
			.body(letters.draft(id, request.reason(), request.expected(), user));
	}

	@PostMapping("/api/deadlines/{id}/delay-letter")
	@Operation(summary = "Send brevet: journaliseres i sagen, og den forventede dato registreres")
	ResponseEntity<Sent> send(CurrentUser user, @PathVariable long id, @RequestBody LetterRequest request) {
		Document document = letters.send(id, request.reason(), request.expected(), user);
		return ResponseEntity.status(201).body(new Sent(document.documentNumber()));
	}
}
