package org.annualstats.operate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

import org.annualstats.support.Cli;
import org.annualstats.support.MinimalInputs;
import org.annualstats.support.TestStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A failed run that is never resumed leaves staged rows and, when it died while publishing, a
 * hidden output folder: the next run of the year removes both.
 */
class AbandonedRunsFunctionalTests {

	@TempDir
	Path work;

	@ParameterizedTest
	@MethodSource("org.annualstats.support.TestStore#available")
	void theNextRunOfTheYearRemovesWhatAFailedRunLeft(Function<Path, TestStore> stores) throws Exception {
		Path input = this.work.resolve("input");
		Path out = this.work.resolve("out");
		MinimalInputs.fillIn(input, 2020);
		Path broken = Files.createFile(input.resolve("2020/commitment/empty.csv"));
		try (TestStore store = stores.apply(this.work.resolve("data"))) {
			assertThat(run(store, input, out)).isEqualTo(ExitCode.FAILED.code());
			String failed = Cli.output(store, "history", "--year", "2020").lines()
				.filter((l) -> l.contains(" FAILED "))
				.map((l) -> l.trim().split("\\s+")[0])
				.findFirst()
				.orElseThrow();
			String staged = "stage_case_" + failed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "_");
			assertThat(store.count("SELECT COUNT(*) FROM " + staged)).isPositive();
			// as if it had died while writing its outputs
			Path leftover = Files.createDirectories(out.resolve(".tmp-2020-" + failed));
			Files.writeString(leftover.resolve("metrics.csv"), "year\n");
			Files.delete(broken);
			assertThat(run(store, input, out)).isEqualTo(ExitCode.PUBLISHED.code());

			assertThat(store.count("SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) = '"
					+ staged + "'")).isZero();
			// nor does the published run keep a work table of its own, its calendar's included
			assertThat(store.count("SELECT COUNT(*) FROM information_schema.tables WHERE LOWER(table_name) LIKE "
					+ "'%\\_2020\\_%' ESCAPE '\\'")).isZero();
			assertThat(leftover).doesNotExist();
			assertThat(Files.readString(this.work.resolve("data/logs/annual-stats.log")))
				.containsPattern("2020: removed [1-9]\\d* staging tables and 1 unpublished output folders left by earlier runs "
						+ failed);
		}
	}

	private static int run(TestStore store, Path input, Path out) {
		return Cli.run(store, "run", "--year", "2020", "--input", input.toString(), "--output", out.toString());
	}

}
