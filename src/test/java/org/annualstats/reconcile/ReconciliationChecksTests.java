package org.annualstats.reconcile;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.annualstats.changes.ChangeGate;
import org.annualstats.changes.ChangeReview;
import org.annualstats.ingest.SourceCatalog;
import org.annualstats.jobs.JobsFiles;
import org.annualstats.metrics.MetricCatalogue;
import org.annualstats.reconcile.ReconciliationChecks.Check;
import org.annualstats.reconcile.ReconciliationChecks.Phase;
import org.annualstats.store.DatabaseVendor;
import org.annualstats.store.RowStream;
import org.annualstats.support.JobsFolder;
import org.annualstats.support.MigratedStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Analysts edit {@code jobs/checks/}: a wrong declaration fails at start-up naming the file and
 * line, and what is wrong.
 */
class ReconciliationChecksTests {

	private static final String CHECKS = "checks/checks.csv";

	private static final String MESSAGES = "checks/messages.csv";

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
	void theShippedChecksInTheirOrderWithTheArgumentsOfTheirQueries() {
		ReconciliationChecks checks = checks(Path.of("jobs"));
		assertThat(checks.checks()).extracting(Check::id)
			.containsExactly("R1", "R2", "R3", "R4", "R5", "R6", "R7", "R8", "R9", "R10", "R11");
		assertThat(checks.queries()).extracting((query) -> query.check().id())
			.containsExactly("R4", "R5", "R6", "R7", "R9");
		assertThat(checks.check("R9").orElseThrow().arguments()).containsExactly("certificate_code", "stat_year");
		assertThat(checks.check("R5").orElseThrow().arguments()).isEmpty();
		assertThat(checks.finding("totals_differ_after_rejects", "case", "a.csv#3:workers", "a.csv", 3, "workers", 9,
				10))
			.isEqualTo(new Finding("R8", Severity.WARNING, "case", "a.csv#3:workers",
					"totals_differ_after_rejects|a.csv|3|workers|9|10"));
		assertThat(checks.finding("totals_differ", "case", "k", "a.csv", 3, "workers", 9, 10).severity())
			.isEqualTo(Severity.ERROR);
	}

	@Test
	void aCheckTheCodeComputesThatIsNotDeclared() throws Exception {
		this.jobs.replace(CHECKS, "R10,error,staged", "R12,error,staged");
		this.jobs.replace(MESSAGES, "source_missing,R10,", "source_missing,R12,");
		ReconciliationChecks checks = checks(this.folder);
		assertThatThrownBy(() -> startComputing(this.folder, checks)).isInstanceOf(IllegalStateException.class)
			.hasMessage("jobs/checks/checks.csv: R10, which the staged phase computes, is not declared");
	}

	@Test
	void aCheckTheCodeComputesDeclaredInAnotherPhase() throws Exception {
		this.jobs.replace(CHECKS, "R8,error,staged", "R8,error,duplicates");
		ReconciliationChecks checks = checks(this.folder);
		assertThatThrownBy(() -> checks.computes("R8", Phase.STAGED, "totals_differ"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessage("jobs/checks/checks.csv: R8, which the staged phase computes, is declared with phase "
					+ "duplicates on line 9");
	}

	@Test
	void aSeverityTheDuplicateDetectionDoesNotWrite() throws Exception {
		this.jobs.replace(CHECKS, "R1,info,duplicates", "R1,warning,duplicates");
		ReconciliationChecks checks = checks(this.folder);
		assertThatThrownBy(() -> startComputing(this.folder, checks)).isInstanceOf(IllegalStateException.class)
			.hasMessage("jobs/checks/messages.csv line 2: the duplicates phase writes duplicate_identical of R1 as "
					+ "info, not warning (an empty severity is the check's in jobs/checks/checks.csv)");
	}

	@Test
	void aMessageTheCodeWritesThatIsNotDeclared() throws Exception {
		this.jobs.replace(MESSAGES, "totals_differ_after_rejects,R8,", "totals_differ_with_rejects,R8,");
		ReconciliationChecks checks = checks(this.folder);
		assertThatThrownBy(() -> checks.computes("R8", Phase.STAGED, "totals_differ", "totals_differ_after_rejects"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessage("jobs/checks/messages.csv: message totals_differ_after_rejects of R8, which the staged phase "
					+ "writes, is not declared");
	}

	@Test
	void aCheckDeclaredForTheProgramThatNothingComputes() throws Exception {
		this.jobs.append(CHECKS, "R12,warning,staged,案件无结案日期,Case without a closing date");
		this.jobs.append(MESSAGES, "case_not_closed,R12,,案件 {0} 没有结案日期,Case {0} has no closing date");
		ReconciliationChecks checks = checks(this.folder);
		startComputing(this.folder, checks);
		assertThatThrownBy(checks::afterSingletonsInstantiated).isInstanceOf(IllegalStateException.class)
			.hasMessage("jobs/checks/checks.csv line 13: nothing computes R12 in the staged phase; the program "
					+ "computes [R1, R2, R3, R8, R10, R11], and a check of phase records is computed by its query");
	}

	@Test
	void theProgramComputesEveryShippedCheck() throws Exception {
		ReconciliationChecks checks = checks(Path.of("jobs"));
		startComputing(Path.of("jobs"), checks);
		checks.afterSingletonsInstantiated();
	}

	@Test
	void aQueryFileWithoutItsCheck() throws Exception {
		this.jobs.write("checks/R12.sql", "SELECT 'case' AS source, c.case_no AS record_key FROM case_record c");
		assertFails("jobs/checks/R12.sql: R12 is not a check of phase records in jobs/checks/checks.csv; a query "
				+ "file needs its row there");
	}

	@Test
	void aQueryFileOfACheckTheCodeComputes() throws Exception {
		this.jobs.write("checks/R8.sql", "SELECT 'case' AS source, c.case_no AS record_key FROM case_record c");
		assertFails("jobs/checks/R8.sql: R8 is not a check of phase records in jobs/checks/checks.csv (line 9); a "
				+ "query file needs its row there");
	}

	@Test
	void aCheckOfTheRecordsWithoutItsQueryFile() throws Exception {
		this.jobs.append(CHECKS, "R12,warning,records,案件无结案日期,Case without a closing date");
		assertFails("jobs/checks/checks.csv line 13, column 'phase': R12 is computed by its query, but "
				+ "jobs/checks/R12.sql does not exist");
	}

	@Test
	void aCheckWithoutAMessage() throws Exception {
		this.jobs.append(CHECKS, "R12,warning,records,案件无结案日期,Case without a closing date");
		this.jobs.write("checks/R12.sql", "SELECT 'case' AS source, c.case_no AS record_key FROM case_record c");
		assertFails("jobs/checks/checks.csv line 13: R12 has 0 messages in jobs/checks/messages.csv; expected exactly "
				+ "one, the one its query's findings are worded with");
	}

	@Test
	void aMessageOfAnUnknownCheck() throws Exception {
		this.jobs.append(MESSAGES, "case_not_closed,R12,,案件 {0} 没有结案日期,Case {0} has no closing date");
		assertFails("jobs/checks/messages.csv line 16, column 'check_id': unknown check 'R12'; jobs/checks/checks.csv "
				+ "declares [R1, R2, R3, R4, R5, R6, R7, R8, R9, R10, R11]");
	}

	@Test
	void anUnknownPlaceholder() throws Exception {
		this.jobs.replace(MESSAGES, "（{1,source}）", "（{1,sorce}）");
		assertFails("jobs/checks/messages.csv line 12, column 'message_zh': unknown placeholder {1,sorce}; "
				+ "placeholders are {n}, {n,field}, {n,source}, {n,value,m} and {n,choices}, n the argument (0: the key)");
	}

	@Test
	void aPlaceholderBeyondTheColumnsOfTheQuery() throws Exception {
		this.jobs.replace("checks/R9.sql", "c.certificate_code, c.stat_year", "c.certificate_code");
		assertFails("jobs/checks/messages.csv line 11: unknown placeholder {2} in the message of R9; "
				+ "jobs/checks/R9.sql gives {0} record_key, {1} certificate_code");
	}

	@Test
	void aQueryWithoutSourceAndKey() throws Exception {
		this.jobs.replace("checks/R5.sql", "p.application_no AS record_key", "p.application_no");
		assertFails("jobs/checks/R5.sql: selects [source, application_no]; expected source, record_key, then the "
				+ "arguments {1}, {2} … of the check's message");
	}

	@Test
	void aQueryTheStoreCannotRun() throws Exception {
		this.jobs.replace("checks/R6.sql", "r.case_no IS NOT NULL", "r.case_number IS NOT NULL");
		assertThatThrownBy(() -> checks(this.folder)).isInstanceOf(IllegalStateException.class)
			.hasMessageStartingWith("jobs/checks/R6.sql: ")
			.hasMessageContaining("CASE_NUMBER");
	}

	@Test
	void aCheckDeclaredTwice() throws Exception {
		this.jobs.append(CHECKS, "R3,warning,duplicates,不属于统计年度的记录,Records outside the year");
		assertFails("jobs/checks/checks.csv line 13, column 'check_id': R3 is declared on line 4 already");
	}

	@Test
	void anUnknownSeverity() throws Exception {
		this.jobs.replace(MESSAGES, "explanation_not_needed,R11,info", "explanation_not_needed,R11,notice");
		assertFails("jobs/checks/messages.csv line 14, column 'severity': 'notice' is not one of [info, warning, "
				+ "error]");
	}

	@Test
	void anUnknownPhase() throws Exception {
		this.jobs.replace(CHECKS, "R11,warning,changes", "R11,warning,change");
		assertFails("jobs/checks/checks.csv line 12, column 'phase': 'change' is not one of [duplicates, staged, "
				+ "records, changes]");
	}

	private void assertFails(String message) {
		assertThatThrownBy(() -> checks(this.folder)).isInstanceOf(IllegalStateException.class)
			.hasMessageStartingWith(message);
	}

	/** What the program builds that computes checks: each says which ones as it is built. */
	private static void startComputing(Path folder, ReconciliationChecks checks) throws Exception {
		JobsFiles files = new JobsFiles(folder);
		DataSource dataSource = store.getJdbcTemplate().getDataSource();
		DatabaseVendor vendor = new DatabaseVendor(dataSource);
		FindingRepository findings = new FindingRepository(store,
				new RowStream(dataSource, new DataSourceTransactionManager(dataSource)), vendor);
		new Reconciler(store, new SourceCatalog(files), findings, checks, vendor);
		new ChangeReview(new ChangeGate(files, new MetricCatalogue(files)), findings, checks);
	}

	private static ReconciliationChecks checks(Path folder) {
		return new ReconciliationChecks(new JobsFiles(folder), store);
	}

}
