package org.annualstats;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/**
 * Keeps the modules (one top-level package per capability) free of cycles and away from each
 * other's internals.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(AnnualStatsApplication.class);

	@Test
	void modulesDependOnEachOtherOneWayOnly() {
		MODULES.verify();
	}

}
