package org.annualstats.operate;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.annualstats.support.ChildProcess;
import org.annualstats.support.Cli;
import org.annualstats.support.Cli.Printed;
import org.annualstats.support.FilePartitions;
import org.annualstats.support.LargeInputs;
import org.annualstats.support.TestStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingest of a run spread over worker processes through the RabbitMQ broker of this machine
 * (127.0.0.1:5672, guest/guest), each test on a queue of its own: the figures are those of a local
 * run, a killed worker fails its partition and a resume redoes that one only, and without a worker
 * the run fails saying so.
 */
class RemotePartitioningFunctionalTests {

	static final String BROKER = "amqp://guest:guest@127.0.0.1:5672";

	private static final int PERMITS = 120_000;

	@TempDir
	Path work;

	private Path input;

	private final String queue = "annual-stats.test-" + UUID.randomUUID();

	private final List<ChildProcess> workers = new ArrayList<>();

	@BeforeEach
	void largeInput() throws Exception {
		this.input = this.work.resolve("input");
		LargeInputs.permits(this.input, 2020, PERMITS, 4);
	}

	@AfterEach
	void stopWorkersAndDropQueue() throws Exception {
		for (ChildProcess worker : this.workers) {
			worker.kill();
		}
		CachingConnectionFactory broker = new CachingConnectionFactory(java.net.URI.create(BROKER));
		try {
			new RabbitAdmin(broker).deleteQueue(this.queue);
		}
		finally {
			broker.destroy();
		}
	}

	@Test
	@EnabledIfEnvironmentVariable(named = TestStore.POSTGRES_URL_VARIABLE, matches = ".+")
	void twoWorkersGiveTheFiguresOfALocalRun() throws Exception {
		try (TestStore store = TestStore.postgres(this.work.resolve("data"))) {
			ChildProcess first = worker(store, "worker-1.log");
			ChildProcess second = worker(store, "worker-2.log");

			int exit = Cli.run(store, "run", "--year", "2020", "--input", this.input.toString(), "--output",
					this.work.resolve("out").toString(), "--remote", "--broker", BROKER, "--queue", this.queue);

			assertThat(exit).isEqualTo(ExitCode.PUBLISHED.code());
			assertThat(first.output()).contains("ingest-file:permit-");
			assertThat(second.output()).contains("ingest-file:permit-");
		}
		assertSameAsLocal(this.work.resolve("out/2020"));
	}

	@Test
	@EnabledIfEnvironmentVariable(named = TestStore.POSTGRES_URL_VARIABLE, matches = ".+")
	void aWorkerKilledMidPartitionFailsThatPartitionAndResumeRedoesItOnly() throws Exception {
		try (TestStore store = TestStore.postgres(this.work.resolve("data"))) {
			ChildProcess doomed = worker(store, "doomed.log");
			ChildProcess manager = ChildProcess.start(this.work.resolve("manager.log"), store, "run", "--year", "2020",
					"--input", this.input.toString(), "--output", this.work.resolve("out").toString(), "--remote",
					"--broker", BROKER, "--queue", this.queue);
			FilePartitions.awaitCommittedChunk(store, "permit", Duration.ofSeconds(180));
			doomed.kill();
			ChildProcess survivor = worker(store, "survivor.log");

			assertThat(manager.awaitEnd(Duration.ofMinutes(5))).isEqualTo(ExitCode.FAILED.code());
			assertThat(manager.output()).contains("ended before it finished");
			assertThat(survivor.output()).contains("marked FAILED");
			assertThat(store.count("SELECT COUNT(*) FROM batch_step_execution WHERE step_name LIKE 'ingest-file:%' "
					+ "AND status = 'FAILED'")).isEqualTo(1);

			int resumed = Cli.run(store, "run", "--year", "2020", "--input", this.input.toString(), "--output",
					this.work.resolve("out").toString(), "--resume");

			assertThat(resumed).isEqualTo(ExitCode.PUBLISHED.code());
			// the resumed execution ran the failed file again, and no other
			assertThat(store.count("SELECT COUNT(*) FROM batch_step_execution WHERE step_name LIKE 'ingest-file:%' "
					+ "AND job_execution_id = (SELECT MAX(job_execution_id) FROM batch_job_execution)")).isEqualTo(1);
		}
		assertSameAsLocal(this.work.resolve("out/2020"));
	}

	@Test
	@EnabledIfEnvironmentVariable(named = TestStore.POSTGRES_URL_VARIABLE, matches = ".+")
	void withoutAWorkerTheRunFailsAfterTheTimeoutSayingHowToStartOne() throws Exception {
		System.setProperty("annualstats.remote.worker-timeout", "PT3S");
		try (TestStore store = TestStore.postgres(this.work.resolve("data"))) {
			Printed run = Cli.print(store, "run", "--year", "2020", "--input", this.input.toString(), "--output",
					this.work.resolve("out").toString(), "--remote", "--broker", BROKER, "--queue", this.queue);

			assertThat(run.exit()).isEqualTo(ExitCode.FAILED.code());
			assertThat(run.err()).contains("no worker took a file partition of run 2020-")
				.contains("within 3 s; start workers with: annual-stats worker --broker amqp://guest:…@127.0.0.1:5672 "
						+ "--queue " + this.queue);
		}
		finally {
			System.clearProperty("annualstats.remote.worker-timeout");
		}
	}

	@Test
	void theEmbeddedStoreRefusesRemoteWorkers() {
		Printed run = Cli.print(TestStore.h2(this.work.resolve("data")), "run", "--year", "2020", "--input",
				this.input.toString(), "--output", this.work.resolve("out").toString(), "--remote", "--broker", BROKER,
				"--queue", this.queue);

		assertThat(run.exit()).isEqualTo(ExitCode.BAD_ARGUMENTS.code());
		assertThat(run.err()).contains("--remote").contains("the embedded H2 store is used by one process only");
	}

	private ChildProcess worker(TestStore store, String log) throws Exception {
		ChildProcess worker = ChildProcess.start(this.work.resolve(log), store, "worker", "--broker", BROKER, "--queue",
				this.queue, "--threads", "1");
		this.workers.add(worker);
		worker.awaitOutput("worker: taking file partitions", Duration.ofSeconds(120));
		return worker;
	}

	private void assertSameAsLocal(Path remoteYear) throws Exception {
		Path local = this.work.resolve("local");
		int exit = Cli.run(TestStore.h2(this.work.resolve("local-data")), "run", "--year", "2020", "--input",
				this.input.toString(), "--output", local.toString());
		assertThat(exit).isZero();
		for (String file : List.of("metrics.csv", "rejects.csv", "reconciliation.csv")) {
			assertThat(remoteYear.resolve(file)).hasSameBinaryContentAs(local.resolve("2020").resolve(file));
		}
	}

}
