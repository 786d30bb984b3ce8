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
}
