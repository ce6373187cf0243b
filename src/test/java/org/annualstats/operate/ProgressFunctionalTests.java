package org.annualstats.operate;

import java.nio.file.Files;
import java.nio.file.Path;

import org.annualstats.support.Cli;
import org.annualstats.support.LargeInputs;
import org.annualstats.support.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** A run is never silent for long: every step in progress says what it does at each interval. */
class ProgressFunctionalTests {

	private static final String INTERVAL = "annualstats.progress-interval";

	@TempDir
	Path work;

	@Test
	void everyStepReportsItsProgressAtEachInterval() throws Exception {
		Path input = this.work.resolve("input");
		LargeInputs.permits(input, 2020, 60_000, 2);
		System.setProperty(INTERVAL, "100ms");
		try {
			assertThat(Cli.run(TestStore.h2(this.work.resolve("data")), "run", "--year", "2020", "--input",
					input.toString(), "--output", this.work.resolve("out").toString())).isZero();
		}
		finally {
			System.clearProperty(INTERVAL);
		}
		String log = Files.readString(this.work.resolve("data/logs/annual-stats.log"));
		assertThat(log).containsPattern("ingest: 2020/permit/permits-\\d\\.csv, [\\d,]+ rows so far, [\\d,]+ rows/s")
			.containsPattern("(reconcile|metrics|publish): working, \\d+ s");
	}

}
