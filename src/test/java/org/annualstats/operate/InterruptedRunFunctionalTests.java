package org.annualstats.operate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.annualstats.cli.AnnualStatsCommand;
import org.annualstats.support.ChildProcess;
import org.annualstats.support.Cli;
import org.annualstats.support.LargeInputs;
import org.annualstats.support.TestStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run killed or stopped in the middle of ingest, then resumed, ends exactly as an uninterrupted
 * run: the same metrics.csv, no duplicate or missing record.
 */
class InterruptedRunFunctionalTests {

	private static final int PERMITS = 100_000;

	@TempDir
	Path work;

	private Path input;

	@BeforeEach
	void largeInput() throws Exception {
		this.input = this.work.resolve("input");
		LargeInputs.permits(this.input, 2020, PERMITS, 4);
	}

	@Test
	void aRunKilledDuringIngestAndResumedGivesTheFiguresOfAnUninterruptedRun() throws Exception {
		TestStore store = TestStore.h2(this.work.resolve("data"));
		ChildProcess child = ChildProcess.start(this.work.resolve("killed.log"), store, "run", "--year", "2020",
				"--input", this.input.toString(), "--output", this.work.resolve("out").toString());
		child.awaitOutput("permits-1.csv", Duration.ofSeconds(60));
		child.kill();
		assertThat(this.work.resolve("out/2020")).doesNotExist();
		List<String> history = Cli.print(store, "history", "--year", "2020").out().lines().toList();
		assertThat(history).hasSize(4);
		assertThat(history.get(1)).contains(" DIED ");
		assertThat(history.get(2)).contains("the process ended without recording an outcome");
		assertThat(history.get(3)).startsWith("    resume: annual-stats run ");

		// the operator pastes the command history shows
		String[] resume = history.get(3).substring("    resume: annual-stats ".length()).split(" ");
		int resumed = AnnualStatsCommand.execute(resume);

		assertThat(resumed).isEqualTo(ExitCode.PUBLISHED.code());
		assertThat(Cli.print(store, "history", "--year", "2020").out()).contains(" PUBLISHED ")
			.doesNotContain("DIED")
			.doesNotContain("resume:");
		assertSameAsUninterrupted(this.work.resolve("out/2020"));
		assertThat(Cli.value(Cli.metrics(this.work.resolve("out/2020")), "permit.applications"))
			.isEqualTo(String.valueOf(PERMITS));
	}

	/**
	 * On PostgreSQL the run stops at the next row and records itself STOPPED. (The embedded H2 store
	 * closes itself when the JVM exits, so there SIGTERM ends a run like a kill; resume is the same.)
	 */
	@Test
	@EnabledIfEnvironmentVariable(named = TestStore.POSTGRES_URL_VARIABLE, matches = ".+")
	void sigtermStopsTheRunGracefullyAndItResumesWhereItStopped() throws Exception {
		try (TestStore store = TestStore.postgres(this.work.resolve("data"))) {
			ChildProcess child = ChildProcess.start(this.work.resolve("stopped.log"), store, "run", "--year", "2020",
					"--input", this.input.toString(), "--output", this.work.resolve("out").toString());
			child.awaitOutput("permits-1.csv", Duration.ofSeconds(60));
			assertThat(child.terminate()).isNotZero();
			assertThat(child.output()).contains("Stop requested").doesNotContain("Exception");
			assertThat(this.work.resolve("out/2020")).doesNotExist();
			assertThat(store.count("SELECT COUNT(*) FROM stats_run WHERE status = 'STOPPED'")).as(child.output())
				.isEqualTo(1);
			assertThat(Cli.print(store, "history").out()).contains(" STOPPED ")
				.contains("    stopped on request; nothing published")
				.contains("    resume: annual-stats run --year 2020 ");

			int resumed = Cli.run(store, "run", "--year", "2020", "--input", this.input.toString(), "--output",
					this.work.resolve("out").toString(), "--resume");

			assertThat(resumed).isEqualTo(ExitCode.PUBLISHED.code());
		}
		assertSameAsUninterrupted(this.work.resolve("out/2020"));
	}

	private void assertSameAsUninterrupted(Path resumedYear) throws Exception {
		Path clean = this.work.resolve("clean");
		int exit = Cli.run(TestStore.h2(this.work.resolve("clean-data")), "run", "--year", "2020", "--input",
				this.input.toString(), "--output", clean.toString());
		assertThat(exit).isZero();
		for (String file : List.of("metrics.csv", "rejects.csv", "reconciliation.csv")) {
			assertThat(resumedYear.resolve(file)).hasSameBinaryContentAs(clean.resolve("2020").resolve(file));
		}
		assertThat(Files.readString(resumedYear.resolve("run.json"))).contains("\"rows_read\" : 25000");
	}

}
