package dk.sagsvagt.oversight.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import dk.sagsvagt.journal.Document;
import dk.sagsvagt.journal.Journal;
import dk.sagsvagt.shared.PdfReport;
import dk.sagsvagt.shared.Letterhead;

import org.springframework.stereotype.Component;

/** A bundle for an outside body: a ZIP with each document's file (or a note's text) and an index PDF listing them. */
@Component
public class Bundles {

	private final Journal journal;

	private final String letterhead;

	Bundles(Journal journal, Letterhead letterhead) {
		this.journal = journal;
		this.letterhead = letterhead.administration();
	}

	/**
	 * {@code groups} labels each document in the index (e.g. the request item it answers) and may be empty;
	 * {@code extraFiles} are added by name (e.g. the municipality's remarks on a complaint).
	 */
	public byte[] zip(String title, String caseNumber, List<Document> documents, Map<String, String> groups, Map<String, byte[]> extraFiles) {
		List<List<String>> index = new ArrayList<>();
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Document d : documents) {
				String name = d.documentNumber() + "-v" + d.version() + (d.hasFile() ? "-" + d.fileName() : ".txt");
				zip.putNextEntry(new ZipEntry(name));
				zip.write(d.hasFile() ? Files.readAllBytes(journal.file(d))
						: (d.noteText() == null ? "" : d.noteText()).getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
				index.add(List.of(groups.getOrDefault(d.documentNumber(), ""), d.documentNumber(), String.valueOf(d.version()), d.title(), name));
			}
			zip.putNextEntry(new ZipEntry("oversigt.pdf"));
			zip.write(new PdfReport(letterhead, title)
				.paragraph("Sagsnummer: " + caseNumber + ". " + documents.size() + " dokumenter.")
				.table(new float[] { 0.1f, 0.2f, 0.08f, 0.3f, 0.32f }, List.of("Punkt", "Dokument", "Version", "Titel", "Fil"), index)
				.render());
			zip.closeEntry();
			for (Map.Entry<String, byte[]> extra : extraFiles.entrySet()) {
				zip.putNextEntry(new ZipEntry(extra.getKey()));
				zip.write(extra.getValue());
				zip.closeEntry();
			}
			zip.finish();
			return bytes.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
