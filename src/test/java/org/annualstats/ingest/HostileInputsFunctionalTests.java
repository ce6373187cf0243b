package org.annualstats.ingest;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import org.annualstats.cli.AnnualStatsCommand;
import org.annualstats.operate.ExitCode;
import org.annualstats.support.Cli;
import org.annualstats.support.MinimalInputs;
import org.annualstats.support.TestStore;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Export files as broken source systems and careless hands produce them: each
 * either is read as the contract says or fails the run with one line that names the file and says
 * what is wrong — and a failed run never touches the year's published outputs. The small files are
 * committed under {@code hostile/} (see {@link HostileFilesWriter}); the large ones are written here.
 */
class HostileInputsFunctionalTests {

	private static final String CORPUS = "/org/annualstats/ingest/hostile/";

	private static final String CASE_HEADER = "案件编号,案件类别,立案日期";

	/** Good rows written next to a bad one, so one reject stays under the 5 % threshold. */
	private static final int GOOD_ROWS = 40;

	@TempDir
	Path temp;

	private Path root;

	private Path out;

	@BeforeEach
	void roots() {
		this.root = this.temp.resolve("in");
		this.out = this.temp.resolve("out");
	}

	@Test
	void emptyFileFailsNamingTheFile() throws Exception {
		Files.createFile(caseFolder().resolve("empty.csv"));
		Outcome outcome = run();
		assertThat(outcome.exit()).isEqualTo(ExitCode.FAILED.code());
		assertThat(outcome.failure()).contains("2020/case/empty.csv").contains("empty");
	}

	@Test
	void theFailureIsOneLineOnStandardError() throws Exception {
		Files.createFile(caseFolder().resolve("empty.csv"));
		Outcome outcome = run();
		assertThat(outcome.exit()).isEqualTo(ExitCode.FAILED.code());
		// operators and schedulers read the reason from stderr; stdout is for results
		assertThat(outcome.stderr().lines().filter((l) -> l.startsWith("FAILED: ")))
			.as("stderr: %s%nstdout: %s", outcome.stderr(), outcome.stdout())
			.singleElement()
			.asString()
			.contains("2020/case/empty.csv");
	}

	@Test
	void headerOnlyIsAValidExportWithNoRecords() throws Exception {
		MinimalInputs.write(this.root, 2020, "case", "cases.csv", CASE_HEADER);
		assertThat(run().exit()).isEqualTo(ExitCode.PUBLISHED.code());
		assertThat(Cli.value(metrics(), "inspection.filed.cases")).isEqualTo("0");
	}

	@Test
	void missingRequiredColumnFailsNamingTheFieldAndTheHeadersFound() throws Exception {
		MinimalInputs.write(this.root, 2020, "case", "cases.csv", "案件编号,立案日期,涉及人数", "C1,2020-03-02,5");
		Outcome outcome = run();
		assertThat(outcome.exit()).isEqualTo(ExitCode.FAILED.code());
		assertThat(outcome.failure()).contains("2020/case/cases.csv")
			.contains("category")
			.contains("案件编号")
			.contains("立案日期")
			.contains("涉及人数");
	}

	/** Files that are not what their name says, or are broken: the reader's own error must not leak as a trace. */
	@ParameterizedTest
	@ValueSource(strings = { "binary.csv", "html-error-page.xls", "truncated.xlsx", "corrupted.xlsx", "zip-bomb.xlsx" })
	void unreadableFileFailsSayingItCannotBeRead(String name) throws Exception {
		copy(name, caseFolder());
		Outcome outcome = run();
		assertThat(outcome.exit()).isEqualTo(ExitCode.FAILED.code());
		assertThat(outcome.failure()).contains("2020/case/" + name).contains("cannot be read");
		assertNoStackTrace(outcome);
	}

	@Test
	void utf16LittleEndianWithByteOrderMarkIsRead() throws Exception {
		copy("utf16le-bom.csv", caseFolder());
		assertThat(run().exit()).isEqualTo(ExitCode.PUBLISHED.code());
		assertThat(Cli.value(metrics(), "inspection.filed.cases")).isEqualTo("3");
	}

	@Test
	void unbalancedQuoteFailsNamingTheFileAndTheLine() throws Exception {
		copy("unbalanced-quote.csv", caseFolder());
		Outcome outcome = run();
		assertThat(outcome.exit()).isEqualTo(ExitCode.FAILED.code());
		assertThat(outcome.failure()).contains("2020/case/unbalanced-quote.csv").containsPattern("(?i)(line|row) ?\\d+");
		assertNoStackTrace(outcome);
	}

	@Test
	void oneMegabyteTextFieldRejectsOnlyItsRow() throws Exception {
		Path file = caseFolder().resolve("employers.csv");
		try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			writer.write(CASE_HEADER + ",用人单位\n");
			for (int i = 1; i <= GOOD_ROWS; i++) {
				writer.write("C" + i + ",立案查处,2020-03-02,某公司\n");
			}
			writer.write("HUGE,立案查处,2020-03-02," + "某".repeat(1024 * 1024) + "\n");
		}
		assertThat(run().exit()).isEqualTo(ExitCode.PUBLISHED.code());
		List<CSVRecord> rejects = rejects();
		assertThat(rejects).extracting((r) -> r.get("row"), (r) -> r.get("field")).containsExactly(tuple("42", "employer"));
		assertThat(rejects.get(0).get("reason")).isEqualTo("用人单位超过 200 个字符（本值 1048576 个字符）");
		assertThat(Cli.value(metrics(), "inspection.filed.cases")).isEqualTo(String.valueOf(GOOD_ROWS));
	}

	@Test
	void rowLongerThanSixteenMegabytesFailsTheRun() throws Exception {
		writeEndlessQuote(caseFolder().resolve("endless.csv"));
		Outcome outcome = run();
		assertThat(outcome.exit()).isEqualTo(ExitCode.FAILED.code());
		assertThat(outcome.failure()).contains("2020/case/endless.csv").containsPattern("row.*(too long|longer than)");
		assertNoStackTrace(outcome);
	}

	@Test
	void fiveThousandColumnsAreRead() throws Exception {
		Path file = caseFolder().resolve("wide.csv");
		try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			StringBuilder header = new StringBuilder(CASE_HEADER);
			for (int c = 1; c <= 4997; c++) {
				header.append(",附加列").append(c);
			}
			writer.write(header + "\n");
			for (int i = 1; i <= 3; i++) {
				writer.write("W" + i + ",立案查处,2020-03-0" + i + ",x".repeat(4997) + "\n");
			}
		}
		assertThat(run().exit()).isEqualTo(ExitCode.PUBLISHED.code());
		assertThat(Cli.value(metrics(), "inspection.filed.cases")).isEqualTo("3");
	}

	/** Excel writes #N/A and #DIV/0! as error cells; formula cells carry the value Excel computed last. */
	@Test
	void excelErrorCellsAreRejectedAndFormulaCellsGiveTheirCachedValues() throws Exception {
		copy("excel-errors.xlsx", caseFolder());
		assertThat(run().exit()).isEqualTo(ExitCode.PUBLISHED.code());
		List<CSVRecord> rejects = rejects();
		assertThat(rejects).extracting((r) -> r.get("row"), (r) -> r.get("field"))
			.containsExactly(tuple("44", "opened_on"), tuple("45", "workers"));
		assertThat(rejects).extracting((r) -> r.get("reason"))
			.containsExactly("立案日期不是可识别的日期，应写作 2020-03-05、2020/3/5、2020.3.5、20200305 或 2020年3月5日",
					"涉及人数不是整数，应写作 21 这样的整数");
		// 40 rows of 1 worker, then the formulas 2*3 and SUM(D2:D3)
		Map<String, CSVRecord> metrics = metrics();
		assertThat(Cli.value(metrics, "inspection.filed.cases")).isEqualTo("42");
		assertThat(Cli.value(metrics, "inspection.filed.workers")).isEqualTo("48");
	}

	@Test
	void hiddenFirstSheetIsSkipped() throws Exception {
		copy("hidden-first-sheet.xlsx", caseFolder());
		assertThat(run().exit()).isEqualTo(ExitCode.PUBLISHED.code());
		Map<String, CSVRecord> metrics = metrics();
		assertThat(Cli.value(metrics, "inspection.filed.cases")).isEqualTo("3");
		assertThat(Cli.value(metrics, "inspection.filed.workers")).isEqualTo("6");
	}

	/**
	 * A run reads cells, not their formatting: a category merged down over rows 12–14 is a value in
	 * row 12 only, so rows 13 and 14 lack a required field.
	 */
	@Test
	void mergedCellsLeaveTheCoveredRowsEmpty() throws Exception {
		copy("merged-cells.xlsx", caseFolder());
		assertThat(run().exit()).isEqualTo(ExitCode.PUBLISHED.code());
		assertThat(rejects()).extracting((r) -> r.get("row"), (r) -> r.get("field"), (r) -> r.get("reason"))
			.containsExactly(tuple("13", "category", "案件类别为必填项，不能为空"),
					tuple("14", "category", "案件类别为必填项，不能为空"));
		assertThat(Cli.value(metrics(), "inspection.filed.cases")).isEqualTo("43");
	}

	@Test
	void impossibleDatesAndAmountsAreRejected() throws Exception {
		copy("impossible-values.csv", caseFolder());
		assertThat(run().exit()).isEqualTo(ExitCode.PUBLISHED.code());
		List<CSVRecord> rejects = rejects();
		// a spreadsheet would compute --5 as a formula: rejects.csv keeps it text
		assertThat(rejects).extracting((r) -> r.get("row"), (r) -> r.get("field"), (r) -> r.get("value"))
			.containsExactly(tuple("102", "opened_on", "2020-02-30"), tuple("103", "amount_recovered", "1e309"),
					tuple("104", "amount_recovered", "NaN"), tuple("105", "amount_recovered", "'--5"));
		assertThat(rejects).extracting((r) -> r.get("reason"))
			.containsExactly("立案日期不是真实的日期：2020 年 2 月没有 30 日", "追回金额不是金额，应写作 1234.56 或 ￥1,234.56 这样的金额",
					"追回金额不是金额，应写作 1234.56 或 ￥1,234.56 这样的金额", "追回金额不是金额，应写作 1234.56 或 ￥1,234.56 这样的金额");
		assertThat(Cli.value(metrics(), "inspection.filed.cases")).isEqualTo("100");
	}

	@Test
	void thousandsSeparatorsAreReadOnlyInGroupsOfThree() throws Exception {
		copy("thousands-separators.csv", caseFolder());
		assertThat(run().exit()).isEqualTo(ExitCode.PUBLISHED.code());
		List<CSVRecord> rejects = rejects();
		assertThat(rejects).extracting((r) -> r.get("row"), (r) -> r.get("field"), (r) -> r.get("value"))
			.containsExactly(tuple("104", "amount_recovered", "1.234,5"), tuple("105", "workers", "1,2,3,4"),
					tuple("106", "workers", "2,,,0"), tuple("107", "amount_recovered", "1,5"));
		assertThat(rejects).extracting((r) -> r.get("reason"))
			.containsExactly("追回金额的逗号不是千位分隔符：千位分隔符应三位一组，如 1,234 或 1,234,567.89",
					"涉及人数的逗号不是千位分隔符：千位分隔符应三位一组，如 1,234 或 1,234,567.89",
					"涉及人数的逗号不是千位分隔符：千位分隔符应三位一组，如 1,234 或 1,234,567.89",
					"追回金额的逗号不是千位分隔符：千位分隔符应三位一组，如 1,234 或 1,234,567.89");
		// 100 × 1,000 + 1,234,567 + 0 workers; 100 × ￥1,234.56 + 1,234,567.89 + 0 yuan
		Map<String, CSVRecord> metrics = metrics();
		assertThat(Cli.value(metrics, "inspection.filed.cases")).isEqualTo("102");
		assertThat(Cli.value(metrics, "inspection.filed.workers")).isEqualTo("1334567");
		assertThat(Cli.value(metrics, "inspection.filed.recovered_yuan")).isEqualTo("1358023.89");
	}

	/** Dates in date cells and bare serial numbers alike count days from the workbook's own day 0. */
	@ParameterizedTest
	@ValueSource(strings = { "date-1904.xlsx", "date-1904.xls" })
	void workbooksInThe1904DateSystemAreReadInIt(String name) throws Exception {
		copy(name, caseFolder());
		assertThat(run().exit()).isEqualTo(ExitCode.PUBLISHED.code());
		Map<String, CSVRecord> metrics = metrics();
		assertThat(Cli.value(metrics, "inspection.filed.cases")).isEqualTo("5");
		assertThat(metrics.get("inspection.filed.cases.by_month|month|04").get("value")).isEqualTo("3");
		assertThat(metrics.get("inspection.filed.cases.by_month|month|07").get("value")).isEqualTo("2");
	}

	@Test
	void twoColumnsForOneFieldFailNamingTheFileAndBothHeaders() throws Exception {
		copy("duplicate-column.csv", caseFolder());
		Outcome outcome = run();
		assertThat(outcome.exit()).isEqualTo(ExitCode.FAILED.code());
		assertThat(outcome.failure()).contains("2020/case/duplicate-column.csv")
			.contains("'结案日期' (column 4)")
			.contains("'办结日期' (column 5)")
			.contains("closed_on");
	}

	@Test
	void danglingSymbolicLinkFailsNamingIt() throws Exception {
		MinimalInputs.write(this.root, 2020, "case", "cases.csv", CASE_HEADER, "C1,立案查处,2020-03-02");
		Files.createSymbolicLink(caseFolder().resolve("gone.csv"), this.temp.resolve("deleted.csv"));
		Outcome outcome = run();
		assertThat(outcome.exit()).isEqualTo(ExitCode.FAILED.code());
		assertThat(outcome.failure()).contains("2020/case/gone.csv").contains("deleted.csv").contains("does not exist");
	}

	@Test
	void symbolicLinkToItselfFailsNamingIt() throws Exception {
		MinimalInputs.write(this.root, 2020, "case", "cases.csv", CASE_HEADER, "C1,立案查处,2020-03-02");
		Path loop = caseFolder().resolve("loop.csv");
		Files.createSymbolicLink(loop, loop);
		Outcome outcome = run();
		assertThat(outcome.exit()).isEqualTo(ExitCode.FAILED.code());
		assertThat(outcome.failure()).contains("2020/case/loop.csv").contains("cannot be read");
	}

	/** A named pipe is no file: reading it would wait for a writer forever. */
	@Test
	void namedPipeFailsNamingIt() throws Exception {
		MinimalInputs.write(this.root, 2020, "case", "cases.csv", CASE_HEADER, "C1,立案查处,2020-03-02");
		Path pipe = caseFolder().resolve("pipe.csv");
		Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
		assumeTrue(mkfifo.waitFor() == 0, "mkfifo is not available");
		Outcome outcome = run();
		assertThat(outcome.exit()).isEqualTo(ExitCode.FAILED.code());
		assertThat(outcome.failure()).contains("2020/case/pipe.csv").contains("not a regular file");
	}

	/** What neither store can hold is a rejected row saying what is allowed, not a failed run. */
	@ParameterizedTest
	@MethodSource("org.annualstats.support.TestStore#available")
	void valuesBeyondTheStoreAreRejectedNamingTheAllowedRange(Function<Path, TestStore> store) throws Exception {
		copy("beyond-range.csv", caseFolder());
		try (TestStore testStore = store.apply(this.temp.resolve("data"))) {
			Outcome outcome = run(testStore);
			assertThat(outcome.exit()).as(outcome.stdout() + outcome.stderr()).isEqualTo(ExitCode.PUBLISHED.code());
		}
		List<CSVRecord> rejects = rejects();
		assertThat(rejects).extracting((r) -> r.get("row"), (r) -> r.get("field"), (r) -> r.get("value"))
			.containsExactly(tuple("102", "workers", "100000000000000000000"),
					tuple("103", "amount_recovered", "10000000000000"), tuple("104", "opened_on", "0000-03-02"),
					tuple("105", "opened_on", "2020-03-02 99:99"));
		assertThat(rejects).extracting((r) -> r.get("reason"))
			.containsExactly("涉及人数超出允许范围：应为 0 至 999,999,999 的整数", "追回金额超出允许范围：应在 0 至 9,999,999,999.99 元之间",
					"立案日期超出允许范围：应在 1900-01-01 至 9999-12-31 之间", "立案日期不是真实的时间：没有 99:99 这个时刻");
		assertThat(Cli.value(metrics(), "inspection.filed.cases")).isEqualTo("100");
	}

	@ParameterizedTest
	@MethodSource("org.annualstats.support.TestStore#available")
	void sheetNameLongerThanTheStoreHoldsFailsNamingTheFile(Function<Path, TestStore> store) throws Exception {
		copy("long-sheet-name.xlsx", caseFolder());
		try (TestStore testStore = store.apply(this.temp.resolve("data"))) {
			Outcome outcome = run(testStore);
			assertThat(outcome.exit()).isEqualTo(ExitCode.FAILED.code());
			assertThat(outcome.failure()).contains("2020/case/long-sheet-name.xlsx")
				.contains("sheet name")
				.contains("300 characters");
		}
	}

	@ParameterizedTest
	@MethodSource("org.annualstats.support.TestStore#available")
	void totalBeyondTheStoreFailsNamingTheFileAndTheRow(Function<Path, TestStore> store) throws Exception {
		copy("huge-total.csv", caseFolder());
		try (TestStore testStore = store.apply(this.temp.resolve("data"))) {
			Outcome outcome = run(testStore);
			assertThat(outcome.exit()).isEqualTo(ExitCode.FAILED.code());
			assertThat(outcome.failure()).contains("2020/case/huge-total.csv").contains("row 4").contains("amount_recovered");
		}
	}

	/** A byte order mark names the encoding of the whole file: a row saved in another one fails it. */
	@Test
	void bytesInvalidInTheFilesEncodingFailItNamingLineAndByte() throws Exception {
		copy("utf8-bom-gbk-row.csv", caseFolder());
		Outcome outcome = run();
		assertThat(outcome.exit()).isEqualTo(ExitCode.FAILED.code());
		// the BOM, the header (42 bytes) and 40 rows of 28 bytes, then "G1," come before the GBK bytes of 立
		assertThat(outcome.failure()).contains("2020/case/utf8-bom-gbk-row.csv")
			.contains("line 42, byte 1,165: the bytes C1")
			.contains("not valid UTF-8");
		assertNoStackTrace(outcome);
	}

	/** Past the first 64 KB, where the encoding used to be decided, a bad byte is no U+FFFD in silence. */
	@Test
	void invalidBytesBeyondTheFirst64KilobytesFailTheFile() throws Exception {
		Path file = caseFolder().resolve("late.csv");
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
			out.write((CASE_HEADER + "\n").getBytes(StandardCharsets.UTF_8));
			for (int i = 1; i <= 3000; i++) {
				out.write(("U" + i + ",立案查处,2020-03-02\n").getBytes(StandardCharsets.UTF_8));
			}
			out.write("G1,立案查处,2020-03-02\n".getBytes(Charset.forName("GBK")));
		}
		Outcome outcome = run();
		assertThat(outcome.exit()).isEqualTo(ExitCode.FAILED.code());
		assertThat(outcome.failure()).contains("2020/case/late.csv")
			.contains("line 3002, byte " + String.format("%,d", Files.size(file) - 20))
			.contains("not valid UTF-8");
	}

	/** ASCII decodes alike in UTF-8 and GB18030: the first Chinese bytes decide, wherever they are. */
	@Test
	void gbkAfterSixtyFourKilobytesOfAsciiIsReadAsGbk() throws Exception {
		Path file = caseFolder().resolve("ascii-then-gbk.csv");
		try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
			out.write("case_no,category,opened_on\n".getBytes(StandardCharsets.US_ASCII));
			for (int i = 1; i <= 3000; i++) {
				out.write(("A" + i + ",WAGE_FILED,2020-03-02\n").getBytes(StandardCharsets.US_ASCII));
			}
			out.write("G1,立案查处,2020-03-02\nG2,行政诉讼,2020-03-02\n".getBytes(Charset.forName("GBK")));
		}
		assertThat(Files.size(file)).isGreaterThan(64 * 1024);
		assertThat(run().exit()).isEqualTo(ExitCode.PUBLISHED.code());
		Map<String, CSVRecord> metrics = metrics();
		assertThat(Cli.value(metrics, "inspection.filed.cases")).isEqualTo("3001");
		assertThat(Files.readString(this.out.resolve("2020/run.json"))).contains("\"GB18030\"");
	}

	/** Text that a spreadsheet opening the CSV would run as a formula starts with an apostrophe there. */
	@Test
	void csvOutputsCarryNoFormulas() throws Exception {
		copy("formula-text.csv", Files.createDirectories(this.root.resolve("2020/permit")));
		assertThat(run().exit()).isEqualTo(ExitCode.PUBLISHED.code());
		assertThat(metrics()).containsKey("permit.by_item|item|'=cmd|' /C calc'!A0");
		assertThat(rejects()).extracting((r) -> r.get("value")).containsExactly("'@SUM(1+1)");
		assertThat(Cli.csv(this.out.resolve("2020/reconciliation.csv"))).extracting((r) -> r.get("key"))
			.contains("'+1-2");
	}

	/** A file name or value cannot forge a line of the log or send escape sequences to the terminal. */
	@Test
	void controlCharactersFromTheInputAreEscapedInMessagesAndTheLog() throws Exception {
		Path folder = caseFolder();
		Files.writeString(folder.resolve("a\n00:00:00 INFO  forged.csv"), CASE_HEADER + "\nC1,立案查处,2020-03-02\n");
		// one row in ten rejected fails the file, quoting the value; the text around it keeps the file from looking binary
		StringBuilder rows = new StringBuilder(CASE_HEADER + ",用人单位\n");
		for (int i = 1; i <= 9; i++) {
			rows.append("G").append(i).append(",立案查处,2020-03-02,").append("某公司".repeat(20)).append('\n');
		}
		rows.append("C2,x\u001b[31m,2020-03-02,某公司\n");
		Files.writeString(folder.resolve("b\u001b[2J.csv"), rows);
		Outcome outcome = run();
		assertThat(outcome.exit()).isEqualTo(ExitCode.FAILED.code());
		assertThat(outcome.failure()).contains("2020/case/b\\u001b[2J.csv").contains("value 'x\\u001b[31m'");
		String log = Files.readString(this.temp.resolve("data/logs/annual-stats.log"));
		assertThat(log).contains("2020/case/a\\n00:00:00 INFO  forged.csv");
		for (String text : List.of(outcome.stdout(), outcome.stderr(), log)) {
			assertThat(text).doesNotContain("\u001b").doesNotContainPattern("(?m)^00:00:00 INFO  forged");
		}
	}

	@Test
	void inputRootWithSpacesAndChineseCharacters() throws Exception {
		this.root = this.temp.resolve("输入 数据");
		MinimalInputs.write(this.root, 2020, "case", "立案 登记.csv", CASE_HEADER, "C1,立案查处,2020-03-02");
		assertThat(run().exit()).isEqualTo(ExitCode.PUBLISHED.code());
		assertThat(Cli.value(metrics(), "inspection.filed.cases")).isEqualTo("1");
	}

	@Test
	void symbolicLinkToAFileOutsideTheInputRootFails() throws Exception {
		symlinkOutside(caseFolder());
		Outcome outcome = run();
		assertThat(outcome.exit()).isEqualTo(ExitCode.FAILED.code());
		assertThat(outcome.failure()).contains("2020/case/link.csv").contains("outside the input root");
	}

	/** A failed run leaves the last good output untouched, whatever made it fail. */
	@ParameterizedTest
	@MethodSource("failingCases")
	void failedRunKeepsThePublishedOutputs(HostileCase hostile) throws Exception {
		assertThat(run().exit()).isEqualTo(ExitCode.PUBLISHED.code());
		byte[] metrics = Files.readAllBytes(this.out.resolve("2020/metrics.csv"));
		byte[] workbook = Files.readAllBytes(this.out.resolve("2020/statistical-appendix-2020.xlsx"));

		hostile.addTo(this, this.root.resolve("2020/case"));
		Outcome outcome = run();

		assertThat(outcome.exit()).as(outcome.failure()).isEqualTo(ExitCode.FAILED.code());
		assertThat(this.out.resolve("2020/metrics.csv")).hasBinaryContent(metrics);
		assertThat(this.out.resolve("2020/statistical-appendix-2020.xlsx")).hasBinaryContent(workbook);
	}

	/** Puts one hostile file into a {@code case} folder that already holds a clean export. */
	@FunctionalInterface
	interface HostileCase {

		void addTo(HostileInputsFunctionalTests test, Path caseFolder) throws IOException;

	}

	static Stream<Named<HostileCase>> failingCases() {
		List<Named<HostileCase>> cases = new ArrayList<>();
		cases.add(Named.of("empty file", (t, folder) -> Files.createFile(folder.resolve("empty.csv"))));
		cases.add(Named.of("required column missing", (t, folder) -> Files.writeString(folder.resolve("cases.csv"),
				"案件编号,立案日期\nC1,2020-03-02\n", StandardCharsets.UTF_8)));
		for (String name : List.of("binary.csv", "html-error-page.xls", "truncated.xlsx", "corrupted.xlsx",
				"zip-bomb.xlsx", "unbalanced-quote.csv")) {
			cases.add(Named.of(name, (t, folder) -> copy(name, folder)));
		}
		cases.add(Named.of("row over 16 MB", (t, folder) -> writeEndlessQuote(folder.resolve("endless.csv"))));
		cases.add(Named.of("link outside the input root", (t, folder) -> t.symlinkOutside(folder)));
		cases.add(Named.of("dangling link", (t, folder) -> Files.createSymbolicLink(folder.resolve("gone.csv"),
				t.temp.resolve("deleted.csv"))));
		cases.add(Named.of("two columns for one field", (t, folder) -> copy("duplicate-column.csv", folder)));
		cases.add(Named.of("sheet name too long", (t, folder) -> copy("long-sheet-name.xlsx", folder)));
		cases.add(Named.of("bytes invalid in the file's encoding", (t, folder) -> copy("utf8-bom-gbk-row.csv", folder)));
		return cases.stream();
	}

	// --- inputs

	/** {@code <root>/2020/case/}; {@link #run()} gives the other sources their clean record. */
	private Path caseFolder() throws IOException {
		return Files.createDirectories(this.root.resolve("2020/case"));
	}

	private static Path copy(String corpusFile, Path folder) throws IOException {
		try (InputStream in = HostileInputsFunctionalTests.class.getResourceAsStream(CORPUS + corpusFile)) {
			assertThat(in).as("corpus file %s", corpusFile).isNotNull();
			Path target = folder.resolve(corpusFile);
			Files.copy(in, target);
			return target;
		}
	}

	/**
	 * One good row, then a quoted field that never ends: 20 MB written in chunks so neither this test
	 * nor a streaming reader needs the whole row in memory.
	 */
	private static void writeEndlessQuote(Path file) throws IOException {
		try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
			writer.write(CASE_HEADER + "\nC1,立案查处,2020-03-02\nC2,立案查处,\"");
			String chunk = "x".repeat(64 * 1024);
			for (int written = 0; written < 20 * 1024 * 1024; written += chunk.length()) {
				writer.write(chunk);
			}
		}
	}

	/** A clean export outside the input root, linked into the case folder. */
	private void symlinkOutside(Path caseFolder) throws IOException {
		Path outside = MinimalInputs.write(this.temp.resolve("outside"), 2020, "case", "secret.csv", CASE_HEADER,
				"S1,立案查处,2020-03-02");
		Files.createSymbolicLink(caseFolder.resolve("link.csv"), outside);
	}

	// --- running and reading back

	/** What one command line did: its exit code and what it printed. */
	record Outcome(int exit, String stdout, String stderr) {

		/** The message of the {@code FAILED:} line (stderr, else stdout, so a misplaced line still shows its text). */
		String failure() {
			return Stream.concat(this.stderr.lines(), this.stdout.lines())
				.filter((l) -> l.startsWith("FAILED: "))
				.map((l) -> l.substring("FAILED: ".length()))
				.findFirst()
				.orElseThrow(() -> new AssertionError(
						"no FAILED: line%nstderr: %s%nstdout: %s".formatted(this.stderr, this.stdout)));
		}

	}

	/** Runs the year on H2; every source the test left without a file first gets one clean record. */
	private Outcome run() throws IOException {
		return run(TestStore.h2(this.temp.resolve("data")));
	}

	private Outcome run(TestStore store) throws IOException {
		MinimalInputs.fillIn(this.root, 2020);
		StringWriter stdout = new StringWriter();
		StringWriter stderr = new StringWriter();
		CommandLine command = new CommandLine(new AnnualStatsCommand()).setOut(new PrintWriter(stdout, true))
			.setErr(new PrintWriter(stderr, true))
			// as AnnualStatsCommand.execute does, so an exception that escapes still reads as a FAILED line
			.setExecutionExceptionHandler((ex, cmd, parsed) -> {
				cmd.getErr().println("FAILED: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
				return ExitCode.FAILED.code();
			});
		List<String> args = new ArrayList<>(List.of("run", "--year", "2020", "--input", this.root.toString(),
				"--output", this.out.toString()));
		args.addAll(store.options());
		int exit = command.execute(args.toArray(String[]::new));
		return new Outcome(exit, stdout.toString(), stderr.toString());
	}

	private static void assertNoStackTrace(Outcome outcome) {
		assertThat(outcome.stdout() + outcome.stderr()).doesNotContainPattern("(?m)^\\s+at [\\w.$]+\\(")
			.doesNotContain("Caused by:");
	}

	private Map<String, CSVRecord> metrics() throws IOException {
		return Cli.metrics(this.out.resolve("2020"));
	}

	private List<CSVRecord> rejects() throws IOException {
		return Cli.csv(this.out.resolve("2020/rejects.csv"));
	}

}
