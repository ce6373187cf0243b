package org.annualstats.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.annualstats.operate.ExitCode;
import org.annualstats.support.Cli;
import org.annualstats.support.Cli.Printed;
import org.annualstats.support.LargeInputs;
import org.annualstats.support.MinimalInputs;
import org.annualstats.support.TcpProxy;
import org.annualstats.support.TestStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No wait on the store lasts for ever: a lock held by another session and a connection that went
 * silent, while reading or while writing the rows of a COPY, each fail the run within its timeout
 * ({@code annualstats.store.*-timeout}), in one line.
 */
@EnabledIfEnvironmentVariable(named = TestStore.POSTGRES_URL_VARIABLE, matches = ".+")
class StoreTimeoutsFunctionalTests {

	@TempDir
	Path work;

	@AfterEach
	void defaults() {
		for (String name : new String[] { "lock", "statement", "socket" }) {
			System.clearProperty("annualstats.store." + name + "-timeout");
		}
		System.clearProperty("annualstats.ingest.chunk-size");
	}

	@Test
	void aLockHeldByAnotherSessionFailsTheRunAfterTheLockTimeout() throws Exception {
		Path input = this.work.resolve("input");
		MinimalInputs.fillIn(input, 2020);
		try (TestStore store = TestStore.postgres(this.work.resolve("data"))) {
			assertThat(Cli.run(store, "history")).isZero();
			System.setProperty("annualstats.store.lock-timeout", "PT2S");
			try (Connection other = store.dataSource().getConnection(); Statement statement = other.createStatement()) {
				other.setAutoCommit(false);
				statement.execute("LOCK TABLE certificate_item IN ACCESS EXCLUSIVE MODE");
				long started = System.nanoTime();
				Printed printed = Cli.print(store, "run", "--year", "2020", "--input", input.toString(), "--output",
						this.work.resolve("out").toString());
				assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMinutes(1));
				assertThat(printed.exit()).isEqualTo(ExitCode.FAILED.code());
				assertThat(printed.err().lines().filter((l) -> l.startsWith("FAILED: "))).singleElement()
					.asString()
					.contains("lock timeout");
				other.rollback();
			}
		}
	}

	@Test
	void aConnectionThatWentSilentWhileQueryingFailsTheRunAfterTheSocketTimeout() throws Exception {
		Path input = this.work.resolve("input");
		LargeInputs.permits(input, 2020, 100_000, 4);
		try (TestStore store = TestStore.postgres(this.work.resolve("data")); TcpProxy proxy = new TcpProxy(5432)) {
			assertThat(Cli.run(store, "history")).isZero();
			System.setProperty("annualstats.store.statement-timeout", "PT2M");
			System.setProperty("annualstats.store.socket-timeout", "PT15S");
			TestStore proxied = store.through(proxy.port());
			CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> Cli.run(proxied, "run", "--year",
					"2020", "--input", input.toString(), "--output", this.work.resolve("out").toString()));
			// once the records are in, while the run queries them (a COPY's blocked writes are the next test's)
			while (store.count("SELECT COUNT(*) FROM batch_step_execution WHERE step_name = 'reconcile'") == 0) {
				assertThat(run).isNotDone();
				Thread.sleep(20);
			}
			proxy.stall();
			assertThat(run.get(3, TimeUnit.MINUTES)).isEqualTo(ExitCode.FAILED.code());
		}
	}

	/**
	 * A database that stops taking the rows of a COPY leaves the write blocked on a full socket
	 * buffer, which no read timeout bounds: after the socket timeout the connection is closed, the
	 * run fails in one line naming the file, and resumes.
	 */
	@Test
	void aConnectionThatWentSilentDuringCopyFailsTheRunAfterTheSocketTimeout() throws Exception {
		int permits = 400_000;
		Path input = this.work.resolve("input");
		// one COPY of the whole file, far more than the socket buffers between the run and the database hold
		LargeInputs.permits(input, 2020, permits, 1);
		Path out = this.work.resolve("out");
		try (TestStore store = TestStore.postgres(this.work.resolve("data")); TcpProxy proxy = new TcpProxy(5432)) {
			assertThat(Cli.run(store, "history")).isZero();
			System.setProperty("annualstats.store.socket-timeout", "PT10S");
			System.setProperty("annualstats.ingest.chunk-size", String.valueOf(permits));
			// the database takes the COPY of the permit file, then none of its rows
			proxy.stopReadingAfter("COPY stage_permit");
			TestStore proxied = store.through(proxy.port());
			CompletableFuture<Printed> run = CompletableFuture.supplyAsync(() -> Cli.print(proxied, "run", "--year",
					"2020", "--input", input.toString(), "--output", out.toString()));
			while (store.count("SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
					+ "AND state = 'active' AND query LIKE 'COPY stage_permit%'") == 0) {
				assertThat(run).isNotDone();
				Thread.sleep(20);
			}
			long stalled = System.nanoTime();

			Printed printed = run.get(1, TimeUnit.MINUTES);

			assertThat(Duration.ofNanos(System.nanoTime() - stalled)).isLessThan(Duration.ofSeconds(30));
			assertThat(printed.exit()).isEqualTo(ExitCode.FAILED.code());
			assertThat(printed.err().lines().filter((l) -> l.startsWith("FAILED: "))).singleElement()
				.asString()
				.contains("2020/permit/permits-0.csv: the database took no rows of COPY for PT10S")
				.contains("annualstats.store.socket-timeout");

			assertThat(Cli.run(store, "run", "--year", "2020", "--input", input.toString(), "--output",
					out.toString(), "--resume")).isEqualTo(ExitCode.PUBLISHED.code());
			assertThat(Cli.value(Cli.metrics(out.resolve("2020")), "permit.applications"))
				.isEqualTo(String.valueOf(permits));
		}
	}

}
