package dk.sagsvagt.cases.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.sagsvagt.cases.KlePlans;
import dk.sagsvagt.organisation.Organisation;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The command-line import: {@code --sagsvagt.kle.import=KLE-Emneplan.xml} (several files separated by commas)
 * imports each release at start-up, once; with {@code --sagsvagt.kle.import-and-exit=true} the application stops
 * afterwards, with exit code 0, or 1 when a file could not be imported.
 */
@Component
@ConditionalOnProperty(name = "sagsvagt.kle.import")
class KleImportOnStart implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(KleImportOnStart.class);

	private final KlePlans kle;

	private final Environment environment;

	private final ApplicationContext context;

	KleImportOnStart(KlePlans kle, Environment environment, ApplicationContext context) {
		this.kle = kle;
		this.environment = environment;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		int failed = 0;
		for (String name : environment.getRequiredProperty("sagsvagt.kle.import").split(",")) {
			Path file = Path.of(name.strip());
			try (InputStream in = Files.newInputStream(file)) {
				KlePlans.Imported imported = kle.importRelease(in, "Fil: " + file.getFileName(), Organisation.SYSTEM_USER);
				log.info("KLE {} released {}: {}", imported.kind(), imported.releasedOn(),
						imported.alreadyThere() ? "already imported" : imported.entries() + " entries, " + imported.expired() + " expired");
			}
			catch (IOException | RuntimeException e) {
				failed++;
				log.error("KLE import of {} failed: {}", file, e.getMessage());
			}
		}
		if (environment.getProperty("sagsvagt.kle.import-and-exit", Boolean.class, false)) {
			int code = failed == 0 ? 0 : 1;
			System.exit(SpringApplication.exit(context, () -> code));
		}
	}
}
