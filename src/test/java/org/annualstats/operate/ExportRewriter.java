package org.annualstats.operate;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.annualstats.operate.ExportWriter.BoolStyle;
import org.annualstats.operate.ExportWriter.DateStyle;
import org.annualstats.operate.ExportWriter.EnumStyle;
import org.annualstats.operate.ExportWriter.Format;
import org.annualstats.operate.ExportWriter.Layout;
import org.annualstats.operate.ExportWriter.MoneyStyle;

import static org.annualstats.operate.ExportWriter.DateStyle.CHINESE;
import static org.annualstats.operate.ExportWriter.DateStyle.COMPACT;
import static org.annualstats.operate.ExportWriter.DateStyle.DATE_CELL;
import static org.annualstats.operate.ExportWriter.DateStyle.DATE_TIME_CELL;
import static org.annualstats.operate.ExportWriter.DateStyle.DOT;
import static org.annualstats.operate.ExportWriter.DateStyle.ISO;
import static org.annualstats.operate.ExportWriter.DateStyle.ISO_TIME;
import static org.annualstats.operate.ExportWriter.DateStyle.SERIAL;
import static org.annualstats.operate.ExportWriter.DateStyle.SLASH;
import static org.annualstats.operate.ExportWriter.DateStyle.SLASH_TIME;
import static org.annualstats.operate.ExportWriter.EnumStyle.CANONICAL;
import static org.annualstats.operate.ExportWriter.EnumStyle.FULL_WIDTH;
import static org.annualstats.operate.ExportWriter.EnumStyle.LOWER;
import static org.annualstats.operate.ExportWriter.EnumStyle.SPACED;
import static org.annualstats.operate.ExportWriter.EnumStyle.SYNONYM;
import static org.annualstats.operate.ExportWriter.MoneyStyle.DECORATED;
import static org.annualstats.operate.ExportWriter.MoneyStyle.NUMBER;
import static org.annualstats.operate.ExportWriter.MoneyStyle.PLAIN;
import static org.annualstats.operate.ExportWriter.MoneyStyle.YEN;

/**
 * Rewrites {@code input-samples/2019} and {@code 2020} into layouts nobody on the team has seen: every
 * file changes format, encoding, title rows, aliases, column order and value spellings; the twelve
 * 2020 permit files become four quarterly files (conflicting keys keep their losing version in an
 * earlier-sorting file than the winning one). The meaning of every row is kept, bad rows included.
 */
final class ExportRewriter {

	private static final Charset GBK = Charset.forName("GBK");

	private static final Format GBK_CSV_CRLF = Format.text(GBK, false, ',', "\r\n");

	private static final List<String> EXPORT_TITLES = List.of("数据导出", "导出时间：2021-01-06 08:00", "");

	/** The rows read from the samples, per year: data rows and totals rows (for a sanity check). */
	final List<ExportTable> read = new ArrayList<>();

	private final Path samples;

	private final Path root;

	ExportRewriter(Path samples, Path root) {
		this.samples = samples;
		this.root = root;
	}

	void rewrite() throws IOException {
		case2019();
		review2019();
		permit2019();
		commitment2019();
		case2020();
		review2020();
		permit2020();
		commitment2020();
		lockAndHiddenFiles();
		Path reference = this.samples.resolve("reference");
		if (Files.isDirectory(reference)) {
			copy(reference, this.root.resolve("reference"));
		}
		// the explanations of a year are the analysts' data, not an export to rewrite
		for (String year : List.of("2019", "2020")) {
			Path explanations = this.samples.resolve(year).resolve("explanations.csv");
			if (Files.isRegularFile(explanations)) {
				Files.copy(explanations, this.root.resolve(year).resolve("explanations.csv"));
			}
		}
	}

	// --- 2019 -----------------------------------------------------------------------------------

	/** CSV (元) → .xlsx behind a hidden decoy sheet: date cells, serials, boolean cells, numbers. */
	private void case2019() throws IOException {
		ExportTable cases = read("2019/case/劳动保障监察及应诉案件2019.csv");
		write(cases, new Layout("2019/case/案件台账2019.xlsx", Format.xlsx(), List.of("2019年度劳动保障监察及行政应诉案件", ""),
				List.of("立案日期", "案号", "案件类型", "追回工资（元）", "涉及劳动者人数", "涉及农民工人数", "结案日期", "所属区域", "被投诉单位",
						"重大违法行为公布", "移送公安机关", "律师代理", "行政机关负责人出庭应诉", "复议案号", "备注"),
				spelling(List.of(DATE_CELL, SERIAL, SLASH, CHINESE), List.of(BoolStyle.CELL, BoolStyle.NUMBER, yn("√", "×"),
						yn("是", "")), List.of(NUMBER, DECORATED, YEN), List.of(CANONICAL, LOWER)),
				null, true));
	}

	/** CSV → legacy .xls with a title row; other aliases; synonyms instead of the export's words. */
	private void review2019() throws IOException {
		ExportTable reviews = read("2019/review/reviews-2019.csv");
		write(reviews, new Layout("2019/review/复议台账2019.xls", Format.xls(), List.of("2019年行政复议案件"),
				List.of("Review_No", "收件日期", "受理情况", "accepted_on", "审理程序", "是否延期", "结案日期", "复议决定", "原行政行为案件编号",
						"申请人"),
				spelling(List.of(DATE_CELL, DOT, SERIAL), List.of(yn("Y", "N")), List.of(PLAIN), List.of(SYNONYM)), null,
				false));
	}

	/** One CSV → two halves: GBK tab .txt with CRLF, and UTF-8 BOM CSV with English aliases. */
	private void permit2019() throws IOException {
		ExportTable permits = read("2019/permit/permits-2019.csv");
		int half = permits.rows().size() / 2;
		write(new ExportTable("permit", "H1", permits.rows().subList(0, half)),
				new Layout("2019/permit/办件-上半年.txt", Format.text(GBK, false, '\t', "\r\n"), EXPORT_TITLES,
						List.of("受理编号", "事项代码", "事项名称", "事项类型", "申请日期", "办结日期", "办理结果", "申报渠道", "承诺办结时限", "告知承诺",
								"办理部门"),
						spelling(List.of(COMPACT, CHINESE, SLASH_TIME), List.of(yn("有", "无")), List.of(PLAIN),
								List.of(CANONICAL)),
						null, false));
		write(new ExportTable("permit", "H2", permits.rows().subList(half, permits.rows().size())),
				new Layout("2019/permit/办件-下半年.csv", Format.text(StandardCharsets.UTF_8, true, ',', "\n").withEveryFieldQuoted(), List.of(),
						List.of("Application_No", "ITEM_CODE", "item_name", "Item_Type", "APPLIED_ON", "completed_on", "Result",
								"channel", "promised_days", "commitment_applied"),
						spelling(List.of(ISO_TIME, DOT), List.of(yn("yes", "no")), List.of(PLAIN), List.of(SYNONYM)), null,
						false));
	}

	/** CSV → .xlsx, columns reordered, the other aliases of every field. */
	private void commitment2019() throws IOException {
		ExportTable commitments = read("2019/commitment/commitments-2019.csv");
		write(commitments, new Layout("2019/commitment/承诺台账2019.xlsx", Format.xlsx(), List.of(),
				List.of("告知承诺编号", "签署日期", "证明事项编码", "证明事项名称", "办件编号", "核查结果", "核查日期", "经办人"),
				spelling(List.of(DATE_CELL, SERIAL, ISO), List.of(yn("是", "否")), List.of(PLAIN), List.of(CANONICAL)),
				null, false));
	}

	// --- 2020 -----------------------------------------------------------------------------------

	/**
	 * GBK CSV (万元, 合计) → .xlsx in 元 behind a hidden decoy sheet, totals row spelled 总计; the
	 * .xlsx → GBK CSV with CRLF in 万元; the UTF-8 tab .txt → .xls with full-width and upper-case
	 * English headers.
	 */
	private void case2020() throws IOException {
		write(read("2020/case/欠薪非立案处置2020.csv"), new Layout("2020/case/欠薪非立案处置2020.xlsx", Format.xlsx(),
				EXPORT_TITLES,
				List.of(" 案 件 编 号", "受理日期", "案件类型", "追回金额（元）", "涉及农民工\n人数", "涉及人数", "办结日期", "用人单位", "县区", "备注",
						"是否移送公安", "重大违法行为公布"),
				spelling(List.of(DATE_CELL, SERIAL, CHINESE, ISO_TIME), List.of(BoolStyle.CELL, BoolStyle.NUMBER, yn("√", "×")),
						List.of(NUMBER, DECORATED), List.of(CANONICAL)),
				"总计", true));
		write(read("2020/case/立案及应诉案件.xlsx"), new Layout("2020/case/立案及应诉案件.csv", GBK_CSV_CRLF,
				List.of("劳动保障监察立案及行政应诉案件", "单位：万元", ""),
				List.of("案号", "案件类别", "登记日期", "结案日期", "区县", "被投诉单位", "涉及人数", "追发工资金额(万元)", "是否公布重大违法行为", "移送公安机关",
						"法律顾问代理", "负责人出庭", "关联复议案号", "备注"),
				spelling(List.of(CHINESE, COMPACT, DOT, SLASH_TIME),
						List.of(yn("是", "否"), yn("Y", "N"), yn("√", "×"), yn("true", "false")), List.of(PLAIN, DECORATED),
						List.of(SYNONYM, LOWER)),
				null, false));
		write(read("2020/case/其他执法案件.txt"), new Layout("2020/case/其他执法案件.xls", Format.xls(), List.of(),
				List.of("ｃａｓｅ＿ｎｏ", "CATEGORY", "Opened_On", "closed_on", "DISTRICT", "Employer", "Workers",
						"AMOUNT_RECOVERED (万元)", "Published", "TRANSFERRED", "remark"),
				spelling(List.of(SERIAL, DATE_CELL, DOT), List.of(BoolStyle.NUMBER, yn("是", ""), yn("yes", "no")),
						List.of(NUMBER, DECORATED, PLAIN), List.of(SYNONYM, CANONICAL, FULL_WIDTH)),
				null, true));
	}

	/** .xls → UTF-8 BOM tab .txt; 案件编号 is the review's own key here, 关联案件编号 its case. */
	private void review2020() throws IOException {
		write(read("2020/review/行政复议登记表.xls"), new Layout("2020/review/行政复议登记表.txt",
				Format.text(StandardCharsets.UTF_8, true, '\t', "\r\n"), List.of("行政复议案件登记（2020年）", ""),
				List.of("案件编号", "申请日期", "是否受理", "受理日期", "适用程序", "延期审理", "决定\u3000日期", "结案方式", "关联案件编号", "申请人"),
				spelling(List.of(SLASH, ISO_TIME, COMPACT), List.of(yn("√", "×")), List.of(PLAIN), List.of(CANONICAL, SPACED)), null,
				false));
	}

	/**
	 * Twelve monthly CSV files → four quarterly files (.xlsx, GBK CSV, UTF-8 BOM tab .txt, .xls) whose
	 * names sort in month order: BJ20200792 loses in Q1 (March) and wins in Q2 (April), BJ20201811
	 * loses in Q2 (June) and wins in Q3 (July); repeats of the previous month now sometimes share a file.
	 */
	private void permit2020() throws IOException {
		List<String> chinese = List.of("办件编号", "受理日期", "事项编码", "事项名称", "事项类型", "办结日期", "办理结果", "申请方式", "承诺时限",
				"是否告知承诺", "经办人");
		write(quarter(1), new Layout("2020/permit/permit_2020_Q1.xlsx", Format.xlsx(), List.of("2020年第一季度办件"), chinese,
				spelling(List.of(DATE_CELL, SERIAL, SLASH, DATE_TIME_CELL), List.of(BoolStyle.CELL, yn("是", "否")), List.of(PLAIN),
						List.of(CANONICAL)),
				null, false));
		write(quarter(2), new Layout("2020/permit/permit_2020_Q2.csv", GBK_CSV_CRLF, EXPORT_TITLES,
				List.of("申请编号", "事项代码", "事项名称", "事项类型", "申请日期", "办结日期", "办理结果", "办理渠道", "承诺办结时限", "告知承诺", "办理部门"),
				spelling(List.of(CHINESE, DOT, ISO), List.of(yn("Y", "N")), List.of(PLAIN), List.of(SYNONYM, LOWER)).withPaddedKeys(),
				null, false));
		write(quarter(3), new Layout("2020/permit/permit_2020_Q3.txt", Format.text(StandardCharsets.UTF_8, true, '\t', "\n"),
				List.of(),
				List.of("APPLICATION_NO", "ITEM_CODE", "ITEM_NAME", "ITEM_TYPE", "APPLIED_ON", "COMPLETED_ON", "RESULT",
						"CHANNEL", "PROMISED_DAYS", "COMMITMENT_APPLIED"),
				spelling(List.of(COMPACT, ISO_TIME), List.of(yn("1", "0"), yn("true", "false")), List.of(PLAIN),
						List.of(CANONICAL, FULL_WIDTH)),
				null, false));
		write(quarter(4), new Layout("2020/permit/permit_2020_Q4.xls", Format.xls(), List.of("办件明细", ""),
				List.of("受理编号", "事项编码", "item_name", "事项类型", "受理日期", "办结日期", "办理结果", "申报渠道", "承诺时限", "是否告知承诺"),
				spelling(List.of(DATE_CELL, SERIAL, CHINESE), List.of(BoolStyle.NUMBER, yn("√", "×")), List.of(PLAIN),
						List.of(SYNONYM, CANONICAL)),
				null, true));
	}

	private ExportTable quarter(int quarter) throws IOException {
		List<ExportTable> months = new ArrayList<>();
		for (int month = 3 * quarter - 2; month <= 3 * quarter; month++) {
			months.add(read("2020/permit/permit-2020-%02d.csv".formatted(month)));
		}
		return ExportTable.concat("permit", "Q" + quarter, months);
	}

	/** .xlsx → UTF-8 CSV without BOM, CRLF, title rows; synonyms and canonical ids mixed. */
	private void commitment2020() throws IOException {
		write(read("2020/commitment/告知承诺书台账2020.xlsx"), new Layout("2020/commitment/告知承诺书台账2020.csv",
				Format.text(StandardCharsets.UTF_8, false, ',', "\r\n"), EXPORT_TITLES,
				List.of("Commitment_No", "承诺日期", "证明事项 编码", "certificate_name", "关联办件编号", "核查情况", "verified_on", "经办人"),
				spelling(List.of(CHINESE, COMPACT, SLASH_TIME, DOT), List.of(yn("是", "否")), List.of(PLAIN),
						List.of(SYNONYM, CANONICAL, LOWER)),
				null, false));
	}

	/** Files starting with {@code ~$} or {@code .} are not exports. */
	private void lockAndHiddenFiles() throws IOException {
		Files.write(this.root.resolve("2020/case/~$欠薪非立案处置2020.xlsx"), new byte[] { 7, 'o', 'w', 'n', 'e', 'r' });
		Files.writeString(this.root.resolve("2020/permit/.permit_2020_Q5.csv"), "not,an,export\n");
	}

	private static void copy(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path target = to.resolve(from.relativize(file).toString());
				Files.createDirectories(target.getParent());
				Files.copy(file, target);
			}
		}
	}

	// --- helpers --------------------------------------------------------------------------------

	private ExportTable read(String file) throws IOException {
		String source = Path.of(file).getName(1).toString();
		ExportTable table = ExportReader.read(source, this.samples.resolve(file));
		this.read.add(new ExportTable(source, file, table.rows()));
		return table;
	}

	private void write(ExportTable table, Layout layout) throws IOException {
		new ExportWriter(table, layout).write(this.root);
	}

	private static ExportWriter.Spelling spelling(List<DateStyle> dates, List<BoolStyle> bools, List<MoneyStyle> money,
			List<EnumStyle> enums) {
		return new ExportWriter.Spelling(dates, bools, money, enums, false);
	}

	private static BoolStyle yn(String yes, String no) {
		return new BoolStyle(yes, no);
	}

	/** Data rows (not 合计) read from a year's samples. */
	long dataRows(String year) {
		return this.read.stream().filter((t) -> t.file().startsWith(year)).mapToLong((t) -> t.dataRows().size()).sum();
	}

	/** All sample files of a year, so the test can prove none was left out. */
	/** The export files of a year: those in its source folders. */
	static long files(Path samples, String year) throws IOException {
		Path folder = samples.resolve(year);
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).filter((file) -> !file.getParent().equals(folder)).count();
		}
	}

}
