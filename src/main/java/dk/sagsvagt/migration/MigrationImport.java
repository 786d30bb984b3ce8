package dk.sagsvagt.migration;

import java.io.InputStream;
import java.util.List;

import dk.sagsvagt.access.AccessPolicy;
import dk.sagsvagt.access.Action;
import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.cases.CaseImport;
import dk.sagsvagt.migration.internal.CaseTakeover;
import dk.sagsvagt.migration.internal.MigrationJson;
import dk.sagsvagt.shared.InvalidInputException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes cases over from an earlier case system (docs/migration.md). Each case is taken over whole in its own
 * transaction or not at all; a case whose number is here already is skipped, so a run can be repeated; every refusal
 * is reported in Danish with the line where the case begins. Only a role that may migrate ({@link Action#MIGRATE})
 * may run it.
 */
@Service
public class MigrationImport {

	private static final Logger log = LoggerFactory.getLogger(MigrationImport.class);

	private final CaseTakeover takeover;

	private final CaseImport cases;

	private final AccessPolicy access;

	private final TransactionTemplate transaction;

	private final MigrationJson json;

	MigrationImport(CaseTakeover takeover, CaseImport cases, AccessPolicy access, TransactionTemplate transaction, MigrationJson json) {
		this.takeover = takeover;
		this.cases = cases;
		this.access = access;
		this.transaction = transaction;
		this.json = json;
	}

	/**
	 * Reads a migration file (docs/migration.md) case by case, never holding more than one case in memory, and takes
	 * each over. {@code maxCases} and {@code maxBytes} bound a run (an API request); a file with more is read up to the
	 * bound and the rest refused.
	 */
	public MigrationReport importJson(InputStream in, MigrationFiles files, CurrentUser user, int maxCases, long maxBytes) {
		access.require(user, Action.MIGRATE, "overtagelse fra tidligere sagssystem");
		MigrationReport report = new MigrationReport();
		json.read(in, maxCases, maxBytes, new MigrationJson.Handler() {
			private CaseTakeover.Run run;

			@Override
			public void start(String source) {
				run = takeover.run(user, files, source);
			}

			@Override
			public void take(int line, MigratedCase migrated) {
				takeOne(run, line, migrated, report);
			}

			@Override
			public void problem(int line, String caseNumber, String field, String message) {
				report.problem(line, caseNumber, field, message);
			}
		});
		return report;
	}

	/** Takes the cases over, for a caller that has them as objects (the demo data); lines are the cases' places. */
	public MigrationReport importCases(List<MigratedCase> migrated, MigrationFiles files, String source, CurrentUser user) {
		access.require(user, Action.MIGRATE, "overtagelse fra tidligere sagssystem");
		MigrationReport report = new MigrationReport();
		CaseTakeover.Run run = takeover.run(user, files, source);
		for (int i = 0; i < migrated.size(); i++) {
			takeOne(run, i + 1, migrated.get(i), report);
		}
		return report;
	}

	private void takeOne(CaseTakeover.Run run, int line, MigratedCase c, MigrationReport report) {
		String number = c.caseNumber() == null ? null : c.caseNumber().strip();
		if (number == null || number.isEmpty()) {
			report.problem(line, null, "caseNumber", "Sagen mangler sit sagsnummer fra det tidligere system.");
			return;
		}
		try {
			CaseTakeover.TakenOver done = transaction.execute(status -> cases.existing(List.of(number)).isEmpty() ? run.takeOver(c) : null);
			if (done == null) {
				report.skipped(number);
			}
			else {
				report.imported(line, done.caseNumber(), done.caseId());
			}
		}
		catch (InvalidInputException e) {
			report.problem(line, number, e.field(), e.getMessage());
		}
		catch (DataAccessException e) {
			// a constraint the checks above did not foresee; the case is rolled back whole, the others go on
			log.warn("Migration: case at line {} could not be stored: {}", line, e.getMostSpecificCause().getClass().getSimpleName());
			report.problem(line, number, null, "Sagen kunne ikke gemmes (databasen afviste den). Intet af sagen er gemt.");
		}
	}
}
