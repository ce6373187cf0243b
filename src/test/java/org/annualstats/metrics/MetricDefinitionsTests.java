package org.annualstats.metrics;

import java.nio.file.Path;

import org.annualstats.ingest.SourceCatalog;
import org.annualstats.jobs.JobsFiles;
import org.annualstats.support.JobsFolder;
import org.annualstats.support.MigratedStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Analysts edit {@code jobs/metrics/definitions.csv} and {@code jobs/metrics/sources/}: a wrong
 * definition fails at start-up naming file, line and column, and what is wrong.
 */
class MetricDefinitionsTests {

	private static final String DEFINITIONS = "metrics/definitions.csv";

	private static NamedParameterJdbcTemplate store;

	@TempDir
	Path folder;

	private JobsFolder jobs;

	@BeforeAll
	static void migrate() {
		store = MigratedStore.h2();
	}

	@BeforeEach
	void jobs() {
		this.jobs = new JobsFolder(this.folder);
	}

	@Test
	void everyShippedFigureIsDefinedOnceOrIsARate() {
		MetricCatalogue catalogue = new MetricCatalogue(new JobsFiles(Path.of("jobs")));
		MetricFormulas formulas = formulas(Path.of("jobs"));
		assertThat(formulas.formulas()).hasSize(
				(int) catalogue.metrics().stream().filter((metric) -> !metric.isRate()).count());
		assertThat(formulas.formula("review.closed_on_time").words()).isEqualTo("The number of review records of the "
				+ "year where Acceptance is Accepted and Date closed is on or before the cut-off date and Date closed "
				+ "is on or before statutory_deadline.");
	}

	@Test
	void anUnknownColumnInAFilter() throws Exception {
		this.jobs.replace(DEFINITIONS, "inspection.filed.workers,case,category =",
				"inspection.filed.workers,case,categroy =");
		assertFails("jobs/metrics/definitions.csv line 3, column 'filter': unknown column 'categroy' of the case "
				+ "records; columns: stat_year, file_seq, row_no, case_no, category");
	}

	@Test
	void aValueOutsideTheFieldsEnumeration() throws Exception {
		this.jobs.replace(DEFINITIONS, "inspection.filed.workers,case,category = 'WAGE_FILED'",
				"inspection.filed.workers,case,category = 'WAGE_FILLED'");
		assertFails("jobs/metrics/definitions.csv line 3, column 'filter': 'WAGE_FILLED' is not a value of category; "
				+ "values: WAGE_FILED, WAGE_RESOLVED, LITIGATION, OTHER_ENFORCEMENT");
	}

	@Test
	void aFilterThatDoesNotRead() throws Exception {
		this.jobs.replace(DEFINITIONS, "permit.online,permit,channel = 'ONLINE',", "permit.online,permit,channel = ,");
		assertFails("jobs/metrics/definitions.csv line 34, column 'filter': expected a column, a value or a parameter "
				+ "at character 10, found the end");
	}

	@Test
	void anUnknownColumnInAMeasure() throws Exception {
		this.jobs.replace(DEFINITIONS, "sum(workers)", "sum(worker)");
		assertFails(
				"jobs/metrics/definitions.csv line 3, column 'measure': unknown column 'worker' of the case records");
	}

	@Test
	void aMonthlyBreakdownOfSomethingElseThanADate() throws Exception {
		this.jobs.replace(DEFINITIONS, "count,month(received_on)\nreview.not", "count,month(acceptance)\nreview.not");
		assertFails("jobs/metrics/definitions.csv line 28, column 'dimension': month(…) needs a column of date values; "
				+ "acceptance holds text values");
	}

	@Test
	void anUnknownSource() throws Exception {
		this.jobs.replace(DEFINITIONS, "review.received,review,", "review.received,reviews,");
		assertFails("jobs/metrics/definitions.csv line 21, column 'source': unknown source 'reviews': neither a source "
				+ "of jobs/sources/sources.csv [case, review, permit, commitment] nor a query in "
				+ "jobs/metrics/sources/reviews.sql");
	}

	@Test
	void aSourceOtherThanTheCataloguesSource() throws Exception {
		this.jobs.replace(DEFINITIONS, "review.received,review,", "review.received,permit,");
		assertFails("jobs/metrics/definitions.csv line 21, column 'source': 'permit' disagrees with the source "
				+ "'review' of review.received in jobs/metrics/catalogue.csv");
	}

	@Test
	void anUnknownMetric() throws Exception {
		this.jobs.append(DEFINITIONS, "review.recieved,review,,count,");
		assertFails("jobs/metrics/definitions.csv line 50, column 'metric_id': Metric 'review.recieved' is not in "
				+ "jobs/metrics/catalogue.csv");
	}

	@Test
	void aMetricDefinedTwice() throws Exception {
		this.jobs.append(DEFINITIONS, "review.received,review,acceptance = 'ACCEPTED',count,");
		assertFails("jobs/metrics/definitions.csv line 50, column 'metric_id': review.received is defined on line 21 "
				+ "already");
	}

	@Test
	void aRateIsDefinedByItsRatioOnly() throws Exception {
		this.jobs.append(DEFINITIONS, "review.on_time_rate,review,,count,");
		assertFails("jobs/metrics/definitions.csv line 50, column 'metric_id': review.on_time_rate is a rate: the "
				+ "catalogue's ratio review.closed_on_time/review.closed defines it");
	}

	@Test
	void aCatalogueFigureWithoutDefinition() throws Exception {
		this.jobs.replace(DEFINITIONS, "permit.online,permit,channel = 'ONLINE',count,\n", "");
		assertFails("jobs/metrics/catalogue.csv line 35: permit.online has no definition in "
				+ "jobs/metrics/definitions.csv (a rate is defined by its ratio)");
	}

	@Test
	void aSourceQueryTheStoreCannotRun() throws Exception {
		this.jobs.replace("metrics/sources/permit.sql", "c.workday_seq - a.workday_seq",
				"c.working_days - a.working_days");
		assertThatThrownBy(() -> formulas(this.folder)).isInstanceOf(IllegalStateException.class)
			.hasMessageStartingWith("jobs/metrics/sources/permit.sql: ")
			.hasMessageContaining("WORKING_DAYS");
	}

	@Test
	void aSourceQueryThatDropsColumnsOfTheRecords() throws Exception {
		this.jobs.replace("metrics/sources/commitment.sql", "SELECT c.*,", "SELECT c.commitment_no, c.committed_on,");
		assertFails("jobs/metrics/sources/commitment.sql: the rows of a record source keep every column of "
				+ "commitment_record (r.*); missing [stat_year, file_seq, row_no, certificate_code");
	}

	private void assertFails(String message) {
		assertThatThrownBy(() -> formulas(this.folder)).isInstanceOf(IllegalStateException.class)
			.hasMessageStartingWith(message);
	}

	private static MetricFormulas formulas(Path folder) {
		JobsFiles files = new JobsFiles(folder);
		return new MetricFormulas(files, new MetricCatalogue(files), new SourceCatalog(files), store);
	}

}
