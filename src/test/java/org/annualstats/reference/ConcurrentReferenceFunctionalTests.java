package org.annualstats.reference;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import org.annualstats.operate.ExitCode;
import org.annualstats.support.Cli;
import org.annualstats.support.LargeInputs;
import org.annualstats.support.TestStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two years run at once on one PostgreSQL database from input roots with different reference data
 * (certificate catalogues, working-day calendars): each run reads that of its own root, and neither
 * collides with the other.
 */
@EnabledIfEnvironmentVariable(named = TestStore.POSTGRES_URL_VARIABLE, matches = ".+")
class ConcurrentReferenceFunctionalTests {

	private static final int PERMITS = 40_000;

	@TempDir
	Path work;

	@Test
	void twoYearsWithDifferentCataloguesRunAtOnceAndEachCountsItsOwn() throws Exception {
		Path root2019 = this.work.resolve("in-2019");
		Path root2020 = this.work.resolve("in-2020");
		LargeInputs.permits(root2019, 2019, PERMITS, 2);
		LargeInputs.permits(root2020, 2020, PERMITS, 2);
		// the 2019 root's catalogue holds five items of 2019 and none of 2020
		StringBuilder catalogue = new StringBuilder("year,code,name\n");
		for (int i = 1; i <= 5; i++) {
			catalogue.append("2019,ZM-RS-00").append(i).append(",证明").append(i).append('\n');
		}
		Files.createDirectories(root2019.resolve("reference"));
		Files.writeString(root2019.resolve("reference/certificate-catalogue.csv"), catalogue);
		try (TestStore store = TestStore.postgres(this.work.resolve("data"))) {
			assertThat(Cli.run(store, "history")).isZero();

			CompletableFuture<Integer> run2019 = CompletableFuture.supplyAsync(() -> run(store, root2019, 2019));
			CompletableFuture<Integer> run2020 = CompletableFuture.supplyAsync(() -> run(store, root2020, 2020));

			assertThat(run2019.get()).isEqualTo(ExitCode.PUBLISHED.code());
			assertThat(run2020.get()).isEqualTo(ExitCode.PUBLISHED.code());
		}
		assertThat(Cli.value(Cli.metrics(this.work.resolve("out/2019")), "commitment.catalogue_items")).isEqualTo("5");
		assertThat(Cli.value(Cli.metrics(this.work.resolve("out/2020")), "commitment.catalogue_items")).isEqualTo("19");
	}

	/**
	 * The same two years, each root with a working-day calendar of its own: run at once, each counts
	 * on its own calendar's days, and publishes the figures it publishes when run alone.
	 */
	@Test
	void twoYearsWithDifferentCalendarsRunAtOnceAndEachPublishesTheFiguresOfItsRunAlone() throws Exception {
		Path root2019 = this.work.resolve("in-2019");
		Path root2020 = this.work.resolve("in-2020");
		LargeInputs.permits(root2019, 2019, PERMITS / 4, 1);
		LargeInputs.permits(root2020, 2020, PERMITS / 4, 1);
		// Mondays off in one root, Saturdays worked in the other: fewer and more working days to complete in
		calendar(root2019, 2019, DayOfWeek.MONDAY, "HOLIDAY");
		calendar(root2020, 2020, DayOfWeek.SATURDAY, "WORKDAY");
		try (TestStore alone = TestStore.postgres(this.work.resolve("data-alone"))) {
			assertThat(run(alone, root2019, 2019, "out-alone")).isEqualTo(ExitCode.PUBLISHED.code());
			assertThat(run(alone, root2020, 2020, "out-alone")).isEqualTo(ExitCode.PUBLISHED.code());
		}
		try (TestStore store = TestStore.postgres(this.work.resolve("data"))) {
			assertThat(Cli.run(store, "history")).isZero();

			CompletableFuture<Integer> run2019 = CompletableFuture
				.supplyAsync(() -> run(store, root2019, 2019, "out-together"));
			CompletableFuture<Integer> run2020 = CompletableFuture
				.supplyAsync(() -> run(store, root2020, 2020, "out-together"));

			assertThat(run2019.get()).isEqualTo(ExitCode.PUBLISHED.code());
			assertThat(run2020.get()).isEqualTo(ExitCode.PUBLISHED.code());
		}
		for (String year : new String[] { "2019", "2020" }) {
			Map<String, String> alone = values(this.work.resolve("out-alone").resolve(year));
			assertThat(values(this.work.resolve("out-together").resolve(year))).as(year).isEqualTo(alone);
		}
	}

	/** Every day {@code day} of the year announced as {@code type}. */
	private static void calendar(Path root, int year, DayOfWeek day, String type) throws Exception {
		StringBuilder calendar = new StringBuilder("date,type\n");
		for (LocalDate d = LocalDate.of(year, 1, 1).with(TemporalAdjusters.firstInMonth(day)); d.getYear() == year; d = d
			.plusWeeks(1)) {
			calendar.append(d).append(',').append(type).append('\n');
		}
		Files.createDirectories(root.resolve("reference"));
		Files.writeString(root.resolve("reference/workday-calendar.csv"), calendar);
	}

	/** The figures of metrics.csv, keyed {@code metric_id|dimension|member}. */
	private static Map<String, String> values(Path yearFolder) throws Exception {
		Map<String, String> values = new TreeMap<>();
		Cli.metrics(yearFolder).forEach((key, row) -> values.put(key, row.get("value")));
		return values;
	}

	private int run(TestStore store, Path input, int year) {
		return run(store, input, year, "out");
	}

	private int run(TestStore store, Path input, int year, String output) {
		return Cli.run(store, "run", "--year", String.valueOf(year), "--input", input.toString(), "--output",
				this.work.resolve(output).toString());
	}

}
