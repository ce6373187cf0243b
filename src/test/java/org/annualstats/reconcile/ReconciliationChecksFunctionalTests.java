package org.annualstats.reconcile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.annualstats.operate.ExitCode;
import org.annualstats.support.Cli;
import org.annualstats.support.MinimalInputs;
import org.annualstats.support.TestStore;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Each reconciliation check triggered on its own, from an input set that is otherwise
 * clean: the finding (id, severity, key, message) and what it does to the run.
 */
class ReconciliationChecksFunctionalTests {

	@TempDir
	Path root;

	private Path out;

	@BeforeEach
	void cleanInputs() throws Exception {
		this.out = this.root.resolve("out");
		MinimalInputs.write(this.root, 2020, "case", "cases.csv", "案件编号,案件类别,立案日期,涉及人数,关联复议案号",
				"C1,立案查处,2020-03-02,5,F1", "C2,立案查处,2020-03-03,4,", "合计,,,9,");
		MinimalInputs.write(this.root, 2020, "review", "reviews.csv", "复议案号,收到申请日期,受理情况,受理日期,原行政行为案件编号",
				"F1,2020-04-01,受理,2020-04-02,C1");
		MinimalInputs.write(this.root, 2020, "permit", "permits.csv", "办件编号,事项编码,受理日期,是否告知承诺",
				"P1,RS-XK-001,2020-05-01,是", "P2,RS-XK-001,2020-05-02,否");
		MinimalInputs.write(this.root, 2020, "commitment", "commitments.csv", "承诺书编号,证明事项编码,承诺日期,关联办件编号",
				"K1,ZM-RS-001,2020-05-01,P1");
	}

	@Test
	void aCleanInputSetHasNoFindings() throws Exception {
		assertThat(run()).isEqualTo(ExitCode.PUBLISHED.code());
		assertThat(findings()).isEmpty();
	}

	@Test
	void r4CommitmentWhosePermitIsMissing() throws Exception {
		append("commitment", "commitments.csv", "K2,ZM-RS-001,2020-05-03,P404");
		assertThat(run()).isEqualTo(ExitCode.PUBLISHED.code());
		assertOnly("R4", "warning", "commitment", "K2", "P404");
	}

	@Test
	void r5PermitFlaggedAsCommitmentThatNoCommitmentReferences() throws Exception {
		append("permit", "permits.csv", "P3,RS-XK-001,2020-05-03,是");
		assertThat(run()).isEqualTo(ExitCode.PUBLISHED.code());
		assertOnly("R5", "warning", "permit", "P3", "P3");
	}

	@Test
	void r6ReviewPointingToAMissingCase() throws Exception {
		append("review", "reviews.csv", "F2,2020-04-03,受理,2020-04-04,C404");
		assertThat(run()).isEqualTo(ExitCode.PUBLISHED.code());
		assertOnly("R6", "warning", "review", "F2", "C404");
	}

	@Test
	void r7CasePointingToAMissingReview() throws Exception {
		MinimalInputs.write(this.root, 2020, "case", "more-cases.csv", "案件编号,案件类别,立案日期,关联复议案号",
				"C3,行政诉讼,2020-06-01,F404");
		assertThat(run()).isEqualTo(ExitCode.PUBLISHED.code());
		assertOnly("R7", "warning", "case", "C3", "F404");
	}

	@Test
	void r9CertificateOutsideTheCatalogue() throws Exception {
		append("permit", "permits.csv", "P3,RS-XK-001,2020-05-03,是");
		append("commitment", "commitments.csv", "K2,ZM-XX-999,2020-05-03,P3");
		assertThat(run()).isEqualTo(ExitCode.PUBLISHED.code());
		assertOnly("R9", "warning", "commitment", "K2", "ZM-XX-999");
	}

	@Test
	void r8TotalsRowThatDisagreesIsAnErrorThatPublishesNothingAndKeepsThePreviousOutputs() throws Exception {
		assertThat(run()).isEqualTo(ExitCode.PUBLISHED.code());
		byte[] metrics = Files.readAllBytes(this.out.resolve("2020/metrics.csv"));
		byte[] workbook = Files.readAllBytes(this.out.resolve("2020/statistical-appendix-2020.xlsx"));
		MinimalInputs.write(this.root, 2020, "case", "cases.csv", "案件编号,案件类别,立案日期,涉及人数",
				"C1,立案查处,2020-03-02,5", "C2,立案查处,2020-03-03,4", "C5,立案查处,2020-03-04,1", "合计,,,9");

		assertThat(run()).isEqualTo(ExitCode.RECONCILIATION_ERRORS.code());
		assertThat(this.out.resolve("2020/metrics.csv")).hasBinaryContent(metrics);
		assertThat(this.out.resolve("2020/statistical-appendix-2020.xlsx")).hasBinaryContent(workbook);
		try (var files = Files.list(this.out)) {
			assertThat(files.map((p) -> p.getFileName().toString())).containsExactly("2020");
		}
	}

	@Test
	void r8IsOnlyAWarningWhenTheFileAlsoHadRejectedRows() throws Exception {
		StringBuilder rows = new StringBuilder("案件编号,案件类别,立案日期,涉及人数");
		for (int i = 1; i <= 20; i++) {
			rows.append("\nC").append(i).append(",其他执法,2020-03-02,1");
		}
		rows.append("\nBAD,其他执法,2020-02-30,5\n合计,,,25");
		MinimalInputs.write(this.root, 2020, "case", "cases.csv", rows.toString());
		MinimalInputs.write(this.root, 2020, "review", "reviews.csv", "复议案号,收到申请日期,受理情况", "F1,2020-04-01,不予受理");
		assertThat(run()).isEqualTo(ExitCode.PUBLISHED.code());
		List<CSVRecord> findings = findings();
		assertThat(findings).extracting((r) -> r.get("check_id"), (r) -> r.get("severity"), (r) -> r.get("key"))
			.containsExactly(tuple("R8", "warning", "2020/case/cases.csv#23:workers"));
		assertThat(findings.get(0).get("message")).contains("25").contains("20").contains("被拒绝");
	}

	@Test
	void r10MissingSourceFolderIsAnError() throws Exception {
		deleteRecursively(this.root.resolve("2020/review"));
		assertThat(run()).isEqualTo(ExitCode.RECONCILIATION_ERRORS.code());
		assertThat(this.out.resolve("2020")).doesNotExist();
		// the operator reads the first errors in English
		assertThat(TestStore.h2(this.root.resolve("data")).count("SELECT COUNT(*) FROM stats_run WHERE message = "
				+ "'1 reconciliation error(s), nothing published: R10 Folder 2020/review/ is missing or holds no export "
				+ "files (Administrative reconsideration) (rerun with --allow-reconciliation-errors to publish anyway)'"))
			.isEqualTo(1);
	}

	@Test
	void anOperatorMayPublishDespiteErrorsAndTheCoverSaysSo() throws Exception {
		deleteRecursively(this.root.resolve("2020/review"));
		// without reviews, C1's link to F1 would be an R7 finding too
		MinimalInputs.write(this.root, 2020, "case", "cases.csv", "案件编号,案件类别,立案日期", "C1,立案查处,2020-03-02");
		int exit = Cli.run(TestStore.h2(this.root.resolve("data")), "run", "--year", "2020", "--input",
				this.root.toString(), "--output", this.out.toString(), "--allow-reconciliation-errors");
		assertThat(exit).isEqualTo(ExitCode.PUBLISHED.code());
		assertOnly("R10", "error", "review", "2020/review", "2020/review/");
		JsonNode runJson = JsonMapper.builder().build().readTree(this.out.resolve("2020/run.json").toFile());
		assertThat(runJson.get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(runJson.get("reconciled").asBoolean()).isFalse();
		try (XSSFWorkbook workbook = new XSSFWorkbook(OPCPackage.open(
				this.out.resolve("2020/statistical-appendix-2020.xlsx").toFile(), PackageAccess.READ))) {
			List<String> cover = new ArrayList<>();
			workbook.getSheet("封面").forEach((row) -> row.forEach((cell) -> cover.add(cell.getStringCellValue())));
			assertThat(cover).contains("数据核对：数据未通过核对：存在错误，经操作员允许后发布，数字须谨慎使用");
		}
	}

	private int run() {
		return Cli.run(TestStore.h2(this.root.resolve("data")), "run", "--year", "2020", "--input", this.root.toString(),
				"--output", this.out.toString());
	}

	private List<CSVRecord> findings() throws Exception {
		return Cli.csv(this.out.resolve("2020/reconciliation.csv"));
	}

	private void assertOnly(String check, String severity, String source, String key, String inMessage)
			throws Exception {
		List<CSVRecord> findings = findings();
		assertThat(findings).extracting((r) -> r.get("check_id"), (r) -> r.get("severity"), (r) -> r.get("source"),
				(r) -> r.get("key"))
			.containsExactly(tuple(check, severity, source, key));
		assertThat(findings.get(0).get("message")).contains(inMessage);
	}

	private void append(String source, String file, String line) throws Exception {
		Files.writeString(this.root.resolve("2020").resolve(source).resolve(file), line + "\n",
				java.nio.file.StandardOpenOption.APPEND);
	}

	private static void deleteRecursively(Path folder) throws Exception {
		try (var paths = Files.walk(folder)) {
			for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
