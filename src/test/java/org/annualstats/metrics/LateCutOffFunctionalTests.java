package org.annualstats.metrics;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

import org.annualstats.support.Cli;
import org.annualstats.support.MinimalInputs;
import org.annualstats.support.TestStore;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cut-off date in the next year: the yearly counts take the records that ended by then, the
 * months of an end date stay the months of the statistical year.
 */
class LateCutOffFunctionalTests {

	@TempDir
	Path root;

	@ParameterizedTest
	@MethodSource("org.annualstats.support.TestStore#available")
	void endDatesOfTheNextYearCountInTheTotalButInNoMonth(Function<Path, TestStore> store) throws Exception {
		// each source: one record ending in January of the year, one in January of the next year
		MinimalInputs.write(this.root, 2020, "permit", "permits.csv", "办件编号,事项编码,受理日期,办结日期",
				"P1,X,2020-01-10,2020-01-15", "P2,X,2020-12-20,2021-01-05");
		MinimalInputs.write(this.root, 2020, "case", "cases.csv", "案件编号,案件类别,立案日期,结案日期",
				"L1,行政诉讼,2020-01-02,2020-01-20", "L2,行政诉讼,2020-11-02,2021-01-20");
		MinimalInputs.write(this.root, 2020, "review", "reviews.csv", "复议案号,收到申请日期,受理情况,受理日期,结案日期",
				"R1,2020-01-02,受理,2020-01-03,2020-01-21", "R2,2020-12-01,受理,2020-12-02,2021-01-21");
		MinimalInputs.write(this.root, 2020, "commitment", "commitments.csv", "承诺书编号,证明事项编码,承诺日期,核查情况,核查日期",
				"K1,ZM-RS-001,2020-01-02,不实,2020-01-22", "K2,ZM-RS-001,2020-12-02,不实,2021-01-22");
		Path out = this.root.resolve("out");
		try (TestStore testStore = store.apply(this.root.resolve("data"))) {
			assertThat(Cli.run(testStore, "run", "--year", "2020", "--input", this.root.toString(), "--output",
					out.toString(), "--as-of", "2021-03-01")).isZero();
		}

		Map<String, CSVRecord> metrics = Cli.metrics(out.resolve("2020"));
		for (String count : new String[] { "permit.completed", "litigation.closed", "review.closed",
				"commitment.verified", "commitment.false" }) {
			assertThat(Cli.value(metrics, count)).as(count).isEqualTo("2");
			assertThat(metrics.get(count + ".by_month|month|01").get("value")).as(count + " in January").isEqualTo("1");
			assertThat(metrics.get(count + ".by_month|month|12").get("value")).as(count + " in December").isEqualTo("0");
		}
	}

}
