package dk.sagsvagt.journal.internal.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.journal.Direction;
import dk.sagsvagt.journal.Document;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.Journal;
import dk.sagsvagt.journal.internal.JournalSearch;
import dk.sagsvagt.journal.NewDocument;
import dk.sagsvagt.journal.SearchResults;

import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api")
@Tag(name = "Journal", description = "Journaliserede dokumenter og søgning")
class JournalApi {

	private final Journal journal;

	private final JournalSearch search;

	private final Cases cases;

	private final AccessPolicy access;

	private final MessageSource messages;

	JournalApi(Journal journal, JournalSearch search, Cases cases, AccessPolicy access, MessageSource messages) {
		this.messages = messages;
		this.journal = journal;
		this.search = search;
		this.cases = cases;
		this.access = access;
	}

	/** A note as JSON. */
	record NewNote(String title, Direction direction, DocumentKind kind, LocalDate documentDate, String text) {
	}

	@PostMapping(path = "/cases/{caseNumber}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Journalisér et dokument med fil")
	ResponseEntity<DocumentJson> upload(CurrentUser user, @PathVariable String caseNumber, @RequestParam MultipartFile file,
			@RequestParam String title, @RequestParam(required = false) Direction direction,
			@RequestParam(required = false) DocumentKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate documentDate,
			@RequestParam(required = false) String text) {
		NewDocument document = new NewDocument(title, direction == null ? Direction.INCOMING : direction,
				kind == null ? DocumentKind.LETTER : kind, documentDate, text);
		return created(journal.journal(caseNumber, document, MultipartUpload.of(file), user));
	}

	@PostMapping(path = "/cases/{caseNumber}/documents", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Journalisér et notat (tekst)")
	ResponseEntity<DocumentJson> note(CurrentUser user, @PathVariable String caseNumber, @RequestBody NewNote note) {
		NewDocument document = new NewDocument(note.title(),
				note.direction() == null ? Direction.INTERNAL : note.direction(),
				note.kind() == null ? DocumentKind.NOTE : note.kind(), note.documentDate(), note.text());
		return created(journal.journal(caseNumber, document, null, user));
	}

	@GetMapping("/cases/{caseNumber}/documents")
	@Operation(summary = "Sagens journal (nyeste version af hvert dokument)")
	List<DocumentJson> documents(CurrentUser user, @PathVariable String caseNumber) {
		return journal.documents(cases.open(caseNumber, user)).stream().map(this::json).toList();
	}

	@GetMapping("/documents/{documentNumber}")
	@Operation(summary = "Alle versioner af et dokument, ældste først")
	List<DocumentJson> versions(CurrentUser user, @PathVariable String documentNumber) {
		return journal.versions(documentNumber, user).stream().map(this::json).toList();
	}

	@GetMapping("/documents/{documentNumber}/content")
	@Operation(summary = "Filen i dokumentet, nyeste version medmindre version er angivet")
	ResponseEntity<Resource> content(CurrentUser user, @PathVariable String documentNumber,
			@RequestParam(required = false) Integer version) {
		return DocumentDownload.of(journal, journal.version(documentNumber, version, user, Action.DOWNLOAD));
	}

	@GetMapping("/search")
	@Operation(summary = "Fritekstsøgning på dansk i sager og dokumenter, brugeren må se")
	SearchResults search(CurrentUser user, @RequestParam String q) {
		SearchResults results = search.search(q, user);
		return new SearchResults(results.query(), results.citizens(), results.moreCitizens(),
				results.cases().stream()
					.map(h -> new SearchResults.CaseHit(h.caseNumber(), Highlight.plain(h.headline()), h.citizen(), h.status(), h.caseworker()))
					.toList(),
				results.documents().stream()
					.map(h -> new SearchResults.DocumentHit(h.documentNumber(), h.caseNumber(), h.title(),
							Highlight.plain(h.headline()), Highlight.plain(h.snippet()), h.kind()))
					.toList());
	}

	private ResponseEntity<DocumentJson> created(Document document) {
		return ResponseEntity.created(URI.create("/api/documents/" + document.documentNumber())).body(json(document));
	}

	private DocumentJson json(Document document) {
		return DocumentJson.of(document, messages);
	}
}
