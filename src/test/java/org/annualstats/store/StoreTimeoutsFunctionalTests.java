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
 * silent each fail the run within its timeout ({@code annualstats.store.*-timeout}), in one line.
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
			// once the records are in, while the run queries them (a write blocked on a full socket buffer is not bounded)
			while (store.count("SELECT COUNT(*) FROM batch_step_execution WHERE step_name = 'reconcile'") == 0) {
				assertThat(run).isNotDone();
				Thread.sleep(20);
			}
			proxy.stall();
			assertThat(run.get(3, TimeUnit.MINUTES)).isEqualTo(ExitCode.FAILED.code());
		}
	}

}
