package org.annualstats.operate;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.annualstats.AnnualStatsApplication;
import org.annualstats.metrics.MetricCatalogue;
import org.annualstats.metrics.MetricDefinition;
import org.annualstats.operate.FigureExplanations.Explanation;
import org.annualstats.support.Cli;
import org.annualstats.support.TestStore;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code explain} on the 2020 samples: every figure, and every member of every breakdown, is the
 * total of the rows written for it, and each record names the file and row it was read from.
 */
class FigureExplanationFunctionalTests {

	private static final Path SAMPLES = Path.of("input-samples");

	@TempDir
	Path work;

	@ParameterizedTest
	@MethodSource("org.annualstats.support.TestStore#available")
	void everyFigureIsTheTotalOfItsRows(Function<Path, TestStore> store) throws Exception {
		Path out = this.work.resolve("out");
		try (TestStore testStore = store.apply(this.work.resolve("data"))) {
			assertThat(Cli.run(testStore, "run", "--year", "2020", "--input", SAMPLES.toString(), "--output",
					out.toString())).isZero();
			Map<String, CSVRecord> published = Cli.metrics(out.resolve("2020"));
			try (ConfigurableApplicationContext context = new SpringApplicationBuilder(AnnualStatsApplication.class)
				.run(testStore.properties())) {
				FigureExplanations explanations = context.getBean(FigureExplanations.class);
				for (MetricDefinition metric : context.getBean(MetricCatalogue.class).metrics()) {
					Path rows = this.work.resolve(metric.id() + ".csv");
					Explanation explanation = explanations.explain(2020, metric.id(), null, null, rows);
					assertAddsUp(metric, explanation, Cli.csv(rows), published);
				}
			}
		}
	}

	private static void assertAddsUp(MetricDefinition metric, Explanation explanation, List<CSVRecord> rows,
			Map<String, CSVRecord> published) throws Exception {
		Map<String, BigDecimal> totals = new HashMap<>();
		for (CSVRecord row : rows) {
			totals.merge(row.get("metric_id") + "|" + row.get("member"), new BigDecimal(row.get("value")),
					BigDecimal::add);
			if (!metric.source().isEmpty()) {
				assertThat(SAMPLES.resolve(row.get("file"))).as(metric.id()).isRegularFile();
				assertThat(Long.parseLong(row.get("row"))).as(metric.id()).isPositive();
				assertThat(row.get("key")).as(metric.id()).isNotEmpty();
			}
		}
		List<String> parts = metric.isRate() ? List.of(metric.ratioParts()) : List.of(metric.id());
		long figures = 0;
		for (CSVRecord figure : published.values()) {
			if (parts.contains(figure.get("metric_id"))) {
				String key = figure.get("metric_id") + "|" + figure.get("member");
				assertThat(totals.getOrDefault(key, BigDecimal.ZERO)).as(key)
					.isEqualByComparingTo(new BigDecimal(figure.get("value")));
				figures++;
			}
		}
		assertThat(figures).as(metric.id()).isPositive();
		assertThat(explanation.rowTotals()).allSatisfy((total) -> assertThat(total.value())
			.isEqualByComparingTo(totals.get(total.metricId() + "|" + total.member())));
		assertThat(explanation.recordsRunId()).isEqualTo(explanation.runId());
	}

	@Test
	void explainPrintsTheDefinitionTheFigureItsPartsAndLastYear() throws Exception {
		TestStore store = TestStore.h2(this.work.resolve("data"));
		assertThat(Cli.run(store, "run", "--year", "2020", "--input", SAMPLES.toString(), "--output",
				this.work.resolve("out").toString())).isZero();
		Path rows = this.work.resolve("rows.csv");

		String rate = Cli.output(store, "explain", "--year", "2020", "--metric", "permit.online_rate", "--rows",
				rows.toString());

		assertThat(rate).contains("permit.online_rate: 网办率 (Online share), %")
			.contains("A rate: permit.online / permit.applications")
			.contains("The number of permit records of the year where Channel is Online.")
			.containsPattern("numerator +permit.online = \\d+")
			.containsPattern("denominator +permit.applications = 4000")
			.contains("Previous year 2019 (run 2019-");
		assertThat(Cli.csv(rows).stream().filter((r) -> r.get("metric_id").equals("permit.applications")))
			.hasSize(4000);

		String month = Cli.output(store, "explain", "--year", "2020", "--metric", "commitment.cases.by_month",
				"--member", "07", "--rows", rows.toString());

		assertThat(month).contains(", dimension month(committed_on)");
		List<CSVRecord> july = Cli.csv(rows);
		assertThat(july).isNotEmpty().allSatisfy((row) -> {
			assertThat(row.get("member")).isEqualTo("07");
			assertThat(row.get("committed_on")).startsWith("2020-07-");
			assertThat(row.get("file")).isEqualTo("2020/commitment/告知承诺书台账2020.xlsx");
			assertThat(row.get("sheet")).isNotEmpty();
		});
		assertThat(month).contains("commitment.cases.by_month 07 = " + july.size());
		assertThat(Files.readString(rows)).startsWith("\uFEFFmetric_id,member,value,file,sheet,row,key,");
	}

	/**
	 * An older run's figure is explained as that run published it, beside the previous year it was
	 * compared with; its records are refused once a later run of the year replaced them.
	 */
	@Test
	void anOlderRunIsExplainedAsPublishedAndItsReplacedRecordsAreRefused() throws Exception {
		TestStore store = TestStore.h2(this.work.resolve("data"));
		Path older = this.work.resolve("older");
		Path later = this.work.resolve("later");
		assertThat(Cli.run(store, "run", "--year", "2020", "--input", SAMPLES.toString(), "--output",
				older.toString())).isZero();
		// the previous year and the year itself are computed again, to another cut-off date
		assertThat(Cli.run(store, "run", "--year", "2019", "--input", SAMPLES.toString(), "--output",
				this.work.resolve("previous").toString(), "--as-of", "2019-06-30")).isZero();
		assertThat(Cli.run(store, "run", "--year", "2020", "--input", SAMPLES.toString(), "--output",
				later.toString(), "--as-of", "2020-06-30")).isZero();
		String olderRun = runJson(older, "2020").get("run_id").asString();
		String olderPrevious = runJson(older, "2020").get("previous_year_run_id").asString();
		String laterRun = runJson(later, "2020").get("run_id").asString();
		String olderValue = Cli.value(Cli.metrics(older.resolve("2020")), "review.closed");
		String olderPreviousValue = Cli.csv(older.resolve("2020/metrics.csv"))
			.stream()
			.filter((row) -> row.get("metric_id").equals("review.closed") && row.get("member").isEmpty())
			.findFirst()
			.orElseThrow()
			.get("previous_value");
		assertThat(olderValue).isNotEqualTo(Cli.value(Cli.metrics(later.resolve("2020")), "review.closed"));

		String explained = Cli.output(store, "explain", "--year", "2020", "--metric", "review.closed", "--run",
				olderRun);

		assertThat(explained).contains("Year 2020, run " + olderRun + ", as of 2020-12-31")
			.contains("review.closed = " + olderValue)
			.contains("Previous year 2019 (run " + olderPrevious + "):\n  review.closed = " + olderPreviousValue);

		Path rows = this.work.resolve("rows.csv");
		Cli.Printed refused = Cli.print(store, "explain", "--year", "2020", "--metric", "review.closed", "--run",
				olderRun, "--rows", rows.toString());

		assertThat(refused.exit()).isEqualTo(ExitCode.BAD_ARGUMENTS.code());
		assertThat(refused.err()).isEqualTo("--rows " + rows + ": the records of run " + olderRun + " are not in the "
				+ "store: those of 2020 are run " + laterRun + "'s now; list them with --run " + laterRun
				+ ", or rerun 2020 on run " + olderRun + "'s input and explain the new run (see 'annual-stats "
				+ "explain --help')" + System.lineSeparator());
		assertThat(rows).doesNotExist();

		String listed = Cli.output(store, "explain", "--year", "2020", "--metric", "review.closed", "--run", laterRun,
				"--rows", rows.toString());

		assertThat(listed).contains("review.closed = " + Cli.value(Cli.metrics(later.resolve("2020")), "review.closed"));
		assertThat(Cli.csv(rows)).hasSize(Integer.parseInt(Cli.value(Cli.metrics(later.resolve("2020")),
				"review.closed")));
	}

	private static JsonNode runJson(Path output, String year) {
		return JsonMapper.builder().build().readTree(output.resolve(year).resolve("run.json").toFile());
	}

}
