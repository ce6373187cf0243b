package org.annualstats.operate;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.annualstats.support.Cli;
import org.annualstats.support.LargeInputs;
import org.annualstats.support.TcpProxy;
import org.annualstats.support.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** The database becomes unreachable in the middle of a run: the run fails cleanly, a later run completes. */
@EnabledIfEnvironmentVariable(named = TestStore.POSTGRES_URL_VARIABLE, matches = ".+")
class DatabaseFaultFunctionalTests {

	private static final int PERMITS = 100_000;

	@TempDir
	Path work;

	@Test
	void aRunWhoseDatabaseGoesAwayFailsAndTheNextRunCompletes() throws Exception {
		Path input = this.work.resolve("input");
		LargeInputs.permits(input, 2020, PERMITS, 4);
		Path out = this.work.resolve("out");
		try (TestStore store = TestStore.postgres(this.work.resolve("data")); TcpProxy proxy = new TcpProxy(5432)) {
			// the schema first, so the poll below has its table
			assertThat(Cli.run(store, "history")).isZero();
			TestStore proxied = store.through(proxy.port());
			CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> Cli.run(proxied, "run", "--year",
					"2020", "--input", input.toString(), "--output", out.toString()));
			while (store.count("SELECT COUNT(*) FROM ingested_file WHERE source = 'permit'") == 0) {
				assertThat(run).isNotDone();
				Thread.sleep(20);
			}
			proxy.cut();

			assertThat(run.get(3, TimeUnit.MINUTES)).isEqualTo(ExitCode.FAILED.code());
			assertThat(out.resolve("2020")).doesNotExist();

			int later = Cli.run(store, "run", "--year", "2020", "--input", input.toString(), "--output",
					out.toString());
			assertThat(later).isEqualTo(ExitCode.PUBLISHED.code());
			assertThat(Cli.value(Cli.metrics(out.resolve("2020")), "permit.applications"))
				.isEqualTo(String.valueOf(PERMITS));
			assertThat(store.count("SELECT COUNT(*) FROM permit_record WHERE stat_year = 2020")).isEqualTo(PERMITS);
		}
	}

}
