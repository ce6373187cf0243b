package org.annualstats.operate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.annualstats.support.ChildProcess;
import org.annualstats.support.Cli;
import org.annualstats.support.FilePartitions;
import org.annualstats.support.LargeInputs;
import org.annualstats.support.MinimalInputs;
import org.annualstats.support.TestStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * How a run on the embedded store answers the signals an operator sends: Ctrl-C stops it as SIGTERM
 * does, and a process that does not stop at once can still be ended, by a second signal or by the
 * stop's time limit; once asked to stop, a process starts no further step. (SIGTERM with resume:
 * {@link InterruptedRunFunctionalTests}.)
 */
class StopSignalFunctionalTests {

	/** One chunk per permit file: a stop waits for a whole file, seconds. */
	private static final List<String> SLOW_STOP = List.of("-Dannualstats.ingest.chunk-size=25000");

	private static final int SIGTERM_EXIT = 128 + 15;

	private static final int PERMITS = 100_000;

	@TempDir
	Path work;

	private Path input;

	private TestStore store;

	@BeforeEach
	void store() {
		this.input = this.work.resolve("input");
		this.store = TestStore.h2(this.work.resolve("data"));
	}

	@Test
	void ctrlCStopsTheRunAsSigtermDoes() throws Exception {
		assumeTrue(ChildProcess.receivesSigint(), "SIGINT is ignored by this process and so by its children");
		ChildProcess child = start(List.of());
		FilePartitions.awaitCommittedChunk(this.store, "permit", Duration.ofMinutes(2));

		child.signal("INT");

		assertThat(child.awaitEnd(Duration.ofMinutes(2))).as(child.output()).isEqualTo(ExitCode.FAILED.code());
		assertThat(child.output()).contains("Stop requested")
			.contains("STOPPED: stopped on request; nothing published")
			.doesNotContain("Exception");
		List<String> history = Cli.print(this.store, "history", "--year", "2020").out().lines().toList();
		assertThat(history.get(1)).contains(" STOPPED ");
		assertThat(history.get(3)).startsWith("    resume: annual-stats run --year 2020 ");
	}

	@Test
	void aSecondSignalEndsTheProcessWithoutWaitingForTheStop() throws Exception {
		ChildProcess child = start(SLOW_STOP);
		FilePartitions.awaitRunning(this.store, "permit", Duration.ofMinutes(2));
		child.signal("TERM");
		child.awaitOutput("Stop requested", Duration.ofSeconds(30));

		child.signal("TERM");

		assertThat(child.awaitEnd(Duration.ofSeconds(30))).as(child.output()).isEqualTo(SIGTERM_EXIT);
		assertThat(child.output()).contains("Stop requested again").doesNotContain("STOPPED: stopped on request");
		assertEndedAsKilled();
	}

	@Test
	void aStopThatTakesLongerThanItsTimeLimitEndsTheProcess() throws Exception {
		List<String> options = List.of(SLOW_STOP.get(0), "-Dannualstats.stop-wait=PT0.2S");
		ChildProcess child = start(options);
		FilePartitions.awaitRunning(this.store, "permit", Duration.ofMinutes(2));

		child.signal("TERM");

		assertThat(child.awaitEnd(Duration.ofSeconds(30))).as(child.output()).isEqualTo(SIGTERM_EXIT);
		assertThat(child.output()).contains("The run did not stop within PT0.2S")
			.doesNotContain("STOPPED: stopped on request");
		assertEndedAsKilled();
	}

	@Test
	void aStopWhileThePreviousYearIsIngestedFirstStopsTheYearAtOnce() throws Exception {
		LargeInputs.permits(this.input, 2019, PERMITS, 4);
		MinimalInputs.fillIn(this.input, 2020);
		ChildProcess child = ChildProcess.start(this.work.resolve("run.log"), this.store, "run", "--year", "2020",
				"--input", this.input.toString(), "--output", this.work.resolve("out").toString());
		child.awaitOutput("2019 permit: 4 file(s)", Duration.ofSeconds(60));
		FilePartitions.awaitCommittedChunk(this.store, "permit", Duration.ofMinutes(2));

		assertThat(child.terminate()).as(child.output()).isEqualTo(ExitCode.FAILED.code());
		assertThat(this.store.count("SELECT COUNT(*) FROM stats_run WHERE status = 'STOPPED'")).as(child.output())
			.isEqualTo(2);
		// the year's own run stops in its first step, before any work
		assertThat(this.store.count("SELECT COUNT(*) FROM batch_step_execution s JOIN batch_job_execution_params p "
				+ "ON p.job_execution_id = s.job_execution_id AND p.parameter_name = 'year' AND p.parameter_value = '2020' "
				+ "WHERE s.status <> 'STOPPED' OR s.step_name <> 'reference'")).isZero();
		assertThat(child.output()).contains("STOPPED: stopped on request; nothing published")
			.contains(": 0 rows read, 0 accepted");
		assertThat(Cli.print(this.store, "history", "--year", "2020").out()).contains(" STOPPED ")
			.contains("    resume: annual-stats run --year 2020 ");
		assertThat(this.work.resolve("out/2020")).doesNotExist();
	}

	/** A run of 2020 on many permits, the partitions of its files started. */
	private ChildProcess start(List<String> jvmOptions) throws Exception {
		LargeInputs.permits(this.input, 2020, PERMITS, 4);
		ChildProcess child = ChildProcess.start(this.work.resolve("run.log"), this.store, jvmOptions, "run", "--year",
				"2020", "--input", this.input.toString(), "--output", this.work.resolve("out").toString());
		// the store exists once the files are partitioned
		child.awaitOutput("permit: 4 file(s)", Duration.ofSeconds(60));
		return child;
	}

	/** The process ended without recording the stop: the run is resumed as a killed one. */
	private void assertEndedAsKilled() throws Exception {
		List<String> history = Cli.print(this.store, "history", "--year", "2020").out().lines().toList();
		assertThat(history).hasSize(4);
		assertThat(history.get(1)).contains(" DIED ");
		assertThat(history.get(3)).startsWith("    resume: annual-stats run --year 2020 ");
		assertThat(this.work.resolve("out/2020")).doesNotExist();
	}

}
