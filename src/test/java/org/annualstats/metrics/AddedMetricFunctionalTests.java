package org.annualstats.metrics;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.annualstats.support.Cli;
import org.annualstats.support.JobsFolder;
import org.annualstats.support.TestStore;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** A figure is added in {@code jobs/} alone: a catalogue row and a definition, no code. */
class AddedMetricFunctionalTests {

	@TempDir
	Path work;

	@Test
	void aFigureAddedInJobsIsComputedPublishedAndExplained() throws Exception {
		JobsFolder jobs = new JobsFolder(this.work.resolve("jobs"))
			.append("metrics/catalogue.csv", "inspection.filed.closed_within_60_days,inspection,inspection.filed.cases,"
					+ "count,件,case,false,,,60日内结案的立案欠薪案件,Filed wage cases closed within 60 days,"
					+ "立案查处欠薪案件中自立案之日起60日内结案的,WAGE_FILED cases closed within 60 days of opened_on,")
			.append("metrics/definitions.csv", "inspection.filed.closed_within_60_days,case,"
					+ "category = 'WAGE_FILED' and closed_on <= :as_of and closed_on <= opened_on + 60,count,");
		TestStore store = TestStore.h2(this.work.resolve("data"));
		Path out = this.work.resolve("out");
		Path rows = this.work.resolve("rows.csv");

		String explained = jobs.during(() -> {
			assertThat(Cli.run(store, "run", "--year", "2020", "--input", "input-samples", "--output", out.toString()))
				.isZero();
			return Cli.output(store, "explain", "--year", "2020", "--metric", "inspection.filed.closed_within_60_days",
					"--rows", rows.toString());
		});

		// of the four wage cases filed in 2020, only ZJ2020-0061 (5 March to 28 April) closed within 60 days
		assertThat(Cli.value(Cli.metrics(out.resolve("2020")), "inspection.filed.closed_within_60_days"))
			.isEqualTo("1");
		assertThat(explained).contains("Filed wage cases closed within 60 days")
			.contains("Date closed is on or before Date opened + 60 days")
			.contains("inspection.filed.closed_within_60_days = 1");
		List<CSVRecord> records = Cli.csv(rows);
		assertThat(records).extracting((row) -> row.get("key"), (row) -> row.get("file"))
			.containsExactly(tuple("ZJ2020-0061", "2020/case/立案及应诉案件.xlsx"));
	}

	@Test
	void aWrongDefinitionStopsEveryCommandAtStartUpNamingItsLine() throws Exception {
		JobsFolder jobs = new JobsFolder(this.work.resolve("jobs")).replace("metrics/definitions.csv",
				"litigation.closed,case,category = 'LITIGATION' and closed_on <= :as_of",
				"litigation.closed,case,category = 'LITIGATION' and closed <= :as_of");
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		PrintStream standardError = System.err;
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
		try {
			// a run with good arguments gets as far as the application's start, where the definitions are read
			int exit = jobs.during(() -> Cli.run(TestStore.h2(this.work.resolve("data")), "run", "--year", "2020",
					"--input", "input-samples", "--output", this.work.resolve("out").toString()));
			assertThat(exit).isEqualTo(1);
		}
		finally {
			System.setErr(standardError);
		}
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("FAILED: ")
			.contains("jobs/metrics/definitions.csv line 15, column 'filter': unknown column 'closed' of the case "
					+ "records");
	}

}
