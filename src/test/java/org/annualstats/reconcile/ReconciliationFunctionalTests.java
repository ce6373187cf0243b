package org.annualstats.reconcile;

import java.nio.file.Path;
import java.util.List;
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
import static org.assertj.core.api.Assertions.tuple;

/** Duplicates, conflicts and out-of-period records end to end, on every store. */
class ReconciliationFunctionalTests {

	@TempDir
	Path root;


	@ParameterizedTest
	@MethodSource("org.annualstats.support.TestStore#available")
	void duplicatesMergeConflictsTakeTheLastFileAndOutOfPeriodRecordsAreExcluded(Function<Path, TestStore> store)
			throws Exception {
		MinimalInputs.write(this.root, 2020, "case", "a-january.csv", "案件编号,案件类别,立案日期,追回金额(万元)",
				"W1,立案查处,2020-01-05,1.5", "W2,立案查处,2020-01-06,2", "W3,立案查处,2020-01-07,3",
				"OLD,立案查处,2019-12-30,9");
		MinimalInputs.write(this.root, 2020, "case", "b-february.csv", "案号,案件类型,受理日期,追回工资(元)",
				// W1 again, same values spelled differently: one record (R1)
				"W1,WAGE_FILED,2020/1/5,\"15,000\"",
				// W2 with a different amount: conflict (R2), this later file wins
				"W2,WAGE_FILED,2020/1/6,25000", "W4,WAGE_FILED,2020/2/1,1000");
		MinimalInputs.fillIn(this.root, 2020);
		Path out = this.root.resolve("out");
		try (TestStore testStore = store.apply(this.root.resolve("data"))) {
			int exit = Cli.run(testStore, "run", "--year", "2020", "--input", this.root.toString(), "--output",
					out.toString());
			assertThat(exit).isZero();
		}
		Map<String, CSVRecord> metrics = Cli.metrics(out.resolve("2020"));
		assertThat(Cli.value(metrics, "inspection.filed.cases")).isEqualTo("4");
		// 15000 + 25000 (W2 from the later file) + 30000 + 1000
		assertThat(Cli.value(metrics, "inspection.filed.recovered_yuan")).isEqualTo("71000.00");
		List<CSVRecord> findings = Cli.csv(out.resolve("2020/reconciliation.csv"));
		assertThat(findings).extracting((r) -> r.get("check_id"), (r) -> r.get("severity"), (r) -> r.get("source"),
				(r) -> r.get("key"))
			.containsExactly(tuple("R1", "info", "case", "W1"), tuple("R2", "warning", "case", "W2"),
					tuple("R3", "warning", "case", "OLD"));
		assertThat(findings.get(2).get("message")).isEqualTo("编号 OLD 的立案日期为 2019-12-30，不在 2020 年度内，未计入本年数字");
	}

	/** Findings keep references from the input as they are, whatever characters they hold. */
	@ParameterizedTest
	@MethodSource("org.annualstats.support.TestStore#available")
	void referencesInFindingsAreVerbatim(Function<Path, TestStore> store) throws Exception {
		MinimalInputs.write(this.root, 2020, "case", "cases.csv", "案件编号,案件类别,立案日期,关联复议案号",
				"C1,立案查处,2020-03-02,F|4\\04");
		MinimalInputs.write(this.root, 2020, "review", "reviews.csv", "复议案号,收到申请日期,受理情况,受理日期,原行政行为案件编号",
				"F1,2020-04-01,受理,2020-04-02,C|4\\04");
		MinimalInputs.write(this.root, 2020, "commitment", "commitments.csv", "承诺书编号,证明事项编码,承诺日期,关联办件编号",
				"K1,ZM|9\\99,2020-05-01,P|4\\04");
		MinimalInputs.fillIn(this.root, 2020);
		Path out = this.root.resolve("out");
		try (TestStore testStore = store.apply(this.root.resolve("data"))) {
			assertThat(Cli.run(testStore, "run", "--year", "2020", "--input", this.root.toString(), "--output",
					out.toString())).isZero();
		}
		assertThat(Cli.csv(out.resolve("2020/reconciliation.csv"))).extracting((r) -> r.get("check_id"),
				(r) -> r.get("message"))
			.containsExactly(tuple("R4", "告知承诺 K1 关联的办件 P|4\\04 在本年及上年的审批记录中不存在"),
					tuple("R6", "复议 F1 关联的原行政行为案件 C|4\\04 在案件记录中不存在"),
					tuple("R7", "案件 C1 关联的复议案 F|4\\04 在复议记录中不存在"),
					tuple("R9", "告知承诺 K1 的证明事项编码 ZM|9\\99 不在 2020 年证明事项目录中"));
	}

}
