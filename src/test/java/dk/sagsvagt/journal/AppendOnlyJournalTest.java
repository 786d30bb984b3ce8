package dk.sagsvagt.journal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseFile;
import dk.sagsvagt.organisation.StaffRole;
import dk.sagsvagt.support.Fixtures;
import dk.sagsvagt.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AppendOnlyJournalTest {

	@Autowired
	Journal journal;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	Document document;

	CurrentUser user;

	@BeforeEach
	void journalOne() {
		CaseFile caseFile = fixtures.caseIn(fixtures.unitA(), "Journal der ikke kan ændres");
		user = new CurrentUser("test.a", 0, "Anne Testsen", StaffRole.CASEWORKER, fixtures.unitA());
		document = journal.journal(caseFile.caseNumber(), new NewDocument("Notat om telefonsamtale",
				Direction.INTERNAL, DocumentKind.NOTE, null, "Moderen ringede."), null, user);
	}

	@Test
	void plainSqlCannotUpdateAJournaledDocument() {
		assertThatThrownBy(() -> jdbc.update("UPDATE journal.document SET title = 'ændret' WHERE id = ?", document.id()))
			.isInstanceOf(DataAccessException.class)
			.hasStackTraceContaining("never changed or deleted");
		assertThat(jdbc.queryForObject("SELECT title FROM journal.document WHERE id = ?", String.class, document.id()))
			.isEqualTo("Notat om telefonsamtale");
	}

	@Test
	void plainSqlCannotDeleteOrTruncateTheJournal() {
		assertThatThrownBy(() -> jdbc.update("DELETE FROM journal.document WHERE id = ?", document.id()))
			.isInstanceOf(DataAccessException.class);
		assertThatThrownBy(() -> jdbc.execute("TRUNCATE journal.document CASCADE"))
			.isInstanceOf(DataAccessException.class);
		assertThat(jdbc.queryForObject("SELECT count(*) FROM journal.document WHERE id = ?", Integer.class, document.id()))
			.isEqualTo(1);
	}

	@Test
	void timelineIsAppendOnlyToo() {
		assertThatThrownBy(() -> jdbc.update("DELETE FROM cases.case_event")).isInstanceOf(DataAccessException.class);
	}

	@Test
	void aCorrectionIsANewVersionThatKeepsTheOld() {
		Document corrected = journal.correct(document.documentNumber(), new NewDocument("Notat om telefonsamtale",
				Direction.INTERNAL, DocumentKind.NOTE, null, "Faderen ringede."), null, "Forkert forælder", user);
		assertThat(corrected.version()).isEqualTo(2);
		assertThat(corrected.documentNumber()).isEqualTo(document.documentNumber());
		assertThat(journal.versions(document.documentNumber(), user)).extracting(Document::noteText)
			.containsExactly("Moderen ringede.", "Faderen ringede.");
	}

	@Test
	void aPendingExtractionEndsOnceWithTheTextAndSearchCoversIt() {
		inAPendingRowRolledBack(id -> {
			jdbc.update("UPDATE journal.document SET extraction = 'OK', extracted_text = 'Underretningen fra skolen' WHERE id = ?", id);
			assertThat(jdbc.queryForObject("SELECT search_vector @@ websearch_to_tsquery('danish', 'underretning') FROM journal.document WHERE id = ?",
					Boolean.class, id)).isTrue();
			assertThatThrownBy(() -> jdbc.update("UPDATE journal.document SET extraction = 'FAILED', extracted_text = NULL WHERE id = ?", id))
				.hasStackTraceContaining("never changed or deleted");
		});
	}

	@Test
	void endingAnExtractionCannotChangeAnythingElseInTheRow() {
		inAPendingRowRolledBack(id -> assertThatThrownBy(
				() -> jdbc.update("UPDATE journal.document SET extraction = 'OK', extracted_text = 'x', title = 'ændret' WHERE id = ?", id))
			.hasStackTraceContaining("never changed or deleted"));
	}

	@Test
	void aPendingDocumentCannotBeDeletedOrSetBackToPending() {
		inAPendingRowRolledBack(id -> assertThatThrownBy(() -> jdbc.update("DELETE FROM journal.document WHERE id = ?", id))
			.hasStackTraceContaining("never changed or deleted"));
		inAPendingRowRolledBack(id -> assertThatThrownBy(
				() -> jdbc.update("UPDATE journal.document SET extracted_text = 'x' WHERE id = ?", id))
			.isInstanceOf(DataAccessException.class));
	}

	@Test
	void aFinishedExtractionIsNeverChanged() {
		assertThatThrownBy(() -> jdbc.update("UPDATE journal.document SET extraction = 'OK' WHERE id = ?", document.id()))
			.hasStackTraceContaining("never changed or deleted");
	}

	/**
	 * A PDF document waiting for its text, inserted and checked in one transaction that is rolled back: the extraction
	 * queue never sees it (there is no file behind it).
	 */
	private void inAPendingRowRolledBack(java.util.function.LongConsumer check) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			long id = jdbc.queryForObject("""
					INSERT INTO journal.document (case_id, document_number, seq, version, title, direction, kind, document_date, author,
					    file_sha256, file_name, content_type, file_size, extraction, journaled_at, journaled_by)
					SELECT case_id, document_number || '00', seq + 100, 1, 'Afventer tekst', direction, kind, document_date, author,
					    repeat('a', 64), 'brev.pdf', 'application/pdf', 10, 'PENDING', journaled_at, journaled_by
					FROM journal.document WHERE id = ? RETURNING id""",
					Long.class, document.id());
			try {
				check.accept(id);
			}
			finally {
				status.setRollbackOnly();
			}
		});
	}
}
