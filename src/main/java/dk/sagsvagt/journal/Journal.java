package dk.sagsvagt.journal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.cases.Cases;
import dk.sagsvagt.journal.internal.DocumentRows;
import dk.sagsvagt.journal.internal.ExtractionQueue;
import dk.sagsvagt.journal.internal.FileStore;
import dk.sagsvagt.journal.internal.StoredFile;
import dk.sagsvagt.journal.internal.TextExtractor;
import dk.sagsvagt.shared.InvalidInputException;
import dk.sagsvagt.shared.NotFoundException;
import dk.sagsvagt.shared.TooLargeException;
import dk.sagsvagt.shared.WorkingDayCalendar;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import static dk.sagsvagt.shared.WorkingDayCalendar.COPENHAGEN;

/**
 * Journals documents and notes in a case (offentlighedsloven §§ 13 and 15). Nothing journaled is changed or
 * deleted: a correction is a new version under the same number that keeps the old one.
 */
@Service
public class Journal {
	private final JdbcClient jdbc;

	private final Cases cases;

	private final AccessPolicy access;

	private final FileStore files;

	private final TextExtractor extractor;

	private final ExtractionQueue extractions;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final DataSize maxUpload;

	Journal(JdbcClient jdbc, Cases cases, AccessPolicy access, FileStore files, TextExtractor extractor, ExtractionQueue extractions,
			TransactionTemplate transaction, Clock clock,
			@Value("${sagsvagt.upload.max-size}") DataSize maxUpload) {
		this.extractions = extractions;
		this.jdbc = jdbc;
		this.cases = cases;
		this.access = access;
		this.files = files;
		this.extractor = extractor;
		this.transaction = transaction;
		this.clock = clock;
		this.maxUpload = maxUpload;
	}

	public DataSize maxUpload() {
		return maxUpload;
	}

	/** Journals a new document in the case; {@code file} may be null for a note with text. */
	public Document journal(String caseNumber, NewDocument document, UploadedFile file, CurrentUser user) {
		CaseFile caseFile = cases.open(caseNumber, user, Action.JOURNAL);
		ValidDocument valid = validate(document, file);
		Attachment attachment = attach(file, true);
		return transaction.execute(status -> {
			int seq = nextSeq(caseFile);
			return insert(caseFile, caseFile.caseNumber() + "-" + seq, seq, 1, valid, attachment, null, user);
		});
	}

	private int nextSeq(CaseFile caseFile) {
		return jdbc.sql("""
				INSERT INTO journal.document_counter (case_id, last_seq) VALUES (?, 1)
				ON CONFLICT (case_id) DO UPDATE SET last_seq = journal.document_counter.last_seq + 1
				RETURNING last_seq""")
			.param(caseFile.id())
			.query(Integer.class)
			.single();
	}

	/**
	 * Journals a file the system writes that must carry its own document number, such as a decision letter: the
	 * number is drawn first, then {@code render} makes the file, in the caller's transaction when there is one.
	 */
	public Document journalGenerated(String caseNumber, NewDocument document, String fileName, String contentType,
			Function<String, byte[]> render, CurrentUser user) {
		return journalRendered(cases.open(caseNumber, user, Action.JOURNAL), document, fileName, contentType, render, user);
	}

	/**
	 * Journals an output of the administration's own work (a supervision round's workbook and result note) in that
	 * work's own case, for the module that has checked the user's right to the work. Cases about a citizen are refused.
	 */
	public Document journalOwnWork(String caseNumber, NewDocument document, String fileName, String contentType, byte[] content,
			CurrentUser user) {
		return journalRendered(cases.ownWork(caseNumber), document, fileName, contentType, number -> content, user);
	}

	/**
	 * As {@link #journalOwnWork}, for a file that must carry its own document number (a cover letter): the number is
	 * drawn first, then {@code render} makes the file.
	 */
	public Document journalOwnWorkGenerated(String caseNumber, NewDocument document, String fileName, String contentType,
			Function<String, byte[]> render, CurrentUser user) {
		return journalRendered(cases.ownWork(caseNumber), document, fileName, contentType, render, user);
	}

	private Document journalRendered(CaseFile caseFile, NewDocument document, String fileName, String contentType,
			Function<String, byte[]> render, CurrentUser user) {
		return transaction.execute(status -> {
			int seq = nextSeq(caseFile);
			String number = caseFile.caseNumber() + "-" + seq;
			UploadedFile file = UploadedFile.of(fileName, contentType, render.apply(number));
			return insert(caseFile, number, seq, 1, validate(document, file), attach(file, false), null, user);
		});
	}

	/**
	 * Where the newest file of a journaled document lies, for system jobs that hand a journaled letter on (Digital
	 * Post); never for showing a document to a user, which goes through {@link #version}.
	 */
	public Path fileForDispatch(String documentNumber) {
		return file(jdbc.sql("SELECT " + DocumentRows.COLUMNS + " FROM journal.document d WHERE d.document_number = ? ORDER BY d.version DESC LIMIT 1")
			.param(documentNumber)
			.query(DocumentRows::document)
			.optional()
			.orElseThrow(() -> new NotFoundException("Dokument " + documentNumber + " findes ikke.")));
	}

	/** Journals a corrected version of a document; the earlier versions stay as they were. */
	public Document correct(String documentNumber, NewDocument document, UploadedFile file, String reason,
			CurrentUser user) {
		CaseFile caseFile = cases.open(caseNumberOf(documentNumber), user, Action.JOURNAL);
		Document current = version(documentNumber, null, user, Action.VIEW_DOCUMENT);
		if (reason == null || reason.isBlank()) {
			throw new InvalidInputException("reason", "Angiv hvorfor dokumentet rettes.");
		}
		ValidDocument valid = validate(document, file);
		Attachment attachment = attach(file, true);
		int seq = Integer.parseInt(documentNumber.substring(documentNumber.lastIndexOf('-') + 1));
		return transaction.execute(status -> insert(caseFile, documentNumber, seq, current.version() + 1, valid,
				attachment, reason.strip(), user));
	}

	/**
	 * Journals a new version of an output of the administration's own work (a concluded supervision round's workbook
	 * after an addendum), for the module that has checked the user's right to the work; the earlier versions stay as
	 * they were. Cases about a citizen are refused.
	 */
	public Document correctOwnWork(String documentNumber, NewDocument document, String fileName, String contentType, byte[] content,
			String reason, CurrentUser user) {
		CaseFile caseFile = cases.ownWork(caseNumberOf(documentNumber));
		UploadedFile file = UploadedFile.of(fileName, contentType, content);
		ValidDocument valid = validate(document, file);
		int seq = Integer.parseInt(documentNumber.substring(documentNumber.lastIndexOf('-') + 1));
		return transaction.execute(status -> {
			int current = jdbc.sql("SELECT max(version) FROM journal.document WHERE document_number = ?")
				.param(documentNumber)
				.query(Integer.class)
				.optional()
				.orElseThrow(() -> new NotFoundException("Dokument " + documentNumber + " findes ikke."));
			return insert(caseFile, documentNumber, seq, current + 1, valid, attach(file, false), reason, user);
		});
	}

	/**
	 * One version of the document, the newest when {@code version} is null, if the user may do {@code action}
	 * ({@link Action#VIEW_DOCUMENT} or {@link Action#DOWNLOAD}) on it.
	 */
	public Document version(String documentNumber, Integer version, CurrentUser user, Action action) {
		List<Document> versions = versions(documentNumber, user, action);
		if (version == null) {
			return versions.get(versions.size() - 1);
		}
		return versions.stream()
			.filter(d -> d.version() == version)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("Dokument " + documentNumber + " har ingen version " + version + "."));
	}

	/** All versions of the document, oldest first, if the user may see it. */
	public List<Document> versions(String documentNumber, CurrentUser user) {
		return versions(documentNumber, user, Action.VIEW_DOCUMENT);
	}

	private List<Document> versions(String documentNumber, CurrentUser user, Action action) {
		List<Document> versions = jdbc.sql("SELECT " + DocumentRows.COLUMNS
				+ " FROM journal.document d WHERE d.document_number = ? ORDER BY d.version")
			.param(documentNumber)
			.query(DocumentRows::document)
			.list();
		if (versions.isEmpty()) {
			throw new NotFoundException("Dokument " + documentNumber + " findes ikke.");
		}
		access.requireDocument(user, action, cases.facts(versions.get(0).caseNumber()), documentNumber);
		return versions;
	}

	private static String caseNumberOf(String documentNumber) {
		int dash = documentNumber.lastIndexOf('-');
		if (!documentNumber.matches("\\d{4}-\\d{7}-\\d+")) {
			throw new NotFoundException("Dokument " + documentNumber + " findes ikke.");
		}
		return documentNumber.substring(0, dash);
	}

	/** The newest version of each document in the case, in journal order. */
	public List<Document> documents(CaseFile caseFile) {
		return jdbc.sql("SELECT " + DocumentRows.COLUMNS + " FROM journal.document d WHERE d.case_id = ? AND "
				+ DocumentRows.NEWEST + " ORDER BY d.seq")
			.param(caseFile.id())
			.query(DocumentRows::document)
			.list();
	}

	/** Where the file of a document version lies. */
	public Path file(Document document) {
		if (!document.hasFile()) {
			throw new NotFoundException("Dokument " + document.documentNumber() + " har ingen fil.");
		}
		return files.path(document.fileSha256());
	}

	private Document insert(CaseFile caseFile, String documentNumber, int seq, int version, ValidDocument valid,
			Attachment attachment, String reason, CurrentUser user) {
		Instant now = Instant.now(clock);
		StoredFile stored = attachment == null ? null : attachment.stored();
		long id = jdbc.sql("""
				INSERT INTO journal.document (case_id, document_number, seq, version, title, direction, kind,
				    document_date, author, note_text, file_sha256, file_name, content_type, file_size,
				    extracted_text, extraction, change_reason, journaled_at, journaled_by)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(caseFile.id(), documentNumber, seq, version, valid.title(), valid.direction().name(),
					valid.kind().name(), valid.date(), user.fullName(), valid.text(),
					stored == null ? null : stored.sha256(), attachment == null ? null : attachment.fileName(),
					attachment == null ? null : attachment.contentType(), stored == null ? null : stored.size(),
					attachment == null ? null : attachment.text().text(),
					attachment == null ? TextExtraction.NONE.name() : attachment.text().status().name(), reason,
					Timestamp.from(now), user.username())
			.query(Long.class)
			.single();
		if (attachment != null && attachment.text().status().isPending()) {
			wakeExtractionAfterCommit();
		}
		String what = version == 1 ? "Journaliseret " : "Ny version " + version + " af ";
		cases.recordEvent(caseFile.id(), now, version == 1 ? "DOCUMENT_JOURNALED" : "DOCUMENT_CORRECTED",
				what + documentNumber + ": " + valid.title(), user.username());
		return jdbc.sql("SELECT " + DocumentRows.COLUMNS + " FROM journal.document d WHERE d.id = ?")
			.param(id)
			.query(DocumentRows::document)
			.single();
	}

	/** Starts reading the text of the uploaded files once the transaction that journaled them has committed. */
	void wakeExtractionAfterCommit() {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				extractions.wake();
			}
		});
	}

	record Attachment(StoredFile stored, String fileName, String contentType, TextExtractor.Result text) {
	}

	/** A document taken over from an earlier system, as it may be journaled here. */
	record Historic(ValidDocument valid, Attachment attachment) {
	}

	/**
	 * Checks a document taken over from an earlier system as one journaled here is checked (title, direction, kind,
	 * a date not in the future, a text or a file within the upload limit) and stores its file the same way, its text
	 * read after the commit.
	 */
	Historic checkHistoric(HistoricDocument document) {
		LocalDate date = document.documentDate() == null ? document.journaledAt().atZone(COPENHAGEN).toLocalDate()
				: document.documentDate();
		ValidDocument valid = validate(new NewDocument(document.title(), document.direction(), document.kind(), date, document.text()),
				document.file());
		return new Historic(valid, attach(document.file(), true));
	}

	private ValidDocument validate(NewDocument document, UploadedFile file) {
		return ValidDocument.check(document, file, LocalDate.now(clock.withZone(COPENHAGEN)), maxUpload);
	}

	/**
	 * Stores the file; the text of an {@code uploaded} PDF or Word file is read after the commit, outside the request
	 * ({@link ExtractionQueue}), while a file the application rendered itself is read at once.
	 */
	private Attachment attach(UploadedFile file, boolean uploaded) {
		if (file == null || file.fileName() == null || file.fileName().isBlank()) {
			return null;
		}
		try (InputStream in = file.open()) {
			StoredFile stored = files.store(in, maxUpload.toBytes());
			String name = Path.of(file.fileName().replace('\\', '/')).getFileName().toString();
			String type = file.contentType() == null || file.contentType().isBlank() ? "application/octet-stream"
					: file.contentType();
			return new Attachment(stored, name, type,
					uploaded ? extractor.extractUploaded(stored.path(), name) : extractor.extract(stored.path(), name));
		}
		catch (FileStore.FileTooLargeException e) {
			throw new FileTooLarge(maxUpload);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not store an uploaded file", e);
		}
	}

	/** A file over the configured upload limit. */
	public static class FileTooLarge extends TooLargeException {

		FileTooLarge(DataSize max) {
			super("file", "Filen er for stor. Den største tilladte størrelse er " + max.toMegabytes() + " MB.");
		}
	}
}
