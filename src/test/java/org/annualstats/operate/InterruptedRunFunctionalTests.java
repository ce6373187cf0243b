package org.annualstats.operate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;

import org.annualstats.cli.AnnualStatsCommand;
import org.annualstats.support.ChildProcess;
import org.annualstats.support.Cli;
import org.annualstats.support.FilePartitions;
import org.annualstats.support.LargeInputs;
import org.annualstats.support.TestStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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
	 * SIGTERM stops the run after the current chunk of every file, on the embedded store as on
	 * PostgreSQL: the process records it STOPPED, says how to resume it and exits as a run that
	 * published nothing; the resumed run reads on inside the files where it stopped.
	 */
	@ParameterizedTest
	@MethodSource("org.annualstats.support.TestStore#available")
	void sigtermStopsTheRunGracefullyAndItResumesInsideTheFilesWhereItStopped(Function<Path, TestStore> stores)
			throws Exception {
		Path out = this.work.resolve("out");
		try (TestStore store = stores.apply(this.work.resolve("data"))) {
			ChildProcess child = ChildProcess.start(this.work.resolve("stopped.log"), store, "run", "--year", "2020",
					"--input", this.input.toString(), "--output", out.toString());
			// the store exists once the files are partitioned
			child.awaitOutput("permit: 4 file(s)", Duration.ofSeconds(60));
			FilePartitions.awaitCommittedChunk(store, "permit", Duration.ofMinutes(2));

			assertThat(child.terminate()).as(child.output()).isEqualTo(ExitCode.FAILED.code());
			assertThat(child.output()).contains("Stop requested")
				.contains("STOPPED: stopped on request; nothing published")
				.doesNotContain("Exception");
			assertThat(out.resolve("2020")).doesNotExist();
			assertThat(store.count("SELECT COUNT(*) FROM stats_run WHERE status = 'STOPPED'")).as(child.output())
				.isEqualTo(1);
			assertThat(store.count("SELECT COUNT(*) FROM batch_step_execution WHERE step_name LIKE 'ingest-file:permit-%' "
					+ "AND status = 'STOPPED' AND read_count > 0")).as(child.output()).isPositive();
			assertThat(permitRowsRead(store)).isLessThan(PERMITS);
			List<String> history = Cli.print(store, "history", "--year", "2020").out().lines().toList();
			assertThat(history).hasSize(4);
			assertThat(history.get(1)).contains(" STOPPED ");
			assertThat(history.get(2)).isEqualTo("    stopped on request; nothing published");
			assertThat(history.get(3)).isEqualTo("    resume: annual-stats run --year 2020 --input " + this.input
					+ " --output " + out + " --resume" + storeArguments(store));
			assertThat(child.output()).contains(history.get(3).replaceFirst("^    ", "  "));

			// the operator pastes the command history shows
			String[] resume = history.get(3).substring("    resume: annual-stats ".length()).split(" ");
			int resumed = AnnualStatsCommand.execute(resume);

			assertThat(resumed).isEqualTo(ExitCode.PUBLISHED.code());
			// what the stopped run staged is not read again
			assertThat(permitRowsRead(store)).isEqualTo(PERMITS);
			assertThat(Cli.print(store, "history", "--year", "2020").out()).contains(" PUBLISHED ")
				.doesNotContain("STOPPED")
				.doesNotContain("resume:");
		}
		assertSameAsUninterrupted(out.resolve("2020"));
	}

	/** The store's options as a resume command line repeats them. */
	private static String storeArguments(TestStore store) {
		StringBuilder arguments = new StringBuilder();
		for (String option : List.of("--data-dir", "--db-url", "--db-user")) {
			int at = store.options().indexOf(option);
			if (at >= 0) {
				arguments.append(' ').append(option).append(' ').append(store.options().get(at + 1));
			}
		}
		return arguments.toString();
	}

	/** Rows of the permit files read by every execution of the run, stopped and resumed. */
	private static long permitRowsRead(TestStore store) throws SQLException {
		return store.count("SELECT COALESCE(SUM(read_count), 0) FROM batch_step_execution "
				+ "WHERE step_name LIKE 'ingest-file:permit-%'");
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
