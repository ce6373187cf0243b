package org.annualstats.operate;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.annualstats.support.Cli;
import org.annualstats.support.MinimalInputs;
import org.annualstats.support.TestStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The scheduler fires on its cron expression, once per firing even with two schedulers on one store. */
class NightlyScheduleFunctionalTests {

	/** Every third second: short enough for a test, long enough for both schedulers to start in one slot. */
	private static final String EVERY_THREE_SECONDS = "*/3 * * * * *";

	@TempDir
	Path work;


	@ParameterizedTest
	@MethodSource("org.annualstats.support.TestStore#available")
	void twoSchedulersFireEachRunOnceAndHistoryRecordsIt(Function<Path, TestStore> stores) throws Exception {
		Path input = this.work.resolve("input");
		MinimalInputs.fillIn(input, 2020);
		try (TestStore store = stores.apply(this.work.resolve("data"))) {
			// the schema first (a resume of a year never run finds nothing to resume), so that the schedulers
			// only race for the firing
			assertThat(Cli.run(store, "run", "--year", "2020", "--input", input.toString(), "--output",
					this.work.resolve("out").toString(), "--resume")).isEqualTo(ExitCode.FAILED.code());
			awaitStartOfSlot();
			CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> schedule(store, input));
			CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> schedule(store, input));

			assertThat(first.get()).isZero();
			assertThat(second.get()).isZero();
			assertThat(store.count("SELECT COUNT(*) FROM stats_run WHERE run_trigger = 'schedule' AND status = 'PUBLISHED'"))
				.isEqualTo(1);
			assertThat(store.count("SELECT COUNT(*) FROM schedule_firing WHERE stat_year = 2020")).isEqualTo(1);
		}
		assertThat(this.work.resolve("out/2020/metrics.csv")).exists();
	}

	private int schedule(TestStore store, Path input) {
		return Cli.run(store, "schedule", "--input", input.toString(), "--output", this.work.resolve("out").toString(),
				"--cron", EVERY_THREE_SECONDS, "--year", "2020", "--max-firings", "1");
	}

	/** Starts both schedulers early in a slot, so that both wait for the same next firing. */
	private static void awaitStartOfSlot() throws InterruptedException {
		while (LocalTime.now().getSecond() % 3 != 0 || LocalTime.now().getNano() > 200_000_000) {
			Thread.sleep(20);
		}
	}

}
