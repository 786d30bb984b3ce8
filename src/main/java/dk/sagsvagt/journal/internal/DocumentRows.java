package dk.sagsvagt.journal.internal;

import java.sql.ResultSet;
import java.sql.SQLException;

import dk.sagsvagt.journal.Direction;
import dk.sagsvagt.journal.Document;
import dk.sagsvagt.journal.DocumentKind;
import dk.sagsvagt.journal.TextExtraction;

/** SQL of journaled documents. */
public final class DocumentRows {

	public static final String COLUMNS = """
			d.id, d.case_id, d.document_number, d.version, d.title, d.direction, d.kind, d.document_date, d.author,
			d.note_text, d.file_name, d.content_type, d.file_size, d.file_sha256, d.extraction, d.extracted_text,
			d.change_reason, d.journaled_at, d.journaled_by""";

	/** Only the newest version of each document. */
	public static final String NEWEST = """
			NOT EXISTS (SELECT 1 FROM journal.document n WHERE n.document_number = d.document_number AND n.version > d.version)""";

	private DocumentRows() {
	}

	public static Document document(ResultSet rs, int row) throws SQLException {
		long size = rs.getLong("file_size");
		Long fileSize = rs.wasNull() ? null : size;
		return new Document(rs.getLong("id"), rs.getLong("case_id"), rs.getString("document_number"),
				rs.getInt("version"), rs.getString("title"), Direction.valueOf(rs.getString("direction")),
				DocumentKind.valueOf(rs.getString("kind")), rs.getObject("document_date", java.time.LocalDate.class),
				rs.getString("author"), rs.getString("note_text"), rs.getString("file_name"),
				rs.getString("content_type"), fileSize, rs.getString("file_sha256"),
				TextExtraction.valueOf(rs.getString("extraction")), rs.getString("extracted_text"),
				rs.getString("change_reason"), rs.getTimestamp("journaled_at").toInstant(),
				rs.getString("journaled_by"));
	}
}
