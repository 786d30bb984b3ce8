package dk.sagsvagt;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModuleStructureTest {

	private final ApplicationModules modules = ApplicationModules.of(SagsvagtApplication.class);

	@Test
	void modulesDependOnlyOnModulesBeforeThem() {
		modules.verify();
	}

	/** The module diagrams are written from the code: one of the whole tree, and one per module naming what it uses. */
	@Test
	void writesModuleDocumentation(@TempDir Path dir) throws Exception {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(dir.toString())).writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		assertThat(Files.readString(dir.resolve("components.puml"))).contains("Migration", "Cases", "Access");
		for (ApplicationModule module : modules) {
			Path diagram = dir.resolve("module-" + module.getIdentifier() + ".puml");
			assertThat(diagram).as(module.getDisplayName()).exists();
			assertThat(Files.readString(diagram)).contains(module.getDisplayName());
		}
		assertThat(Files.readString(dir.resolve("module-migration.puml"))).as("what the migration uses").contains("Decisions", "Journal");
	}
}
