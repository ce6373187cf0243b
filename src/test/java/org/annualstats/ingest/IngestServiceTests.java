package org.annualstats.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** One test per layout and spelling rule of the export contract, each on a real file. */
class IngestServiceTests {

	private static final SourceCatalog CATALOG = HeaderMatcherTests.CATALOG;

	private static final SourceSpec CASE = CATALOG.source("case");

	private static final ProblemFormat CHINESE = new ProblemFormat(CATALOG, Locale.CHINESE);

	private static final ProblemFormat ENGLISH = new ProblemFormat(CATALOG, Locale.ENGLISH);

	@TempDir
	Path root;

	private final FolderIngest lenient = new FolderIngest(CATALOG, 1.0);

	private final FolderIngest strict = new FolderIngest(CATALOG, 0.05);

	private CollectingSink ingest(FolderIngest service, String source) {
		CollectingSink sink = new CollectingSink();
		service.ingest(source, this.root.resolve("2020").resolve(source), this.root, sink);
		return sink;
	}

	@Test
	void gbkCsvWithTitleRowsBlankRowAndTotalsRowInTenThousandsOfYuan() throws Exception {
		ExportFiles.text(this.root.resolve("2020/case/欠薪.csv"), Charset.forName("GBK"), """
				长治市劳动保障监察案件导出
				导出时间：2021-01-05 09:12

				案件编号,案件类别,立案日期,农民工人数,追回金额(万元)
				W1,调解处置,2020-03-05,12,"1,234.5678"
				W2,非立案处置,2020/4/1,3,0.0322
				合计,,,15,"1,234.60"
				""");
		CollectingSink sink = ingest(this.lenient, "case");
		assertThat(sink.records).hasSize(2);
		assertThat(sink.value(0, CASE, "category")).isEqualTo("WAGE_RESOLVED");
		assertThat((BigDecimal) sink.value(0, CASE, "amount_recovered")).isEqualByComparingTo("12345678");
		assertThat(sink.totals).extracting(ControlTotal::field, (t) -> t.declared().stripTrailingZeros().toPlainString(),
				(t) -> t.computed().stripTrailingZeros().toPlainString(), ControlTotal::agrees)
			.containsExactlyInAnyOrder(tuple("migrant_workers", "15", "15", true),
					tuple("amount_recovered", "12346000", "12346000", true));
	}

	@Test
	void detectsGbkEncodingAndReportsIt() throws Exception {
		ExportFiles.text(this.root.resolve("2020/case/a.csv"), Charset.forName("GBK"),
				"案号,案件类型,受理日期\nZ1,其他执法,2020-01-02\n");
		FileReport report = this.lenient.ingest("case", this.root.resolve("2020/case"), this.root, new CollectingSink())
			.get(0);
		assertThat(report.encoding()).isEqualTo("GB18030");
		assertThat(report.file()).isEqualTo("2020/case/a.csv");
		assertThat(report.headerRow()).isEqualTo(1);
	}

	@Test
	void readsUtf8WithBomTabDelimitedCrlf() throws Exception {
		ExportFiles.text(this.root.resolve("2020/case/other.txt"), StandardCharsets.UTF_8,
				"\uFEFF案件编号\t案件类别\t立案日期\r\nO1\t其他\t2020年6月1日\r\n");
		CollectingSink sink = new CollectingSink();
		FileReport report = this.lenient.ingest("case", this.root.resolve("2020/case"), this.root, sink).get(0);
		assertThat(report.encoding()).isEqualTo("UTF-8 (BOM)");
		assertThat(report.delimiter()).isEqualTo("tab");
		assertThat(sink.value(0, CASE, "opened_on")).isEqualTo(LocalDate.of(2020, 6, 1));
		assertThat(sink.value(0, CASE, "case_no")).isEqualTo("O1");
	}

	@Test
	void xlsxWithMergedTitleRowAndMixedDateSpellings() throws Exception {
		ExportFiles.workbook(this.root.resolve("2020/case/立案.xlsx"), "立案及应诉案件",
				List.of(List.of("案号", "案件类别", "立案日期", "结案日期", "涉及人数"),
						List.of("L1", "行政诉讼", LocalDate.of(2020, 3, 5), "2020年4月1日", 2),
						List.of("L2", "立案查处", "2020.3.5", "20200401", 3),
						List.of("L3", "WAGE_FILED", 43895, "2020-04-01 14:30", 4)));
		CollectingSink sink = ingest(this.lenient, "case");
		assertThat(sink.rejects).isEmpty();
		assertThat(sink.records).extracting((r) -> r.values()[CASE.columns().indexOf("opened_on")])
			.containsOnly(LocalDate.of(2020, 3, 5));
		assertThat(sink.records).extracting((r) -> r.values()[CASE.columns().indexOf("closed_on")])
			.containsOnly(LocalDate.of(2020, 4, 1));
		assertThat(sink.records).extracting((r) -> r.values()[CASE.columns().indexOf("workers")])
			.containsExactly(2L, 3L, 4L);
	}

	@Test
	void legacyXlsReadsTheFirstVisibleSheet() throws Exception {
		ExportFiles.workbook(this.root.resolve("2020/review/复议.xls"), "行政复议登记表",
				List.of(List.of("复议案号", "收到申请日期", "受理情况", "受理日期"),
						List.of("F1", LocalDate.of(2020, 5, 6), "予以受理", LocalDate.of(2020, 5, 8))),
				true);
		CollectingSink sink = new CollectingSink();
		FileReport report = this.lenient.ingest("review", this.root.resolve("2020/review"), this.root, sink).get(0);
		assertThat(report.sheet()).isEqualTo("数据");
		assertThat(report.headerRow()).isEqualTo(2);
		assertThat(sink.records).hasSize(1);
		assertThat(sink.value(0, CATALOG.source("review"), "acceptance")).isEqualTo("ACCEPTED");
	}

	@Test
	void xlsxSkipsHiddenSheets() throws Exception {
		ExportFiles.workbook(this.root.resolve("2020/commitment/c.xlsx"), null,
				List.of(List.of("承诺书编号", "证明事项编码", "承诺日期"), List.of("C1", "ZM-RS-001", "2020-07-01")), true);
		CollectingSink sink = new CollectingSink();
		FileReport report = this.lenient.ingest("commitment", this.root.resolve("2020/commitment"), this.root, sink)
			.get(0);
		assertThat(report.sheet()).isEqualTo("数据");
		assertThat(sink.records).hasSize(1);
	}

	@Test
	void blankRowsAreSkippedSilently() throws Exception {
		ExportFiles.utf8(this.root.resolve("2020/case/a.csv"), "案号,案件类别,立案日期", "", "A,其他,2020-01-02", ",,",
				"B,其他,2020-01-03");
		CollectingSink sink = ingest(this.strict, "case");
		assertThat(sink.records).hasSize(2);
		assertThat(sink.rejects).isEmpty();
	}

	@Test
	void everyTotalsLabelMarksATotalsRow() throws Exception {
		ExportFiles.utf8(this.root.resolve("2020/case/a.csv"), "案号,案件类别,立案日期,涉及人数",
				"A,立案查处,2020-01-02,2", "合 计,,,2", "总计,,,2", "小计,,,2", "TOTAL,,,3");
		CollectingSink sink = ingest(this.strict, "case");
		assertThat(sink.records).hasSize(1);
		assertThat(sink.totals).extracting(ControlTotal::agrees).containsExactly(true, true, true, false);
	}

	@Test
	void enumerationsMatchSynonymsCanonicalIdsAndBlankDefaults() throws Exception {
		ExportFiles.utf8(this.root.resolve("2020/review/a.csv"), "复议案号,收到申请日期,受理情况,受理日期,审理程序,复议决定",
				"R1,2020-01-02,已受理,2020-01-03,,驳回", "R2,2020-01-02,NOT_ACCEPTED,,简易程序,", "R3,2020-01-02,ｎｏｔ_ａｃｃｅｐｔｅｄ,,,");
		CollectingSink sink = ingest(this.strict, "review");
		SourceSpec review = CATALOG.source("review");
		assertThat(sink.records).extracting((r) -> r.values()[review.columns().indexOf("acceptance")])
			.containsExactly("ACCEPTED", "NOT_ACCEPTED", "NOT_ACCEPTED");
		assertThat(sink.value(0, review, "procedure")).isEqualTo("ORDINARY");
		assertThat(sink.value(1, review, "procedure")).isEqualTo("SIMPLE");
		assertThat(sink.value(0, review, "decision")).isEqualTo("DISMISSED");
	}

	@Test
	void promisedDaysInCalendarDaysWhenTheHeaderSaysSo() throws Exception {
		ExportFiles.utf8(this.root.resolve("2020/permit/a.csv"), "办件编号,事项编码,受理日期,承诺时限(天)",
				"P1,X,2020-01-02,10");
		ExportFiles.utf8(this.root.resolve("2020/permit/b.csv"), "办件编号,事项编码,受理日期,承诺办结时限",
				"P2,X,2020-01-02,10");
		CollectingSink sink = ingest(this.strict, "permit");
		SourceSpec permit = CATALOG.source("permit");
		assertThat(sink.value(0, permit, "promised_calendar_days")).isEqualTo(true);
		assertThat(sink.value(1, permit, "promised_calendar_days")).isEqualTo(false);
	}

	@Test
	void rejectsRowsWithTheFieldRawValueAndReason() throws Exception {
		ExportFiles.utf8(this.root.resolve("2020/case/bad.csv"), "案号,案件类别,立案日期,结案日期,涉及人数,追回金额",
				"OK1,立案查处,2020-01-02,,1,100", ",立案查处,2020-01-02,,1,100", "B2,罚款,2020-01-02,,1,100",
				"B3,立案查处,2020-02-30,,1,100", "B4,立案查处,2020-03-01,2020-02-01,1,100",
				"B5,立案查处,2020-03-01,,三人,100", "B6,立案查处,2020-03-01,,1,-500");
		CollectingSink sink = ingest(this.lenient, "case");
		assertThat(sink.records).hasSize(1);
		assertThat(sink.rejects).extracting(RejectedRow::file, RejectedRow::rowNo, RejectedRow::field, RejectedRow::value)
			.containsExactly(tuple("2020/case/bad.csv", 3L, "case_no", ""), tuple("2020/case/bad.csv", 4L, "category", "罚款"),
					tuple("2020/case/bad.csv", 5L, "opened_on", "2020-02-30"),
					tuple("2020/case/bad.csv", 6L, "closed_on", "2020-02-01"),
					tuple("2020/case/bad.csv", 7L, "workers", "三人"), tuple("2020/case/bad.csv", 8L, "amount_recovered", "-500"));
		// stored as codes with arguments, in words only when shown
		assertThat(sink.rejects).extracting(RejectedRow::reason)
			.containsExactly("required", "not_in_enum|case_category", "no_such_day|2020|2|30",
					"not_before|2020-02-01|opened_on|2020-03-01", "count_format", "negative");
		assertThat(sink.rejects).extracting(CHINESE::reason)
			.containsExactly("案件编号为必填项，不能为空", "案件类别应为 欠薪立案、欠薪非立案、行政诉讼、其他执法 之一，或同义词表中登记的其他写法",
					"立案日期不是真实的日期：2020 年 2 月没有 30 日", "结案日期 2020-02-01 早于立案日期 2020-03-01",
					"涉及人数不是整数，应写作 21 这样的整数", "追回金额不能为负数");
		assertThat(sink.rejects).extracting(ENGLISH::reason)
			.containsExactly("Case number is required but empty",
					"Case category must be one of Wage arrears case filed, Wage arrears resolved without filing, "
							+ "Administrative litigation, Other enforcement, or a synonym listed in jobs/sources/enums.csv",
					"Date opened is not a real date: month 2 of 2020 has no day 30",
					"Date closed 2020-02-01 is before Date opened 2020-03-01", "Workers involved is not a whole number such as 21",
					"Amount recovered must not be negative");
	}

	@Test
	void rejectsReviewsAcceptedWithoutDateOrClosedBeforeTheirStart() throws Exception {
		ExportFiles.utf8(this.root.resolve("2020/review/a.csv"), "复议案号,收到申请日期,受理情况,受理日期,结案日期",
				"R1,2020-05-01,受理,,", "R2,2020-05-01,受理,2020-05-06,2020-05-04", "R3,2020-05-01,不予受理,,2020-04-30",
				"R4,2020-05-01,受理,2020-04-30,");
		CollectingSink sink = ingest(this.lenient, "review");
		assertThat(sink.rejects).extracting(RejectedRow::rowNo, RejectedRow::field, CHINESE::reason)
			.containsExactly(tuple(2L, "accepted_on", "受理情况为“受理”时，受理日期不能为空"),
					tuple(3L, "closed_on", "结案日期 2020-05-04 早于受理日期 2020-05-06"),
					tuple(4L, "closed_on", "结案日期 2020-04-30 早于收到申请日期 2020-05-01"),
					tuple(5L, "accepted_on", "受理日期 2020-04-30 早于收到申请日期 2020-05-01"));
		assertThat(sink.rejects).extracting(ENGLISH::reason)
			.containsExactly("Date accepted is required when Acceptance is “Accepted”, but empty",
					"Date closed 2020-05-04 is before Date accepted 2020-05-06",
					"Date closed 2020-04-30 is before Date received 2020-05-01",
					"Date accepted 2020-04-30 is before Date received 2020-05-01");
	}

	@Test
	void rejectsPermitsAndCommitmentsEndingBeforeTheyStart() throws Exception {
		ExportFiles.utf8(this.root.resolve("2020/permit/a.csv"), "办件编号,事项编码,受理日期,办结日期",
				"P1,X,2020-05-02,2020-05-01");
		ExportFiles.utf8(this.root.resolve("2020/commitment/a.csv"), "承诺书编号,证明事项编码,承诺日期,核查日期",
				"C1,Z,2020-05-02,2020-05-01");
		assertThat(ingest(this.lenient, "permit").rejects).extracting(CHINESE::reason)
			.containsExactly("办结日期 2020-05-01 早于受理日期 2020-05-02");
		assertThat(ingest(this.lenient, "commitment").rejects).extracting(CHINESE::reason)
			.containsExactly("核查日期 2020-05-01 早于承诺日期 2020-05-02");
	}

	@Test
	void tooManyRejectsFailTheRunNamingTheFileAndTheFirstProblem() throws Exception {
		ExportFiles.utf8(this.root.resolve("2020/case/bad.csv"), "案号,案件类别,立案日期", "A,其他,2020-01-02",
				"B,其他,2020-13-02");
		assertThatThrownBy(() -> ingest(this.strict, "case")).isInstanceOf(InputException.class)
			.hasMessage("2020/case/bad.csv: 1 of 2 rows rejected (50.0 %), more than the allowed 5.0 % "
					+ "(annualstats.reject-threshold); first: row 3, field opened_on, value '2020-13-02': "
					+ "Date opened is not a real date: there is no month 13");
	}

	@Test
	void aMissingRequiredColumnFailsNamingTheFieldAndTheHeadersFound() throws Exception {
		ExportFiles.utf8(this.root.resolve("2020/case/a.csv"), "标题", "案号,立案日期,备注", "A,2020-01-02,x");
		assertThatThrownBy(() -> ingest(this.strict, "case")).isInstanceOf(InputException.class)
			.hasMessage("2020/case/a.csv: no header row within the first 20 rows names every required field of "
					+ "source 'case'; missing: category (案件类别, 案件类型, category); headers found: 案号, 立案日期, 备注");
	}

	@Test
	void theSameValuesSpelledDifferentlyParseToTheSameValues() throws Exception {
		ExportFiles.utf8(this.root.resolve("2020/case/a.csv"), "案号,案件类别,立案日期,追回金额(万元),是否移送公安",
				"A,立案查处,2020/3/5,11.4,是");
		ExportFiles.utf8(this.root.resolve("2020/case/b.csv"), "案件编号,案件类型,登记日期,追回工资(元),移送公安机关,县区",
				"A,WAGE_FILED,20200305,\"114,000.00\",Y,");
		ExportFiles.utf8(this.root.resolve("2020/case/c.csv"), "案件编号,案件类型,登记日期,追回工资(元)",
				"A,WAGE_FILED,20200305,114001");
		CollectingSink sink = ingest(this.strict, "case");
		assertThat(sink.records.get(0).values()).usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.containsExactly(sink.records.get(1).values());
		assertThat(sink.records.get(2).values()).usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.isNotEqualTo(sink.records.get(0).values());
		assertThat(sink.records).extracting(ParsedRecord::fileSeq).containsExactly(0, 1, 2);
	}

	@Test
	void readsFilesInNameOrderIgnoringHiddenLockAndOtherFiles() throws Exception {
		for (String name : new String[] { "b.csv", "a.xlsx.csv", ".hidden.csv", "~$lock.csv", "notes.pdf" }) {
			ExportFiles.utf8(this.root.resolve("2020/case").resolve(name), "案号,案件类别,立案日期", name + ",其他,2020-01-02");
		}
		assertThat(IngestService.exportFiles(this.root.resolve("2020/case"))).extracting((p) -> p.getFileName().toString())
			.containsExactly("a.xlsx.csv", "b.csv");
	}

	/** A file appended while it is read: its size and digest are those of the rows read, not of an earlier look. */
	@Test
	void sizeAndDigestDescribeTheBytesTheRowsCameFromWhenTheFileGrowsWhileRead() throws Exception {
		StringBuilder rows = new StringBuilder("案号,案件类别,立案日期\n");
		for (int i = 1; i <= 5000; i++) {
			rows.append("A").append(i).append(",立案查处,2020-01-02\n");
		}
		// longer than what the reader takes at once, so the row appended after the first reaches it
		Path file = ExportFiles.text(this.root.resolve("2020/case/growing.csv"), StandardCharsets.UTF_8, rows.toString());
		CollectingSink appending = new CollectingSink() {

			@Override
			public void accepted(ParsedRecord record) {
				super.accepted(record);
				if (this.records.size() == 1) {
					append(file, "B1,立案查处,2020-01-02\n");
				}
			}

		};
		FileReport report = this.strict.ingest("case", file.getParent(), this.root, appending).get(0);
		assertThat(appending.records).hasSize(5001);
		assertThat(report.rowsRead()).isEqualTo(5001);
		assertThat(report.size()).isEqualTo(Files.size(file));
		assertThat(report.sha256()).isEqualTo(sha256(Files.readAllBytes(file)));
	}

	/** A workbook is read from a copy digested as it is taken: a change after that reaches neither the rows nor the digest. */
	@Test
	void workbookChangedWhileReadIsDigestedAsItWasRead() throws Exception {
		Path file = ExportFiles.workbook(this.root.resolve("2020/case/立案.xlsx"), "立案",
				List.of(List.of("案号", "案件类别", "立案日期"), List.of("L1", "行政诉讼", "2020-03-05"),
						List.of("L2", "行政诉讼", "2020-03-06")));
		byte[] original = Files.readAllBytes(file);
		CollectingSink overwriting = new CollectingSink() {

			@Override
			public void accepted(ParsedRecord record) {
				super.accepted(record);
				append(file, "garbage");
			}

		};
		FileReport report = this.strict.ingest("case", file.getParent(), this.root, overwriting).get(0);
		assertThat(overwriting.records).hasSize(2);
		assertThat(report.size()).isEqualTo(original.length);
		assertThat(report.sha256()).isEqualTo(sha256(original));
	}

	private static void append(Path file, String text) {
		try {
			Files.writeString(file, text, StandardOpenOption.APPEND);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
