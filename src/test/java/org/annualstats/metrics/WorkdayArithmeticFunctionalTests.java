package org.annualstats.metrics;

import java.nio.file.Path;
import java.util.Map;

import org.annualstats.support.Cli;
import org.annualstats.support.MinimalInputs;
import org.annualstats.support.TestStore;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Statutory and promised periods across the State Council calendar of 2020: 春节 (extended to
 * 2 February), the adjusted Sunday workdays 19 January and 28 June, 端午 and 国庆/中秋.
 */
class WorkdayArithmeticFunctionalTests {

	@TempDir
	Path root;

	@Test
	void permitsCountWorkingDaysAfterApplicationThroughCompletion() throws Exception {
		MinimalInputs.write(this.root, 2020, "permit", "permits.csv", "办件编号,事项编码,受理日期,办结日期,承诺时限",
				// 1-17 (Fri) → 2-4 (Tue): 19 Jan (adjusted Sunday), 20–23 Jan, 3–4 Feb = 7 working days
				"P1,X,2020-01-17,2020-02-04,7", "P2,X,2020-01-17,2020-02-04,6",
				// same-day completion is 0 working days
				"P5,X,2020-03-02,2020-03-02,0",
				// 6-24 (Wed) → 6-29 (Mon) across 端午 (25–27 June): 28 June (adjusted Sunday) and 29 June = 2
				"P6,X,2020-06-24,2020-06-29,2", "P7,X,2020-06-24,2020-06-29,1");
		MinimalInputs.write(this.root, 2020, "permit", "permits-calendar-days.csv",
				"办件编号,事项编码,受理日期,办结日期,承诺时限(天)",
				// calendar days when the header says (天): 1-17 → 2-4 is 18 days
				"P3,X,2020-01-17,2020-02-04,18", "P4,X,2020-01-17,2020-02-04,17");
		Map<String, CSVRecord> metrics = run();
		assertThat(Cli.value(metrics, "permit.completed_with_promise")).isEqualTo("7");
		// on time: P1, P3, P5, P6 (and MIN-P has no promise)
		assertThat(Cli.value(metrics, "permit.completed_on_time")).isEqualTo("4");
		assertThat(Cli.value(metrics, "permit.on_time_rate")).isEqualTo("0.5714");
	}

	@Test
	void reviewDeadlinesEndingOnAHolidayMoveToTheNextWorkingDay() throws Exception {
		MinimalInputs.write(this.root, 2020, "review", "reviews.csv",
				"复议案号,收到申请日期,受理情况,受理日期,结案日期,是否延期,审理程序",
				// 8-2 + 60 days = 10-1 (国庆); the period ends on the next working day, 10-9
				"R1,2020-07-30,受理,2020-08-02,2020-10-09,否,", "R2,2020-07-30,受理,2020-08-02,2020-10-10,否,",
				// simple procedure: 30 days, 12-1 + 30 = 12-31
				"R3,2020-11-28,受理,2020-12-01,2020-12-31,,简易程序",
				// extended: 90 days, 9-1 + 90 = 11-30
				"R4,2020-08-30,受理,2020-09-01,2020-11-30,是,", "R5,2020-08-30,受理,2020-09-01,2020-12-01,是,",
				// closed after the cut-off date: pending, not closed late
				"R6,2020-11-28,受理,2020-12-01,2021-01-04,,简易程序");
		Map<String, CSVRecord> metrics = run();
		assertThat(Cli.value(metrics, "review.closed")).isEqualTo("5");
		assertThat(Cli.value(metrics, "review.pending")).isEqualTo("1");
		assertThat(Cli.value(metrics, "review.closed_on_time")).isEqualTo("3");
		assertThat(Cli.value(metrics, "review.on_time_rate")).isEqualTo("0.6000");
	}

	private Map<String, CSVRecord> run() throws Exception {
		MinimalInputs.fillIn(this.root, 2020);
		Path out = this.root.resolve("out");
		int exit = Cli.run(TestStore.h2(this.root.resolve("data")), "run", "--year", "2020", "--input",
				this.root.toString(), "--output", out.toString());
		assertThat(exit).isZero();
		return Cli.metrics(out.resolve("2020"));
	}

}
