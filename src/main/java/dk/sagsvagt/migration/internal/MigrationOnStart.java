package dk.sagsvagt.migration.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import dk.sagsvagt.access.CurrentUser;
import dk.sagsvagt.access.Scope;
import dk.sagsvagt.migration.MigrationImport;
import dk.sagsvagt.migration.MigrationPackages;
import dk.sagsvagt.migration.MigrationReport;
import dk.sagsvagt.organisation.Organisation;
import dk.sagsvagt.organisation.Staff;
import dk.sagsvagt.shared.InvalidInputException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The command-line migration: {@code --sagsvagt.migration.import=sager.json} (its files in its folder) or a ZIP
 * package, run in the name of the administrator {@code --sagsvagt.migration.importer=login}, whom the access log
 * records. The Danish report is written beside the file ({@code sager.json.rapport.txt}); with
 * {@code --sagsvagt.migration.import-and-exit=true} the application stops afterwards, with exit code 0, or 1 when a
 * case was refused or the file could not be read. No case limit: the operator splits nothing.
 */
@Component
@ConditionalOnProperty(name = "sagsvagt.migration.import")
class MigrationOnStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(MigrationOnStart.class);

	private final MigrationImport migration;

	private final Organisation organisation;

	private final Environment environment;

	private final ApplicationContext context;

	MigrationOnStart(MigrationImport migration, Organisation organisation, Environment environment, ApplicationContext context) {
		this.migration = migration;
		this.organisation = organisation;
		this.environment = environment;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		Path file = Path.of(environment.getRequiredProperty("sagsvagt.migration.import").strip()).toAbsolutePath();
		boolean ok;
		try {
			CurrentUser importer = importer(environment.getProperty("sagsvagt.migration.importer", ""));
			long started = System.nanoTime();
			MigrationReport report = MigrationPackages.importFile(migration, file, file.getParent(), importer, Integer.MAX_VALUE,
					Long.MAX_VALUE);
			Path written = file.resolveSibling(file.getFileName() + ".rapport.txt");
			Files.writeString(written, report.danish(), StandardCharsets.UTF_8);
			log.info("Migration of {}: {} cases imported, {} skipped, {} refused in {} ms; report in {}", file.getFileName(),
					report.imported().size(), report.skipped().size(), report.problems().size(), (System.nanoTime() - started) / 1_000_000,
					written);
			ok = report.problems().isEmpty();
		}
		catch (IOException | InvalidInputException e) {
			log.error("Migration of {} failed: {}", file.getFileName(), e.getMessage());
			ok = false;
		}
		if (environment.getProperty("sagsvagt.migration.import-and-exit", Boolean.class, false)) {
			int code = ok ? 0 : 1;
			System.exit(SpringApplication.exit(context, () -> code));
		}
	}

	/** The administrator the migration runs as; the access policy decides whether their role may migrate. */
	private CurrentUser importer(String login) {
		Staff staff = organisation.staffByUsername(login.strip())
			.filter(Staff::active)
			.orElseThrow(() -> new InvalidInputException("sagsvagt.migration.importer",
					"Angiv en aktiv administrators brugernavn med --sagsvagt.migration.importer."));
		return new CurrentUser(staff.username(), staff.id(), staff.fullName(), staff.role(), staff.unitId(), staff.teamId(),
				Scope.defaultFor(staff.role()));
	}
}
