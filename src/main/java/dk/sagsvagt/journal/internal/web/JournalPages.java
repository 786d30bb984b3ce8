package dk.sagsvagt.journal.internal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.journal.Direction;
import dk.sagsvagt.journal.Document;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.Journal;
import dk.sagsvagt.journal.internal.JournalSearch;
import dk.sagsvagt.journal.NewDocument;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.WorkingDayCalendar;

import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

@Controller
class JournalPages {

	private final Journal journal;

	private final JournalSearch search;

	private final Cases cases;

	private final AccessPolicy access;

	private final Clock clock;

	private final Organisation organisation;

	JournalPages(Journal journal, JournalSearch search, Cases cases, AccessPolicy access, Clock clock, Organisation organisation) {
		this.organisation = organisation;
		this.journal = journal;
		this.search = search;
		this.cases = cases;
		this.access = access;
		this.clock = clock;
	}

	/** The case's journal as a fragment for the case page, or as a page of its own without htmx. */
	@GetMapping("/cases/{caseNumber:\\d{4}-\\d{7}}/journal")
	String journal(CurrentUser user, @PathVariable String caseNumber, Model model,
			@RequestHeader(name = "HX-Request", required = false) String htmx) {
		CaseFile caseFile = cases.open(caseNumber, user);
		model.addAttribute("caseFile", caseFile);
		model.addAttribute("documents", journal.documents(caseFile));
		return htmx != null ? "journal/journal :: journal" : "journal/journal";
	}

	@GetMapping("/cases/{caseNumber:\\d{4}-\\d{7}}/documents/new")
	String newDocument(CurrentUser user, @PathVariable String caseNumber, Model model) {
		CaseFile caseFile = cases.open(caseNumber, user, Action.JOURNAL);
		DocumentForm form = new DocumentForm();
		form.setDocumentDate(LocalDate.now(clock.withZone(WorkingDayCalendar.COPENHAGEN)));
		return form(model, caseFile, form);
	}

	@PostMapping("/cases/{caseNumber:\\d{4}-\\d{7}}/documents")
	String journalDocument(CurrentUser user, @PathVariable String caseNumber, @ModelAttribute("form") DocumentForm form,
			BindingResult errors, @RequestParam(required = false) MultipartFile file,
			Model model) {
		CaseFile caseFile = cases.open(caseNumber, user, Action.JOURNAL);
		if (!errors.hasErrors()) {
			try {
				Document document = journal.journal(caseNumber, form.toNewDocument(), MultipartUpload.of(file), user);
				return "redirect:/documents/" + document.documentNumber();
			}
			catch (InvalidInputException e) {
				if ("file".equals(e.field())) {
					model.addAttribute("fileError", e.getMessage());
				}
				else {
					errors.rejectValue(e.field(), "invalid", e.getMessage());
				}
			}
		}
		return form(model, caseFile, form);
	}

	private String form(Model model, CaseFile caseFile, DocumentForm form) {
		model.addAttribute("caseFile", caseFile);
		model.addAttribute("form", form);
		model.addAttribute("directions", Direction.values());
		model.addAttribute("kinds", DocumentKind.values());
		model.addAttribute("maxUpload", journal.maxUpload().toMegabytes() + " MB");
		return "journal/new";
	}

	@GetMapping("/documents/{documentNumber:\\d{4}-\\d{7}-\\d+}")
	String document(CurrentUser user, @PathVariable String documentNumber, Model model) {
		List<Document> versions = journal.versions(documentNumber, user);
		model.addAttribute("versions", versions);
		model.addAttribute("document", versions.get(versions.size() - 1));
		model.addAttribute("journaledBy", organisation.displayName(versions.get(versions.size() - 1).journaledBy()));
		return "journal/document";
	}

	@GetMapping("/documents/{documentNumber:\\d{4}-\\d{7}-\\d+}/content")
	ResponseEntity<Resource> content(CurrentUser user, @PathVariable String documentNumber,
			@RequestParam(required = false) Integer version) {
		return DocumentDownload.of(journal, journal.version(documentNumber, version, user, Action.DOWNLOAD));
	}

	@GetMapping("/search")
	String search(CurrentUser user, @RequestParam(required = false) String q, Model model) {
		if (q != null && !q.isBlank()) {
			try {
				model.addAttribute("results", search.search(q, user));
			}
			catch (InvalidInputException e) {
				model.addAttribute("error", e.getMessage());
			}
		}
		model.addAttribute("q", q);
		model.addAttribute("highlight", new HighlightHelper());
		return "journal/search";
	}

	/** Lets the template turn headlines into safe HTML. */
	static final class HighlightHelper {

		public String html(String headline) {
			return Highlight.toHtml(headline);
		}
	}

	/** The journal form; a mutable bean so a failed submit shows what the user typed. */
	public static class DocumentForm {

		private String title;

		private Direction direction;

		private DocumentKind kind;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate documentDate;

		private String text;

		NewDocument toNewDocument() {
			return new NewDocument(title, direction, kind, documentDate, text);
		}

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

		public Direction getDirection() {
			return direction;
		}

		public void setDirection(Direction direction) {
			this.direction = direction;
		}

		public DocumentKind getKind() {
			return kind;
		}

		public void setKind(DocumentKind kind) {
			this.kind = kind;
		}

		public LocalDate getDocumentDate() {
			return documentDate;
		}

		public void setDocumentDate(LocalDate documentDate) {
			this.documentDate = documentDate;
		}

		public String getText() {
			return text;
		}

		public void setText(String text) {
			this.text = text;
		}
	}
}
