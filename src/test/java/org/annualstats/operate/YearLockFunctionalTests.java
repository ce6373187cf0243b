package org.annualstats.operate;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;

import org.annualstats.support.Cli;
import org.annualstats.support.LargeInputs;
import org.annualstats.support.TestStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two clients asking for the same year at once, each with its own application context on one
 * store (as two processes would): one runs, the other is refused or waits; the store holds one
 * copy of the year.
 */
class YearLockFunctionalTests {

	private static final int PERMITS = 60_000;

	@TempDir
	Path work;


	@ParameterizedTest
	@MethodSource("org.annualstats.support.TestStore#available")
	void aSecondRunOfTheSameYearIsRefusedOrWaits(Function<Path, TestStore> stores) throws Exception {
		Path input = this.work.resolve("input");
		LargeInputs.permits(input, 2020, PERMITS, 2);
		try (TestStore store = stores.apply(this.work.resolve("data"))) {
			// initialise the schema first (a resume of a year never run finds nothing to resume), so the two
			// runs below only race for the year
			assertThat(run(store, input, "--year", "2019", "--resume")).isEqualTo(ExitCode.FAILED.code());

			CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> run(store, input, "--year", "2020"));
			awaitLock(store);
			int refused = run(store, input, "--year", "2020");
			CompletableFuture<Integer> waiting = CompletableFuture
				.supplyAsync(() -> run(store, input, "--year", "2020", "--wait"));

			assertThat(refused).isEqualTo(ExitCode.ALREADY_RUNNING.code());
			assertThat(first.get()).isEqualTo(ExitCode.PUBLISHED.code());
			assertThat(waiting.get()).isEqualTo(ExitCode.PUBLISHED.code());
			assertThat(store.count("SELECT COUNT(*) FROM stats_run WHERE stat_year = 2020 AND status = 'PUBLISHED'"))
				.isEqualTo(2);
			assertThat(store.count("SELECT COUNT(*) FROM permit_record WHERE stat_year = 2020")).isEqualTo(PERMITS);
			assertThat(store.count("SELECT COUNT(*) FROM year_lock")).isZero();
		}
	}

	private static void awaitLock(TestStore store) throws Exception {
		for (int i = 0; i < 600; i++) {
			if (store.count("SELECT COUNT(*) FROM year_lock WHERE stat_year = 2020") == 1) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("the first run never took the lock of 2020");
	}

	private int run(TestStore store, Path input, String... options) {
		String[] arguments = Stream.concat(Stream.of("run", "--input", input.toString(), "--output",
				this.work.resolve("out").toString()), Stream.of(options)).toArray(String[]::new);
		return Cli.run(store, arguments);
	}

}
