package org.annualstats.operate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.annualstats.support.ChildProcess;
import org.annualstats.support.Cli;
import org.annualstats.support.FilePartitions;
import org.annualstats.support.LargeInputs;
import org.annualstats.support.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A run stopped with SIGTERM in the middle of a file resumes inside that file: the rows its
 * committed chunks staged are not read again, and none is staged twice.
 */
class FileRestartFunctionalTests {

	private static final int PERMITS = 200_000;

	@TempDir
	Path work;

	@Test
	@EnabledIfEnvironmentVariable(named = TestStore.POSTGRES_URL_VARIABLE, matches = ".+")
	void aStoppedRunResumesInsideTheFileItWasReading() throws Exception {
		Path input = this.work.resolve("input");
		LargeInputs.permits(input, 2020, PERMITS, 2);
		try (TestStore store = TestStore.postgres(this.work.resolve("data"))) {
			ChildProcess run = ChildProcess.start(this.work.resolve("stopped.log"), store, "run", "--year", "2020",
					"--input", input.toString(), "--output", this.work.resolve("out").toString());
			FilePartitions.awaitCommittedChunk(store, "permit", Duration.ofMinutes(3));
			assertThat(run.terminate()).isNotZero();
			assertThat(store.count("SELECT COUNT(*) FROM batch_step_execution WHERE step_name LIKE 'ingest-file:permit-%' "
					+ "AND status = 'STOPPED' AND read_count > 0")).as(run.output()).isPositive();

			int resumed = Cli.run(store, "run", "--year", "2020", "--input", input.toString(), "--output",
					this.work.resolve("out").toString(), "--resume");

			assertThat(resumed).isEqualTo(ExitCode.PUBLISHED.code());
			long readAgain = store.count("SELECT COALESCE(SUM(read_count), 0) FROM batch_step_execution "
					+ "WHERE step_name LIKE 'ingest-file:permit-%' "
					+ "AND job_execution_id = (SELECT MAX(job_execution_id) FROM batch_job_execution)");
			assertThat(readAgain).isLessThan(PERMITS);
		}
		assertThat(Cli.value(Cli.metrics(this.work.resolve("out/2020")), "permit.applications"))
			.isEqualTo(String.valueOf(PERMITS));
		assertThat(Files.readString(this.work.resolve("out/2020/run.json"))).contains("\"rows_read\" : 100000");
	}

}
