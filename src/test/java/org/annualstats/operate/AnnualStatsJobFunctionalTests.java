package org.annualstats.operate;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.annualstats.support.Cli;
import org.annualstats.support.TestStore;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The annual statistics job on {@code input-samples/}: the figures of the 2020 report, the year
 * over year columns against 2019, rejects, findings, provenance and the headline workbook.
 */
class AnnualStatsJobFunctionalTests {

	private static final Path SAMPLES = Path.of("input-samples");

	@TempDir
	Path work;


	@ParameterizedTest
	@MethodSource("org.annualstats.support.TestStore#available")
	void reproducesTheSeedReportFrom2020Exports(Function<Path, TestStore> store) throws Exception {
		Path out = this.work.resolve("out");
		Path rerun = this.work.resolve("rerun");
		try (TestStore testStore = store.apply(this.work.resolve("data"))) {
			// given the exports of 2019 and 2020, and an empty store
			// when 2020 is run (2019 is ingested first), then run again into another folder
			assertThat(run(testStore, out)).isEqualTo(ExitCode.PUBLISHED.code());
			assertThat(run(testStore, rerun)).isEqualTo(ExitCode.PUBLISHED.code());
			// 2019 once, 2020 twice, all in this test's own store
			assertThat(testStore.runsRecorded()).isEqualTo(3);
		}
		Path year = out.resolve("2020");
		assertThat(year).isDirectoryContaining("glob:**/metrics.csv")
			.isDirectoryContaining("glob:**/statistical-appendix-2020.xlsx");
		assertSeedFigures(Cli.metrics(year));
		assertYearOverYear(Cli.metrics(year));
		assertLabels(Cli.metrics(year));
		// the columns scripts read by position stay first; the explaining ones follow
		assertThat(Files.readAllLines(year.resolve("metrics.csv")).get(0)).isEqualTo("\uFEFFyear,metric_id,dimension,"
				+ "member,value,previous_value,change,change_ratio,note,label,unit,member_label");
		assertThat(Files.readAllLines(year.resolve("rejects.csv")).get(0))
			.isEqualTo("\uFEFFsource,file,sheet,row,field,value,reason,key,column,raw_value");
		assertRejects(Cli.csv(year.resolve("rejects.csv")));
		assertFindings(Cli.csv(year.resolve("reconciliation.csv")));
		assertProvenance(year.resolve("run.json"));
		assertHeadlineWorkbook(year.resolve("statistical-appendix-2020.xlsx"));
		// the same inputs give byte-identical CSV outputs; the rerun took 2019 from the store
		for (String file : List.of("metrics.csv", "rejects.csv", "reconciliation.csv")) {
			assertThat(rerun.resolve("2020").resolve(file)).hasSameBinaryContentAs(year.resolve(file));
		}
		assertThat(rerun).isDirectoryNotContaining("glob:**/2019");
	}

	private static int run(TestStore store, Path out) {
		return Cli.run(store, "run", "--year", "2020", "--input", SAMPLES.toString(), "--output", out.toString());
	}

	private static void assertSeedFigures(Map<String, CSVRecord> metrics) {
		Map<String, String> expected = Map.ofEntries(Map.entry("commitment.cases", "1600"),
				Map.entry("commitment.catalogue_items", "19"), Map.entry("inspection.filed.cases", "4"),
				Map.entry("inspection.filed.workers", "21"), Map.entry("inspection.filed.recovered_yuan", "114000.00"),
				Map.entry("inspection.resolved.cases", "295"), Map.entry("inspection.resolved.migrant_workers", "3648"),
				Map.entry("inspection.resolved.recovered_yuan", "36780400.00"),
				Map.entry("inspection.published_major_violations", "6"),
				Map.entry("inspection.transferred_to_police", "6"), Map.entry("litigation.cases", "8"),
				Map.entry("litigation.closed", "5"), Map.entry("litigation.pending", "3"),
				Map.entry("litigation.counsel_represented", "8"), Map.entry("litigation.official_appeared", "8"),
				Map.entry("review.received", "12"), Map.entry("review.not_accepted", "1"),
				Map.entry("review.closed", "8"), Map.entry("review.pending", "3"),
				Map.entry("review.on_time_rate", "1.0000"), Map.entry("permit.applications", "4000"));
		expected.forEach((metric, value) -> assertThat(Cli.value(metrics, metric)).as(metric).isEqualTo(value));
		// breakdowns add up to their totals
		assertThat(sum(metrics, "commitment.cases.by_month")).isEqualTo(1600);
		assertThat(sum(metrics, "commitment.by_item")).isEqualTo(1600);
		assertThat(sum(metrics, "permit.by_item")).isEqualTo(4000);
		assertThat(sum(metrics, "review.by_decision")).isEqualTo(8);
		// every dated count has its monthly breakdown, adding up to the count
		for (String count : List.of("review.closed", "review.accepted", "litigation.closed", "permit.completed",
				"commitment.verified", "inspection.published_major_violations")) {
			assertThat(sum(metrics, count + ".by_month")).as(count)
				.isEqualTo(Long.parseLong(Cli.value(metrics, count)));
		}
		assertThat(metrics.keySet().stream().filter((k) -> k.startsWith("permit.applications.by_month|month|")))
			.hasSize(12);
	}

	private static void assertLabels(Map<String, CSVRecord> metrics) {
		CSVRecord closedInMarch = metrics.get("review.closed.by_month|month|03");
		assertThat(closedInMarch.get("label")).isEqualTo("结案（按月）");
		assertThat(closedInMarch.get("unit")).isEqualTo("件");
		assertThat(closedInMarch.get("member_label")).isEqualTo("3月");
		assertThat(metrics.get("review.closed||").get("member_label")).isEmpty();
		assertThat(metrics.get("commitment.by_item|item|ZM-RS-001").get("member_label")).isEqualTo("无犯罪记录证明（ZM-RS-001）");
	}

	private static void assertYearOverYear(Map<String, CSVRecord> metrics) {
		CSVRecord commitments = metrics.get("commitment.cases||");
		assertThat(commitments.get("previous_value")).isEqualTo("200");
		assertThat(commitments.get("change")).isEqualTo("1400");
		assertThat(commitments.get("change_ratio")).isEqualTo("7.0000");
		assertThat(commitments.get("note")).contains("2019年数据仅覆盖6–11月").contains("2020年覆盖1–12月");
		// months both years cover compare like for like; the others carry the note
		assertThat(metrics.get("commitment.cases.by_month|month|07").get("note")).isEmpty();
		assertThat(metrics.get("commitment.cases.by_month|month|01").get("note")).isNotEmpty();
		assertThat(metrics.get("commitment.cases.by_month|month|01").get("previous_value")).isEqualTo("0");
		// reference-data figures and sources covering whole years carry no note
		assertThat(metrics.get("commitment.catalogue_items||").get("note")).isEmpty();
		assertThat(metrics.get("inspection.resolved.cases||").get("note")).isEmpty();
		CSVRecord resolved = metrics.get("inspection.resolved.migrant_workers||");
		assertThat(Long.parseLong(resolved.get("value")) - Long.parseLong(resolved.get("previous_value")))
			.isEqualTo(Long.parseLong(resolved.get("change")));
	}

	private static void assertRejects(List<CSVRecord> rejects) {
		assertThat(rejects).extracting((r) -> r.get("source"), (r) -> r.get("row"), (r) -> r.get("field"))
			.containsExactly(tuple("case", "45", "opened_on"), tuple("case", "115", "amount_recovered"),
					tuple("case", "175", "category"), tuple("case", "235", "migrant_workers"),
					tuple("case", "285", "closed_on"), tuple("commitment", "502", "verified_on"),
					tuple("commitment", "1202", "certificate_code"), tuple("permit", "102", "completed_on"),
					tuple("permit", "102", "application_no"), tuple("permit", "102", "channel"));
		assertThat(rejects.get(0).get("file")).isEqualTo("2020/case/欠薪非立案处置2020.csv");
		assertThat(rejects.get(0).get("value")).isEqualTo("2020-02-30");
		assertThat(rejects.get(0).get("reason")).isEqualTo("立案日期不是真实的日期：2020 年 2 月没有 30 日");
		assertThat(rejects.get(5).get("sheet")).isNotEmpty();
		// the record's key, the file's own header and the cell as the file has it
		CSVRecord completed = rejects.get(7);
		assertThat(completed.get("key")).isEqualTo("BJ20209901");
		assertThat(completed.get("column")).isEqualTo("办结日期");
		assertThat(completed.get("value")).isEqualTo("2020-05-08");
		assertThat(completed.get("raw_value")).isEqualTo("2020年5月8日");
		assertThat(rejects.get(0).get("column")).isEqualTo("登记日期");
		assertThat(rejects.get(0).get("raw_value")).isEqualTo("2020-02-30");
		// a missing key is no key
		assertThat(rejects.get(8).get("key")).isEmpty();
		assertThat(rejects.get(8).get("column")).isEqualTo("办件编号");
	}

	private static void assertFindings(List<CSVRecord> findings) {
		assertThat(findings.stream().filter((f) -> f.get("check_id").equals("R1"))).hasSize(291)
			.allSatisfy((f) -> assertThat(f.get("source")).isEqualTo("permit"));
		assertThat(findings.stream().filter((f) -> !f.get("check_id").equals("R1")))
			.extracting((f) -> f.get("check_id"), (f) -> f.get("severity"), (f) -> f.get("key"))
			.containsExactly(tuple("R2", "warning", "BJ20200792"), tuple("R2", "warning", "BJ20201811"),
					tuple("R3", "warning", "ZJ2019-0298"), tuple("R3", "warning", "ZJ2019-0301"),
					tuple("R3", "warning", "BJ20210002"));
	}

	private static void assertProvenance(Path runJson) throws Exception {
		JsonNode run = JsonMapper.builder().build().readTree(runJson.toFile());
		assertThat(run.get("year").asInt()).isEqualTo(2020);
		assertThat(run.get("as_of").asString()).isEqualTo("2020-12-31");
		assertThat(run.get("findings_by_check").get("R1").asLong()).isEqualTo(291);
		assertThat(run.get("files")).hasSize(17);
		for (JsonNode file : run.get("files")) {
			assertThat(file.get("rows_read").asLong())
				.isEqualTo(file.get("rows_accepted").asLong() + file.get("rows_rejected").asLong());
			Path path = SAMPLES.resolve(file.get("path").asString());
			assertThat(file.get("size").asLong()).isEqualTo(Files.size(path));
			assertThat(file.get("sha256").asString()).isEqualTo(sha256(path));
		}
		// 291 identical repeats and 2 losing conflict rows were merged; one December permit is from 2021
		long duplicates = 0;
		for (JsonNode file : run.get("files")) {
			duplicates += file.get("rows_duplicate").asLong();
		}
		assertThat(duplicates).isEqualTo(293);
		assertThat(find(run.get("files"), "2020/permit/permit-2020-12.csv").get("rows_out_of_period").asLong())
			.isEqualTo(1);
		assertThat(find(run.get("files"), "2020/case/立案及应诉案件.xlsx").get("rows_out_of_period").asLong())
			.isEqualTo(2);
		assertThat(run.get("metrics")).anySatisfy((metric) -> {
			assertThat(metric.get("id").asString()).isEqualTo("commitment.cases");
			assertThat(metric.get("defined_by").asString()).isEqualTo("jobs/metrics/definitions.csv");
		});
		JsonNode gbk = find(run.get("files"), "2020/case/欠薪非立案处置2020.csv");
		assertThat(gbk.get("encoding").asString()).isEqualTo("GB18030");
		assertThat(gbk.get("header_row").asLong()).isGreaterThan(1);
	}

	private static void assertHeadlineWorkbook(Path file) throws Exception {
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			assertThat(workbook.getSheetName(0)).isEqualTo("封面");
			Sheet headline = workbook.getSheet("附表1 主要指标");
			Row commitments = rowLabelled(headline, "告知承诺制办件");
			assertThat(commitments.getCell(2).getNumericCellValue()).isEqualTo(1600);
			assertThat(commitments.getCell(3).getNumericCellValue()).isEqualTo(200);
			assertThat(commitments.getCell(5).getNumericCellValue()).isEqualTo(7.0);
			assertThat(commitments.getCell(5).getCellStyle().getDataFormatString()).contains("0.00%");
			String remark = commitments.getCell(6).getStringCellValue();
			assertThat(remark).startsWith("为上年的8倍；注");
			// the explanation recorded for the change, then the coverage of the two years
			String mark = remark.substring(remark.lastIndexOf('注'));
			assertThat(rowStartingWith(headline, mark + "：").getCell(0).getStringCellValue().replace("\n", ""))
				.contains("2019年数据仅覆盖6–11月");
			Row recovered = rowLabelled(headline, "非立案追回工资");
			assertThat(recovered.getCell(1).getStringCellValue()).isEqualTo("万元");
			assertThat(recovered.getCell(2).getNumericCellValue()).isEqualTo(3678.04);
			assertThat(recovered.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
			Row migrants = rowLabelled(headline, "非立案涉及农民工");
			assertThat(migrants.getCell(2).getNumericCellValue()).isEqualTo(3648);
			assertThat(migrants.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
		}
	}

	private static Row rowLabelled(Sheet sheet, String label) {
		return rowStartingWith(sheet, label, true);
	}

	private static Row rowStartingWith(Sheet sheet, String start) {
		return rowStartingWith(sheet, start, false);
	}

	private static Row rowStartingWith(Sheet sheet, String text, boolean whole) {
		for (Row row : sheet) {
			Cell cell = row.getCell(0);
			if (cell != null && cell.getCellType() == CellType.STRING
					&& (whole ? cell.getStringCellValue().equals(text) : cell.getStringCellValue().startsWith(text))) {
				return row;
			}
		}
		throw new AssertionError("no row labelled " + text + " on " + sheet.getSheetName());
	}

	private static long sum(Map<String, CSVRecord> metrics, String metricId) {
		return metrics.values()
			.stream()
			.filter((r) -> r.get("metric_id").equals(metricId))
			.mapToLong((r) -> Long.parseLong(r.get("value")))
			.sum();
	}

	private static JsonNode find(JsonNode files, String path) {
		for (JsonNode file : files) {
			if (file.get("path").asString().equals(path)) {
				return file;
			}
		}
		throw new AssertionError("run.json has no file " + path);
	}

	private static String sha256(Path file) throws Exception {
		try (InputStream in = Files.newInputStream(file)) {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
		}
	}

}
