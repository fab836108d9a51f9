package org.competencygraph;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature packages (job, capability, importer, ...) are modules: their dependencies point one way (no cycles),
 * and a module uses only what another exposes in its top package, never its subpackages.
 */
class ModularityTests {

	private final ApplicationModules modules = ApplicationModules.of(CompetencyGraphApplication.class);

	@Test
	void dependenciesPointOneWay() {
		this.modules.verify();
	}

}
