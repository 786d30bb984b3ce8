package dk.sagsvagt;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModuleStructureTest {

	private final ApplicationModules modules = ApplicationModules.of(SagsvagtApplication.class);

	@Test
	void modulesDependOnlyOnModulesBeforeThem() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}
}
